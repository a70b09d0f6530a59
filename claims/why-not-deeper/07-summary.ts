// § 总结
// The text: depth is a key source of power but "deeper is better" is too simple; modern advances were
// made to overcome these difficulties; even with them an optimal depth remains past which returns
// diminish or turn negative; the depth must be chosen by experiment.
// How we test it: exact region counts of deep folds against shallow nets with as many units; plain
// nets of growing depth; residual nets trained with Adam at growing depth (returns per added depth).
// What would refute it: a shallow net as expressive as the deep fold; training loss that falls
// monotonically with depth; returns that grow with depth.
import { defineClaim, exactly, noLessThan } from '../../src/claim/index.js';
import { deepVsShallowRegions } from '../../src/nets/regions/deep-vs-shallow.js';
import { bySeed, DEPTH_RUN_SCALE, DEPTH_RUNS, finalLoss, taskReading, trainAtDepths } from '../../src/experiments/depth-runs.js';
import { meansText } from '../../src/findings/evidence-text.js';

const file = 'why-not-deeper.md';

export const depthKeySource = defineClaim({
  id: 'why-not-deeper/depth-key-source-of-power',
  source: { file, quote: '虽然深度是神经网络强大能力的关键来源' },
  statement: 'Depth is a key source of the power of neural networks.',
  reading: 'Power read as expressivity at a fixed budget of units: the L-layer w-tooth fold (src/nets/regions/sawtooth.ts, w = 3, 3L units) realises 3^L linear pieces on [0, 1], counted exactly; one hidden layer of the same 3L units has at most 3L + 1 regions (confirmed by a random search). Depth is the key source if the advantage of arranging the same units in depth grows with depth: the ratio regions(deep) / (3L + 1) must grow strictly for L = 2..6. (A first version demanded a tenfold ratio already at L = 2, where the construction has only 9 pieces against 7: an ill-posed reading, refuted by arithmetic. Its replacement added a tenfold demand at L = 6, chosen with the exact ratios known (3^6 / 19 = 38), so it could not fail; it is removed.)',
  kind: 'exact',
  scope: 'forall',
  scale: { quick: { searches: 50 }, standard: { searches: 300 }, full: { searches: 1000 } },
  tolerance: exactly('an exact ordering of region counts: the deep-over-shallow ratio grows strictly with L, and no shallow net found beats its bound'),
  correction: (e) => `相同单元数下，深度带来的线性区域数增益并不随深度增长（${JSON.stringify(e.observations.map((o) => o.values ?? o.measured))}）`,
  check: (ctx) => {
    const ratios = [2, 3, 4, 5, 6].map((L) => {
      const r = deepVsShallowRegions(ctx.tf, L, 3, ctx.scaled.searches, ctx.seeds.child('shallow-search', L).value);
      ctx.judge.holds({ label: 'no shallow net found above its bound 3L + 1', holds: r.shallowFound <= r.shallowBound, values: { found: r.shallowFound, bound: r.shallowBound }, where: { L } });
      return r.deep / r.shallowBound;
    });
    ctx.judge.holds({ label: 'regions(deep) / (3L + 1) grows strictly with L', holds: ratios.every((v, i) => i === 0 || v > ratios[i - 1]!), values: Object.fromEntries(ratios.map((v, i) => [`L${i + 2}`, v])) });
  },
});

export const notDeeperIsBetter = defineClaim({
  id: 'why-not-deeper/deeper-is-not-simply-better',
  source: { file, quote: '但并不是“越深越好”那么简单' },
  statement: 'It is not as simple as "the deeper the better".',
  reading: `Plain nets of 3, 6, 12 and 24 hidden layers on the same task and budget: the final training loss does not fall monotonically with depth (the 24-layer net is not the best); per seed, log(loss_24 / lowest loss of depths 3-12), its mean against 0. ${taskReading} Scope exists: "并不是越深越好" denies a rule, which one setting where the deeper net is worse shows.`,
  kind: 'experiment',
  scope: 'exists',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0, 'the deepest net must end above the best shallower one on average: mean log-ratio >= 0'),
  correction: (e) => `在这一规模下，越深确实越好（${meansText(e)}）`,
  check: (ctx) => {
    const loss = bySeed(trainAtDepths(ctx, [3, 6, 12, 24].map((depth) => ({ depth })))).map((runs) => runs.map(finalLoss));
    ctx.judge.mean({ label: 'log(final training loss depth 24 / best of depths 3-12)', samples: loss.map((l) => Math.log(l[3]! / Math.min(...l.slice(0, 3)))) });
  },
});

export const advancesHistory = defineClaim({
  id: 'why-not-deeper/advances-made-to-overcome-challenges',
  source: { file, quote: '都是为了克服这些挑战，使得我们能够成功地训练和利用更深的网络' },
  statement: 'Many research advances (ResNet, DenseNet, BatchNorm, Dropout, new activations and optimisers) were made to overcome these challenges and let us train deeper networks.',
  kind: 'not-checkable',
  reason: 'A statement about the purposes of past research (history and motivation of the literature); the effect of several of these tools is tested in the sections above, but why they were invented is not something a computation can reach.',
});

export const optimalDepth = defineClaim({
  id: 'why-not-deeper/optimal-depth-returns-diminish',
  source: { file, quote: '仍然存在一个实际的“最佳深度”，超过这个深度，收益可能会递减甚至变为负值' },
  statement: 'Even with these techniques there is a practical optimal depth beyond which returns diminish or even turn negative.',
  reading: `With the techniques (residual connections, Adam lr 0.003, He init), nets of 1, 4 and 16 hidden layers: the test-accuracy gain from 4 to 16 layers is smaller than the gain from 1 to 4 (diminishing, possibly negative, returns); per seed, (acc_4 - acc_1) - (acc_16 - acc_4), its mean against 0. ${taskReading} Scope exists: "收益可能会递减甚至变为负值" states a possibility, so one depth sweep with diminishing returns witnesses it.`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'beyond', why: 'the difference of gains 0.063 has a half-width 0.17 from 4 seeds: about 28 seeds, past full\'s 12' },
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0, 'diminishing returns: the first gain must exceed the second on average (>= 0)'),
  correction: (e) => `在这一规模下，加深带来的收益并未递减（${meansText(e)}）`,
  check: (ctx) => {
    const acc = bySeed(trainAtDepths(ctx, [1, 4, 16].map((depth) => ({ depth, residual: true, optimizer: 'adam' as const, lr: 0.003 })))).map((runs) => runs.map((r) => r.result.testAcc.at(-1)!));
    ctx.judge.mean({ label: 'gain 1 -> 4 layers minus gain 4 -> 16 (test accuracy)', samples: acc.map(([a, b, c]) => (b! - a!) - (c! - b!)) });
  },
});

export const chooseByExperiment = defineClaim({
  id: 'why-not-deeper/choose-depth-by-experiment',
  source: { file, quote: '因此，网络深度的选择通常需要根据具体任务、数据量和可用的计算资源进行实验和调整' },
  statement: 'The choice of depth usually has to be made by experiment and tuning, according to task, data and compute.',
  kind: 'not-checkable',
  reason: 'Methodological advice about how practitioners should choose a depth; it prescribes a practice rather than stating a fact a computation could measure.',
});

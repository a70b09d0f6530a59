// § （引言）Why don't we just go deeper and deeper?
// The text: in theory deeper nets may be more expressive, but in practice, past some depth, adding
// layers may lower performance, even below a shallower net. (The file has no section headings; the
// numbered list's items are its sections, and this file holds the text before the list.)
// How we test it: expressivity by exact linear-region counts of a deep construction (the tent-map chain,
// src/nets/regions/sawtooth.ts) against the most a one-hidden-layer net with as many units can reach; the
// performance drop by training plain nets of growing depth at a small scale. What would refute it: a
// shallow net that matches the deep construction; test accuracy that keeps rising with depth.
import * as fc from 'fast-check';
import { defineClaim, noLessThan } from '../../src/claim/index.js';
import { deepVsShallowRegions } from '../../src/nets/regions/deep-vs-shallow.js';
import { bySeed, DEPTH_RUN_SCALE, DEPTH_RUNS, taskReading, trainAtDepths } from '../../src/experiments/depth-runs.js';
import { meansText } from '../../src/findings/evidence-text.js';

const file = 'why-not-deeper.md';

export const deeperMoreExpressive = defineClaim({
  id: 'why-not-deeper/deeper-nets-more-expressive-in-theory',
  source: { file, quote: '虽然理论上更深的网络可能具有更强的表达能力' },
  statement: 'In theory, deeper networks may have greater expressive power.',
  reading: 'Expressive power = the number of linear regions a ReLU net with 1-D input can realise, at an equal number of hidden units. Deep: the L-layer width-2 tent-map chain (2L units; regions counted exactly on the real line). Shallow: one hidden layer of 2L units, which has at most 2L + 1 regions (each unit adds one breakpoint; a random search of shallow nets confirms none exceeds it). Generated L = 2..8; deep must exceed the shallow bound. Scope exists: "可能具有" states a possibility, so one deeper net that expresses more witnesses it.',
  kind: 'exact',
  scope: 'exists',
  scale: { quick: { searches: 50 }, standard: { searches: 300 }, full: { searches: 1000 } },
  tolerance: noLessThan(1, 'an integer comparison: "more expressive" needs at least one region more than the shallow bound 2L + 1'),
  correction: (e) => `在单位数相同时，深层构造的线性区域数并不多于浅层网络（${JSON.stringify(e.counterexample)}）`,
  cases: () => fc.record({ L: fc.integer({ min: 2, max: 8 }) }),
  runs: { quick: 4, standard: 7, full: 7 },
  check: ({ L }, ctx) => {
    const r = deepVsShallowRegions(ctx.tf, L, 2, ctx.scaled.searches, ctx.seeds.child('shallow-search', L).value);
    ctx.judge.holds({ label: 'no shallow net found above its bound 2L + 1', holds: r.shallowFound <= r.shallowBound, values: { found: r.shallowFound, bound: r.shallowBound } });
    ctx.judge.value({ label: 'regions(deep) - (2L + 1)', measured: r.deep - r.shallowBound });
  },
});

export const deeperCanBeWorse = defineClaim({
  id: 'why-not-deeper/past-some-depth-adding-layers-hurts',
  source: { file, quote: '继续简单地增加层数可能会导致性能下降，甚至比更浅的网络还要差' },
  statement: 'In practice, past some depth, simply adding layers may lower performance, even below that of a shallower network.',
  reading: `Performance = clean test accuracy after a fixed training budget; plain nets of 3, 12 and 24 hidden layers. Judged: the 24-layer net is below the better of the shallower two, and below the 3-layer net; per seed, max(acc_3, acc_12) - acc_24 and acc_3 - acc_24, each mean against 0. ${taskReading} Scope exists: "可能会导致" states a possibility, so one depth past which performance falls witnesses it.`,
  kind: 'experiment',
  scope: 'exists',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  judgements: 2,
  tolerance: noLessThan(0, 'the sentence orders the nets: both accuracy differences must be positive on average (>= 0)'),
  correction: (e) => `在这一规模下，增加层数并未使测试性能下降（${meansText(e)}）`,
  check: (ctx) => {
    const acc = bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 12 }, { depth: 24 }])).map((runs) => runs.map((r) => r.result.testAcc.at(-1)!));
    ctx.judge.mean({ label: 'test accuracy, best of depths 3 and 12 minus depth 24', samples: acc.map((a) => Math.max(a[0]!, a[1]!) - a[2]!) });
    ctx.judge.mean({ label: 'test accuracy, depth 3 minus depth 24', samples: acc.map((a) => a[0]! - a[2]!) });
  },
});

// § 归一化技术 (Normalization Techniques), its last paragraph: the chapter's closing summary.
// The text: depth gives hierarchical power at an optimisation cost, width gives stability and
// simpler optimisation, modern successes combine both with residual connections and normalisation,
// and the balance depends on the problem. How we test it: each summary sentence re-runs, small, the
// experiment of the section it summarises. What would refute it: the section's own refutation.
import { below, defineClaim, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { constructionRegions, endToEndGradientRatio } from '../../src/nets/experiments/depth-tradeoff.js';
import { fitsByDepth } from '../../src/nets/experiments/budget-fit.js';
import { lazyRun } from '../../src/nets/experiments/lazy-run.js';
import { supDistance } from '../../src/nets/regions/pwl-nets.js';
import { asFunction, randomContinuousTarget, reluInterpolant } from '../../src/nets/regions/universal-approx.js';

const file = 'depth-vs-width.md';

export const summaryDepth = defineClaim({
  id: 'depth-vs-width/summary-depth-power-and-optimisation-cost',
  source: { file, quote: '深度赋予网络强大的层级[表示能力](@entry_id:636759)，但带来了严峻的优化挑战' },
  statement: 'Depth gives networks strong hierarchical representational power but brings severe optimisation challenges.',
  reading: 'Representational power: regions of the width-3 zigzag construction (exactly 4^L) at depth 2 and 6. Optimisation challenge: the end-to-end gradient ratio |dL/dx| / |dL/dh_L| of square ReLU nets of width 64 at the Glorot/Keras default Var(W) = 1/fan_in, at depth 8 (4 nets); "severe" read as below 1/10. Supported if the regions grow and the ratio\'s interval lies below 0.1. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 4 }, standard: { nets: 8 }, full: { nets: 16 } },
  tolerance: below(0.1, 'a severe challenge read as an end-to-end gradient ratio below 1/10'),
  correction: () => '（实测深度 8 的网络梯度并未显著衰减。）',
  check: ({ tf, judge, scaled, seeds, record }) => {
    const nets = scaled.nets;
    record('nets', nets);
    const [r2, r6] = [constructionRegions(2, 3), constructionRegions(6, 3)];
    judge.holds({ label: 'regions at depth 6 > regions at depth 2', holds: r6 > r2, values: { depth2: r2, depth6: r6 } });
    judge.sequential({ label: 'end-to-end gradient ratio at depth 8', statistic: 'geometricMean', n: nets, draw: (i) => endToEndGradientRatio(tf, { depth: 8, width: 64, weightVariance: 1, batchSize: 32, seed: seeds.child('net').value }, i), asserted: 0.1, where: { depth: 8 } });
  },
});

export const summaryWidth = defineClaim({
  id: 'depth-vs-width/summary-width-approximation-and-lost-features',
  source: { file, quote: '宽度提供了基础的近似能力和（在极限情况下）简化的[优化景观](@entry_id:634681)，但可能牺牲[特征学习](@entry_id:749268)' },
  statement: 'Width provides basic approximation power and, in the limit, a simplified optimisation landscape, but may sacrifice feature learning.',
  reading: 'Three parts. Approximation: the ReLU interpolant of a random continuous target on [0, 1] at widths 16 and 1024 (sup error on 4001 points falls). Simplified landscape and lost feature learning: NTK-parametrised one-hidden-layer ReLU nets (lazy-run.ts, 8 sphere points in R^4) at widths 64 and 1024 on the same seed; samples are the width exponents of the kernel change and of the hidden-feature change; supported if both intervals lie below 0. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'experiment',
  scope: 'forall',
  scale: { quick: { seeds: 3, steps: 60 }, standard: { seeds: 5, steps: 150 }, full: { seeds: 10, steps: 400 } },
  tolerance: noMoreThan(0, 'both changes shrink with width: exponents below 0'),
  correction: () => '（实测宽度的上述三种作用中至少一种不成立。）',
  judgements: 2,
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const f = randomContinuousTarget(streams.child('target').value);
    const errs = [16, 1024].map((m) => supDistance(f, asFunction(reluInterpolant(f, m)), 0, 1, 4000));
    judge.holds({ label: 'approximation error falls from width 16 to 1024', holds: errs[1]! < errs[0]!, values: { width16: errs[0]!, width1024: errs[1]! } });
    const seeds = scaled.seeds;
    record('seeds', seeds);
    const pairs = Array.from({ length: seeds }, (_, i) => [64, 1024].map((w) => lazyRun(tf, { net: { sizes: [4, w, 1], activation: 'relu', weightVariance: 2, biasVariance: 0.01 }, nTrain: 8, nTest: 8, lrScale: 1, steps: scaled.steps, seed: streams.child('net', i).value })));
    judge.mean({ label: 'width exponent of the kernel change', samples: pairs.map(([a, b]) => Math.log(b!.kernelChange / a!.kernelChange) / Math.log(16)), asserted: 0 });
    judge.mean({ label: 'width exponent of the feature change', samples: pairs.map(([a, b]) => Math.log(b!.featureChange / a!.featureChange) / Math.log(16)), asserted: 0 });
  },
});

export const modernSuccess = defineClaim({
  id: 'depth-vs-width/mechanisms-explain-modern-success',
  source: { file, quote: '成功地驾驭了深度的“狂野之力”，从而在广泛的任务中取得了前所未有的成功' },
  statement: 'Modern deep learning succeeded across a wide range of tasks by taming depth with mechanisms such as residual connections and batch normalisation.',
  kind: 'not-checkable',
  reason: 'A historical and causal account of the field\'s success; no computation here can establish it.',
});

export const problemDependent = defineClaim({
  id: 'depth-vs-width/balance-depends-on-the-problem',
  source: { file, quote: '如何平衡深度与宽度，依然是一个依赖于具体问题、可用数据和计算预算的微妙的设计选择' },
  statement: 'How to balance depth and width remains a subtle design choice that depends on the problem, the data and the compute budget.',
  reading: 'The checkable part: the better of deep-narrow and shallow-wide depends on the problem. Two problems at the same budget of 300 parameters: a smooth 2-D target and a 4-D binary-tree composition (as in depth-vs-width/intro-choice-affects-performance); four equal hidden layers against one, He init, Adam (lr 0.01), 256 training points. Per seed d = log(error_4/error_1) on the tree task minus the same on the smooth task; "depends" is read as |d| of at least log 1.5 (the preference shifts by a factor 1.5 between problems). Scope exists: the sentence says what can happen (可能 / 影响 / 依赖于 / 成为可能), so one setting that shows it is a witness; a setting where it does not show refutes nothing.',
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'beyond', why: 'full\'s 8 seeds per task at 1500 steps left the witness undecided in the full-budget run of session 8 (seed 1); an exists claim needs one task whose interval clears the band, so deciding it needs more seeds on the task nearest its edge, past full' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 3, steps: 200 }, full: { seeds: 8, steps: 1500 } },
  tolerance: noLessThan(Math.log(1.5), 'a material dependence: |d| >= log 1.5 = 0.405'),
  correction: (e) => `（实测两种问题上深窄与浅宽的相对优劣几乎相同：|d| 均值 ${e.observations[0]?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = streams.replicates('task', scaled.seeds);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('Adam steps', steps);
    const logRatio = (task: 'smooth2d' | 'tree4d') => { const [a, b] = fitsByDepth(tf, { task, depths: [1, 4], budget: 300, seeds, steps, lr: 0.01, nTrain: 256, nTest: 256 }); return a!.map((s, i) => Math.log(b![i]!.testError / s.testError)); };
    const [tree, smooth] = [logRatio('tree4d'), logRatio('smooth2d')];
    tree.forEach((t, i) => record(`seed ${i}: log(error_4/error_1) tree / smooth`, `${t.toFixed(3)} / ${smooth[i]!.toFixed(3)}`));
    judge.mean({ label: '|log ratio on the tree task - log ratio on the smooth task|', samples: tree.map((t, i) => Math.abs(t - smooth[i]!)), asserted: Math.log(1.5) });
  },
});

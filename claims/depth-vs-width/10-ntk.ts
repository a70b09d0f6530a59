// § 宽度的特性：无限宽极限与神经正切核 (NTK)
// The text: wider nets are easier to optimise; as width grows, training simplifies to NTK dynamics:
// parameters barely move, the net is its first-order Taylor expansion (linear in theta), training
// is kernel regression with a fixed NTK decided by architecture and initialisation, gradient descent
// reaches the global optimum, and there is no feature learning however deep the net. How we test it:
// NTK-parametrised ReLU nets (weights N(0, 1) scaled by sqrt(2 / fan_in), biases scaled by 0.1) on 8
// points of the sphere in R^4 with target sin(x . v), trained by full-batch gradient descent at
// step size 1/lambda_max(K0) (lazy-run.ts, ntk.ts, ntk-train.ts); each quantity is measured at a
// narrow and a wide width on the same seed, and its width exponent log(m_wide/m_narrow) /
// log(width ratio) is one sample. What would refute it: an exponent at or above 0 (no shrinking
// with width), a wide net that does not reach zero loss, a kernel that does not settle.
import type { Tf } from '../../src/backend/tf.js';
import { defineClaim, noMoreThan, type CheckContext } from '../../src/claim/index.js';
import type { DecidingBudget } from '../../src/claim/types.js';
import { lazyRun, type LazyRunResult } from '../../src/nets/experiments/lazy-run.js';
import { kernelRegressionCheck, type RegressionCheck } from '../../src/nets/experiments/ntk-regression-check.js';
import { buildNtkNet, empiricalNtk } from '../../src/nets/build/ntk.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import { trainMlp } from '../../src/nets/train/train-mlp.js';
import { TRAINED } from '../../src/experiments/ntk-width-sweep.js';

const file = 'depth-vs-width.md';
const D = 4;
const netAt = (width: number, hidden = 1) => ({ sizes: [D, ...Array<number>(hidden).fill(width), 1], activation: 'relu' as const, weightVariance: 2, biasVariance: 0.01 });
const setup = 'NTK-parametrised ReLU nets (N(0, 1) weights scaled by sqrt(2 / fan_in), biases by 0.1), 8 training and 8 test points on the sphere of radius 2 in R^4, target sin(x . v) with |v| = 1.5, full-batch gradient descent on 1/2 |f - y|^2 at step size 1/lambda_max(K0)';

// Per seed, the width exponent of one quantity between a narrow and a wide width.
function widthExponents<R>(ctx: CheckContext<{ seeds: number }>, widths: [number, number], run: (width: number, seed: number) => R, metric: (r: R) => number, label: string): number[] {
  const { seeds } = ctx.scaled;
  ctx.record('seeds', seeds);
  ctx.record('widths', widths.join(' and '));
  return Array.from({ length: seeds }, (_, i) => {
    const s = ctx.seeds.child('net', i).value;
    const [a, b] = widths.map((w) => metric(run(w, s)));
    ctx.record(`seed ${i}: ${label} at the two widths`, `${a!.toPrecision(3)} / ${b!.toPrecision(3)}`);
    return Math.log(b! / a!) / Math.log(widths[1] / widths[0]);
  });
}

const lazy = (ctx: CheckContext<{ steps: number }>, hidden = 1) => (width: number, seed: number): LazyRunResult =>
  lazyRun(ctx.tf, { net: netAt(width, hidden), nTrain: 8, nTest: 8, lrScale: 1, steps: ctx.scaled.steps, seed });
const regression = (tf: Tf, maxSteps: number) => (width: number, seed: number): RegressionCheck =>
  kernelRegressionCheck(tf, { net: netAt(width), nTrain: 8, nTest: 8, lrScale: 1, targetResidual: 0.02, maxSteps, seed });
/** The seeds of the width exponents and the step budget of the kernel-regression runs, per budget. */
const regressionScale = { quick: { seeds: 3, maxSteps: 150 }, standard: { seeds: 4, maxSteps: 300 }, full: { seeds: 10, maxSteps: 1500 } };

const shrinks = noMoreThan(0, 'shrinking with width means a negative width exponent: the interval must lie below 0');
// Gated claims judge the per-seed exponents as replicates; a refutation also needs every run (both
// widths, every seed) to have at least halved its training residual, so that what was compared is a
// training trajectory and not its first steps.
const GATE = ' Gated (judge.replicated): refuted only if the interval lies wholly above 0 over at least 3 seeds and every run at least halved its training residual.';
const lazyClaim = (o: { id: string; quote: string; statement: string; what: string; metric: (r: LazyRunResult) => number; hidden?: number; widths?: [number, number]; decidingBudget?: DecidingBudget; gated?: { why: string } }) => defineClaim({
  id: `depth-vs-width/${o.id}`,
  source: { file, quote: o.quote },
  statement: o.statement,
  reading: `${setup}; ${o.hidden ?? 1} hidden layer(s). Measured: ${o.what}, at widths ${(o.widths ?? [64, 1024]).join(' and ')}; samples are its width exponents per seed. Supported if their interval lies below 0 (the quantity shrinks as the net widens, as the infinite-width limit requires).${o.gated ? `${GATE} ${o.gated.why}` : ''} Scope forall: the sentence describes the infinite-width limit; here that limit is judged as a width exponent between two widths on every seed, not as a trend over a declared range of widths (judge.trend), which would be its asymptotic design.`,
  kind: 'experiment' as const,
  scope: 'forall' as const,
  ...(o.decidingBudget ? { decidingBudget: o.decidingBudget } : {}),
  scale: { quick: { seeds: 3, steps: 40 }, standard: { seeds: 4, steps: 100 }, full: { seeds: 10, steps: 500 } },
  tolerance: shrinks,
  correction: (e) => `（实测该量随宽度的指数为 ${e.observations[0]?.measured?.toFixed(2)}，并未随宽度增大而减小。）`,
  check: (ctx) => {
    const label = `width exponent of ${o.what}`;
    const runs: LazyRunResult[] = [];
    const run = lazy(ctx, o.hidden);
    const samples = widthExponents(ctx, o.widths ?? [64, 1024], (w, s) => { const r = run(w, s); runs.push(r); return r; }, o.metric, o.what);
    if (!o.gated) { ctx.judge.mean({ label, samples, asserted: 0 }); return; }
    const curves = runs.map((r) => r.residualNorms.map((v) => v / r.residualNorms[0]!));
    ctx.judge.replicated({ label, samples, resolution: 0.01, training: { curves, rule: TRAINED } });
  },
});

export const widthEasesOptimisation = defineClaim({
  id: 'depth-vs-width/wider-nets-easier-to-optimise',
  source: { file, quote: '增加宽度往往会使优化变得更容易' },
  statement: 'Increasing width tends to make optimisation easier.',
  reading: 'Standard practice rather than the NTK limit: one-hidden-layer ReLU nets in the standard parametrisation (He init), Adam at lr 0.01, full batch, a fixed number of steps, fitting 64 random Gaussian inputs in R^8 with random N(0, 1) labels (pure optimisation: nothing to generalise). Widths 8 and 128. Samples: log(final training loss, width 128 / width 8) per seed; supported if the interval lies below 0. Scope forall over its one setting: the sentence\'s hedge (往往 / 通常 / 倾向于) is carried by the statistic (a mean over seeds or nets), not by a share of settings.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'the wide net ends below the narrow one in every seed (loss ratios 1e-5 to 3e-2), but the log ratio scatters by about 4 between seeds, so 3 seeds give a t-interval reaching above 0 (seed 1 after the seeds were renamed: -6.95, CI [-16.4, 2.5]); n (h/d)^2 with the t quantile gives about 4 seeds, which standard runs' },
  scale: { quick: { steps: 150, seeds: 3 }, standard: { steps: 250, seeds: 4 }, full: { steps: 1500, seeds: 12 } },
  tolerance: noMoreThan(0, 'easier optimisation means a lower training loss after the same steps: log ratio below 0'),
  correction: (e) => `（实测更宽的网络训练损失并未更低：log 比值均值 ${e.observations[0]?.measured?.toFixed(2)}。）`,
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = scaled.seeds;
    const steps = scaled.steps;
    record('seeds', seeds);
    record('Adam steps', steps);
    const samples = Array.from({ length: seeds }, (_, i) => {
      const s = streams.child('net', i).value;
      const [x, y] = [tf.randomNormal([64, 8], 0, 1, 'float32', streams.child('inputs', i).value), tf.randomNormal([64, 1], 0, 1, 'float32', streams.child('labels', i).value)] as const;
      try {
        const loss = (w: number) => { const r = trainMlp(tf, { sizes: [8, w, 1], phi: 'relu', weightVariance: 2, seed: s }, { optimizer: 'adam', lr: 0.01, steps, loss: 'mse', train: { x: x as never, y: y as never }, evalEvery: steps }); return r.trainLoss[r.trainLoss.length - 1]!; };
        const [narrow, wide] = [loss(8), loss(128)];
        record(`seed ${i}: final loss width 8 / 128`, `${narrow.toPrecision(3)} / ${wide.toPrecision(3)}`);
        return Math.log(wide / narrow);
      } finally {
        tf.dispose([x, y]);
      }
    });
    judge.mean({ label: 'log(final training loss, width 128 / width 8)', samples, asserted: 0 });
  },
});

export const ntkDescribesLimit = lazyClaim({
  id: 'wide-training-follows-ntk-kernel-flow',
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: standard runs 4 seeds, full 10' },
  quote: '在宽度 $w \\to \\infty$ 的极限情况下，[神经网](@entry_id:276355)络的训练动态呈现出一种令人惊讶的简化现象',
  statement: 'As width grows to infinity, the training dynamics simplify to those described by the neural tangent kernel.',
  what: 'the largest distance, over training, between the net\'s predictions on the training points and the NTK dynamics f_{k+1} = f_k - eta K0 (f_k - y) run with the same discrete steps (the linearised net trained by the same gradient descent), relative to the initial residual',
  metric: (r) => r.trainDeviation,
  gated: { why: 'The NTK description is compared in the net\'s own discrete time: the continuous kernel flow df/dt = -K0 (f - y) differs from gradient descent at eta = 1/lambda_max by a discretisation error that does not depend on width (the top mode is removed in one step by descent, to e^-1 by the flow), so it is no reference for a width limit.' },
});

export const paramsBarelyMove = lazyClaim({
  id: 'wide-net-parameters-barely-move',
  quote: '其参数在训练过程中的变化幅度非常小',
  statement: 'For a sufficiently wide network under standard initialisation, the parameters change very little during training.',
  what: 'the relative parameter change |theta_T - theta_0| / |theta_0|',
  metric: (r) => r.paramChange,
});

export const taylorAccurate = defineClaim({
  id: 'depth-vs-width/first-order-taylor-accurate-for-wide-nets',
  source: { file, quote: '的变化可以用一阶泰勒展开来精确近似' },
  statement: 'The change of a wide network\'s function from initialisation is accurately approximated by its first-order Taylor expansion.',
  reading: `${setup}; one hidden layer, trained until the kernel flow would keep 2% of the initial residual (at most a step budget). Measured: on the test points, |f_T - f_0 - J_0 (theta_T - theta_0)| / |f_T - f_0|, the Taylor residual at the trained parameters, at widths 64 and 1024; samples are its width exponents per seed. Supported if their interval lies below 0. Scope forall: the sentence states a rate (exponential in depth, or a trend in width); here the rate is judged at a fixed finite range (a per-layer factor or a width exponent) in every setting run, not as a trend over a declared range (judge.trend), which would be its asymptotic design.`,
  kind: 'experiment',
  scope: 'forall',
  scale: regressionScale,
  tolerance: shrinks,
  correction: (e) => `（实测一阶泰勒余项随宽度的指数为 ${e.observations[0]?.measured?.toFixed(2)}。）`,
  check: (ctx) => { ctx.judge.mean({ label: 'width exponent of the Taylor residual', samples: widthExponents(ctx, [64, 1024], regression(ctx.tf, ctx.scaled.maxSteps), (r) => r.taylorResidual, 'Taylor residual'), asserted: 0 }); },
});

export const linearInTheta = lazyClaim({
  id: 'wide-net-is-linear-in-parameters',
  quote: '这意味着网络函数近似地变成了参数 $\\theta$ 的**线性**模型',
  statement: 'A wide network\'s function becomes approximately a linear model in its parameters theta.',
  what: 'the largest distance, over training, between the net and its linearisation f_0 + J_0 (theta - theta_0) trained by the same gradient descent, on the training points, relative to the initial residual',
  metric: (r) => r.trainDeviation,
});

export const kernelRegression = defineClaim({
  id: 'depth-vs-width/lazy-training-is-ntk-kernel-regression',
  source: { file, quote: '训练过程等价于使用一个固定的核函数——即NTK——进行核回归' },
  statement: 'In the lazy regime, training is equivalent to kernel regression with a fixed kernel, the NTK.',
  reading: `${setup}; one hidden layer, trained until the kernel flow would keep 2% of the initial residual. Kernel regression with the empirical NTK at initialisation predicts f_KR = f_0 + K(X*, X) K^-1 (y - f_0(X)) on the test points. Measured: |f_T - f_KR| / |f_KR - f_0| on the test points at widths 64 and 1024; samples are its width exponents per seed. Supported if their interval lies below 0. Scope forall: the sentence states a rate (exponential in depth, or a trend in width); here the rate is judged at a fixed finite range (a per-layer factor or a width exponent) in every setting run, not as a trend over a declared range (judge.trend), which would be its asymptotic design.`,
  kind: 'experiment',
  scope: 'forall',
  scale: regressionScale,
  tolerance: shrinks,
  correction: (e) => `（实测训练结果与 NTK 核回归之差随宽度的指数为 ${e.observations[0]?.measured?.toFixed(2)}。）`,
  check: (ctx) => { ctx.judge.mean({ label: 'width exponent of the gap to kernel regression', samples: widthExponents(ctx, [64, 1024], regression(ctx.tf, ctx.scaled.maxSteps), (r) => r.kernelRegressionGap, 'gap to kernel regression'), asserted: 0 }); },
});

export const kernelConstant = lazyClaim({
  id: 'ntk-stays-constant-during-training',
  quote: '这个NTK在训练过程中保持不变',
  statement: 'The NTK stays constant during training.',
  what: 'the relative kernel change |K_T - K_0|_F / |K_0|_F on the training points',
  metric: (r) => r.kernelChange,
});

export const kernelDeterministic = defineClaim({
  id: 'depth-vs-width/ntk-determined-by-architecture-and-init',
  source: { file, quote: '完全由网络架构和初始化所决定' },
  statement: 'The NTK is fully determined by the architecture and the initialisation.',
  reading: 'Read as the infinite-width statement: the kernel depends on the architecture and the initialisation scheme, not on the particular random draw. (For one finite net, a function of its initial parameters, the claim holds by definition.) NTK-parametrised one-hidden-layer ReLU nets on 8 fixed points of the sphere in R^4; for each of 4 draws, the empirical NTK at init; spread = mean |K_i - mean K|_F / |mean K|_F. Each sample is the width exponent of the spread between widths 64 and 1024 for one group of draws; supported if their interval lies below 0 (the draw matters less and less). Scope forall: the sentence states a rate (exponential in depth, or a trend in width); here the rate is judged at a fixed finite range (a per-layer factor or a width exponent) in every setting run, not as a trend over a declared range (judge.trend), which would be its asymptotic design.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { groups: 3 }, standard: { groups: 5 }, full: { groups: 10 } },
  tolerance: shrinks,
  correction: () => '（实测不同随机初始化下的 NTK 差异并未随宽度减小。）',
  check: ({ tf, judge, scaled, seeds, record }) => {
    const groups = scaled.groups;
    record('groups of 4 draws', groups);
    const x = spherePoints(tf, 8, D, seeds.child('points').value);
    try {
      const spread = (width: number, g: number) => {
        const ks = Array.from({ length: 4 }, (_, i) => { const net = buildNtkNet(tf, { ...netAt(width), seed: seeds.child('draw', g, i).value }); try { return empiricalNtk(tf, net, x); } finally { net.dispose(); } });
        const mean = ks[0]!.map((row, a) => row.map((_, b) => ks.reduce((s, k) => s + k[a]![b]!, 0) / ks.length));
        const fro = (m: number[][]) => Math.sqrt(m.flat().reduce((s, v) => s + v * v, 0));
        return ks.reduce((s, k) => s + fro(k.map((row, a) => row.map((v, b) => v - mean[a]![b]!))), 0) / ks.length / fro(mean);
      };
      const samples = Array.from({ length: groups }, (_, g) => { const [a, b] = [spread(64, g), spread(1024, g)]; record(`group ${g}: spread at 64 / 1024`, `${a.toPrecision(3)} / ${b.toPrecision(3)}`); return Math.log(b / a) / Math.log(16); });
      judge.mean({ label: 'width exponent of the seed-to-seed NTK spread', samples, asserted: 0 });
    } finally {
      x.dispose();
    }
  },
});

export const globalOptimum = defineClaim({
  id: 'depth-vs-width/wide-nets-converge-to-global-optimum',
  source: { file, quote: '使得[基于梯度的优化](@entry_id:169228)能够保证收敛到[全局最优解](@entry_id:175747)' },
  statement: 'Because the lazy model is nearly linear and its loss landscape nearly convex, gradient-based optimisation is guaranteed to converge to the global optimum.',
  reading: `${setup}; one hidden layer of width 1024. The global optimum is zero training loss (8 points, far more parameters). Gradient descent runs until the kernel flow (a convex quadratic problem) would keep 2% of the initial residual; "converges" is read as the net keeping at most twice that, 4%, in every run. Samples: the net's final residual |f_T - y| / |f_0 - y| per seed (judged by geometric mean). Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.`,
  kind: 'experiment',
  scope: 'forall',
  scale: { quick: { seeds: 3, maxSteps: 150 }, standard: { seeds: 5, maxSteps: 300 }, full: { seeds: 10, maxSteps: 1500 } },
  tolerance: noMoreThan(0.04, 'at most twice the residual the convex kernel dynamics would leave'),
  correction: (e) => `（实测宽网络的最终残差比例为 ${e.observations[0]?.measured?.toPrecision(3)}，未收敛到全局最优。）`,
  check: ({ tf, judge, scaled, seeds, record }) => {
    record('seeds', scaled.seeds);
    const run = regression(tf, scaled.maxSteps);
    const samples = seeds.replicates('net', scaled.seeds).map((s, i) => { const r = run(1024, s); record(`seed ${i}: steps / final residual`, `${r.steps} / ${r.finalResidual.toPrecision(3)}`); return r.finalResidual; });
    judge.geometricMean({ label: 'final residual of the width-1024 net', samples, asserted: 0.04 });
  },
});

export const explainsEasyTraining = lazyClaim({
  id: 'lazy-regime-explains-easy-training-of-wide-nets',
  decidingBudget: { budget: 'full', why: 'at quick seed 1 the exponent is -0.31, CI [-1.01, 0.40] over 3 seeds; the projection with the t quantile is about 6 seeds, which full (10 seeds, 500 steps) runs and standard (4) does not' },
  quote: '这解释了为什么非常宽的网络通常更容易训练',
  statement: 'The lazy, nearly linear regime explains why very wide networks are usually easier to train.',
  what: 'how far the net\'s training outcome is from that of its linearisation (a convex quadratic problem) trained by the same gradient descent: |final residual of the net - final residual of the linear model|, both relative to the initial residual',
  metric: (r) => Math.abs(r.finalResidual - r.linearFinalResidual),
  gated: { why: 'The explanation is that a wide net trains as the convex linear model does, so the net\'s result must approach the linear model\'s as width grows; the residual itself is not the test, since at a step size of 1/lambda_max the infinite-width limit leaves a width-independent residual after a fixed number of steps.' },
});

export const noFeatureLearning = lazyClaim({
  id: 'ntk-regime-loses-feature-learning',
  quote: 'NT[K理论](@entry_id:160831)的代价是，网络失去了[深度学习](@entry_id:142022)的一个核心魅力',
  statement: 'In the NTK regime the network loses feature learning.',
  what: 'the relative change of the hidden-layer activations on the training points, |H_T - H_0|_F / |H_0|_F',
  metric: (r) => r.featureChange,
});

export const fixedFeatureSpace = lazyClaim({
  id: 'ntk-learns-linear-model-in-fixed-random-features',
  quote: '网络本质上是在一个由随机初始化决定的、固定的[特征空间](@entry_id:638014)中学习一个[线性模型](@entry_id:178302)',
  statement: 'With a fixed kernel, the network learns a linear model in a fixed feature space set by the random initialisation.',
  what: 'the largest distance, over training, between the net and the linear model on the fixed features grad_theta f(x; theta_0) trained identically, on test points, relative to that linear model\'s change',
  metric: (r) => r.testDeviation,
});

export const noRepresentationChange = lazyClaim({
  id: 'ntk-regime-keeps-internal-representation',
  decidingBudget: { budget: 'standard', why: 'at quick seed 1 the exponent is -0.82, CI [-1.73, 0.09] over 3 seeds; the projection with the t quantile is about 4 seeds, which standard runs (full runs 10)' },
  quote: '它不会在训练中调整其内部表示来适应数据',
  statement: 'In the NTK regime the network does not adapt its internal representation to the data during training.',
  what: 'the relative change of the representation the kernel is built from, |K_T - K_0|_F / |K_0|_F on the training points (the NTK is the inner product of the parameter gradients, the net\'s internal representation of each point)',
  metric: (r) => r.kernelChange,
  gated: { why: 'The infinite-width theory predicts the change falls like width^-1/2.' },
});

export const deepNoFeatureLearning = lazyClaim({
  id: 'deep-ntk-nets-learn-no-hierarchical-features',
  decidingBudget: { budget: 'standard', why: 'about 4 seeds decide it (interval half-width h and distance d to the band edge at quick, n (h/d)^2 with the t quantile of the smaller n); standard runs 4; the upper end of the interval is 0.004 above 0' },
  quote: '无论网络有多深，只要它处于无限宽的NTK regime，就不会发生真正的层级[特征学习](@entry_id:749268)',
  statement: 'However deep the network, in the infinite-width NTK regime no genuine hierarchical feature learning happens.',
  what: 'the relative change of the hidden activations, averaged over the three hidden layers',
  metric: (r) => r.featureChange,
  hidden: 3,
  widths: [16, 128],
});

export const featureLearningIsCentral = defineClaim({
  id: 'depth-vs-width/feature-learning-is-central-appeal',
  source: { file, quote: '**[特征学习](@entry_id:749268) (feature learning)**' },
  statement: 'Feature learning is a core appeal of deep learning.',
  kind: 'not-checkable',
  reason: 'A judgement of what makes deep learning attractive; that the NTK regime lacks feature learning is checked by depth-vs-width/ntk-regime-loses-feature-learning.',
});


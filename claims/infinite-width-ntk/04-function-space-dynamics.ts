// § 大简化：函数空间中的训练, the trajectory and its equation
// The text: for very wide nets the function descends along a simple, straight path to the bottom of the
// bowl; the dynamics become linear, df/dt = -K (f - y) with K constant during training.
// How we test it: the width sweep of src/experiments/ntk-width-sweep.ts (two-layer NTK nets trained by
// gradient descent, compared with their linearisation and the kernel ODE). What would refute it: a
// trajectory off the linear model or the ODE that does not approach it as width grows; a kernel that moves.
import { defineClaim, exactly, noMoreThan } from '../../src/claim/index.js';
import { judgeEach, judgeExponent, sweep, sweepReading, vanishingTolerance, widestReading, widthSweep } from '../../src/experiments/ntk-width-sweep.js';

const file = 'infinite-width-ntk.md';

const pathQuote = '为函数 $f$ 创造了一条简单、笔直的下降路径';

export const simplePath = defineClaim({
  id: 'infinite-width-ntk/function-path-simple',
  scope: 'forall',
  primary: { why: 'the bowl metaphor names a path the function follows predictably to the bottom; the text itself goes on to give that path as the kernel ODE, whose error components decay at their own eigen-rates, so 笔直 is figurative' },
  source: { file, quote: pathQuote },
  statement: 'In the infinite-width limit the function f descends to the bottom of the bowl along a simple path: the one the kernel equation df/dt = -K (f - y) prescribes.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. A simple descent path = the wide net's training-set predictions follow the solution f(t) = y + exp(-K0 t)(f_0 - y) of the kernel ODE within 5% of |f_0 - y| at every step, with a small step eta = 0.02 / lambda_max (discretisation error below 0.5%). Designed after the literal reading (infinite-width-ntk/function-path-straight, path length / chord <= 1.02) was refuted at 1.19 and a referee read 笔直 as figurative; that design stays as its own reading. ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.02 / lambda_max(K0)')} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  scale: { quick: { steps: 300 }, standard: { steps: 500 }, full: { steps: 1000 } },
  tolerance: noMoreThan(0.05, 'the band is a maximum deviation <= 5% of the initial residual: a path the kernel equation predicts to 5% is that path'),
  correction: (e) => `宽网络的函数路径偏离核方程的解达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest', lrScale: 0.02, steps: ctx.scaled.steps }), (r) => r.odeDeviation, 'max_k |f_net(X, k) - f_ode(eta k)| / |f_0 - y|'),
});

export const straightPath = defineClaim({
  id: 'infinite-width-ntk/function-path-straight',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/function-path-simple',
  source: { file, quote: pathQuote },
  statement: 'In the infinite-width limit the function f descends to the bottom of the bowl along a simple, straight path.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. The first design, the literal reading (the primary is infinite-width-ntk/function-path-simple): straightness = length of the path of f(X) over all gradient-descent steps divided by the chord |f_T - f_0| (1 for a straight line). The kernel dynamics f(t) = y + exp(-K t)(f_0 - y) are straight only when f_0 - y lies in one eigenspace of K; we measure the widest net\'s actual path. ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(1.02, 'a straight path has path/chord = 1; 2% (the asserted 1.02) allows for the polyline of finite steps and float rounding, not for a bend'),
  correction: (e) => `无限宽极限下，函数 $f$ 沿着一条确定的、可预测的下降路径到达碗底，但这条路径不是直线：不同特征方向以不同速率衰减，路径长度约为弦长的 ${Math.max(...e.observations.map((o) => o.measured!)).toFixed(2)} 倍`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.pathOverChord, 'path length / chord of f(X)'),
});

export const reachesBottom = defineClaim({
  id: 'infinite-width-ntk/function-path-reaches-bottom',
  scope: 'forall',
  source: { file, quote: '直达这个碗的底部' },
  statement: 'The descent path of a very wide net reaches the bottom of the bowl (f = y).',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Reaching the bottom = the training residual |f_T - y| / |f_0 - y| falls below 5% within the step budget. ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.05, 'the band is a final relative residual <= 5%: the loss is then below 0.25% of its start, the bottom up to the slowest eigen-directions still converging'),
  correction: (e) => `宽网络在给定步数内没有到达碗底（残差仍为初始的 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%）`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.finalResidual, '|f_T - y| / |f_0 - y|'),
});

export const dynamicsLinearised = defineClaim({
  id: 'infinite-width-ntk/dynamics-become-linear',
  scope: 'forall',
  source: { file, quote: '动态过程变得线性化' },
  statement: 'For very wide nets the training dynamics become linear.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Linear dynamics = the net's training-set predictions follow the linear recursion of its linearisation, r <- (I - eta K0) r. Measured: max over steps of |f_net(X, k) - f_lin(X, k)| / |f_0 - y|; linear within 5%. ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.05, 'the band is a maximum trajectory deviation <= 5% of the initial residual: a path within 5% of the linear one is the linear one at the resolution of the claim'),
  correction: (e) => `宽网络的动态偏离线性化模型达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.trainDeviation, 'max_k |f_net - f_lin| / |f_0 - y| (training set)'),
});

export const predictableProgress = defineClaim({
  id: 'infinite-width-ntk/predictable-progress-to-answer',
  scope: 'forall',
  source: { file, quote: '而是可预测地朝着正确答案前进' },
  statement: 'The network function advances predictably towards the right answer.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Predictably towards the answer = the residual |f_k - y| decreases at every gradient-descent step (no step moves away from the labels). ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: exactly('a count of steps at which the residual grew; the band is 0'),
  correction: (e) => `宽网络的残差在 ${Math.max(...e.observations.map((o) => o.measured!))} 步中有所上升`,
  check: (ctx) => {
    // A count per run, exact: a mean over seeds would give a zero-width interval.
    for (const r of sweep(ctx, { widths: 'widest' })) ctx.judge.value({ label: 'steps at which |f - y| grew', measured: r.result.residualNorms.slice(1).filter((v, k) => v > r.result.residualNorms[k]!).length, asserted: 0, where: { width: r.width, seed: r.seed } });
  },
});

export const ntkOde = defineClaim({
  id: 'infinite-width-ntk/gradient-descent-follows-kernel-ode',
  scope: 'asymptotic',
  source: { file, quote: '的演化由一个异常简洁的方程控制' },
  statement: 'Gradient descent with a small step on a wide network follows df/dt = -K (f - y), with K the NTK at initialisation, ever more closely as the width grows.',
  reading: `Scope asymptotic: the sentence speaks of the limit of growing width (it becomes exact only as the width grows), so it is judged on the trend over the widths, never on one width. The network's training-set predictions after k steps of size eta are compared with the solution of the ODE at t = eta k, f(t) = y + exp(-K0 t)(f_0 - y) (eigendecomposition of the empirical K0 with ml-matrix). Small step: eta = 0.02 / lambda_max (discretisation error below 0.5%, a floor that does not shrink with width). Judged: the exponent of the maximum deviation (relative to |f_0 - y|) against width. ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.02 / lambda_max(K0)')}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  scale: { quick: { steps: 300 }, standard: { steps: 400 }, full: { steps: 1000 } },
  tolerance: vanishingTolerance,
  correction: (e) => `在所测宽度上，小步长梯度下降与核方程解的偏离并不随宽度减小（幂律指数 ${e.observations[0]!.measured!.toFixed(2)}）`,
  check: (ctx) => judgeExponent(ctx, sweep(ctx, { lrScale: 0.02, steps: ctx.scaled.steps }), (r) => r.odeDeviation, 'max deviation from the ODE solution'),
});

export const odeFormula = defineClaim({
  id: 'infinite-width-ntk/wide-net-obeys-kernel-ode',
  scope: 'forall',
  source: { file, quote: '\\frac{d f(t)}{dt} = -K (f(t) - y)' },
  statement: 'The prediction vector of a very wide network trained by gradient descent obeys df/dt = -K (f - y).',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. The equation itself, at one very wide net: its training-set predictions after k steps of size eta stay within 5% (of |f_0 - y|) of the ODE solution f(t) = y + exp(-K0 t)(f_0 - y) at t = eta k, K0 its empirical NTK at initialisation (eigendecomposition with ml-matrix); eta = 0.02 / lambda_max, so the discretisation error is below 0.5%. (infinite-width-ntk/gradient-descent-follows-kernel-ode tests the approach to it as width grows.) ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.02 / lambda_max(K0)')} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  scale: { quick: { steps: 300 }, standard: { steps: 500 }, full: { steps: 1000 } },
  tolerance: noMoreThan(0.05, 'the band is a maximum deviation <= 5% of the initial residual: an ODE that predicts the whole path to 5% governs it'),
  correction: (e) => `宽网络的预测轨迹偏离 $df/dt = -K(f-y)$ 的解达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest', lrScale: 0.02, steps: ctx.scaled.steps }), (r) => r.odeDeviation, 'max_k |f_net(X, k) - f_ode(eta k)| / |f_0 - y|'),
});

export const kernelConstant = defineClaim({
  id: 'infinite-width-ntk/kernel-constant-during-training',
  scope: 'forall',
  source: { file, quote: '在整个训练过程中保持*恒定*的矩阵' },
  statement: 'For a very wide net, K stays constant throughout training.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Constant = the empirical NTK on the training points after training differs from the one at initialisation by at most 5% (relative Frobenius norm). ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.05, 'the band is |K_T - K_0|_F / |K_0|_F <= 5%: a kernel that moves less than 5% changes the dynamics by less than the 5% the trajectory claims allow'),
  correction: (e) => `宽网络的核在训练中变化了 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.kernelChange, '|K_T - K_0|_F / |K_0|_F'),
});

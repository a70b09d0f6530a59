// § 大简化：函数空间中的训练
// The text: the loss is a convex bowl in the predictions f; for very wide nets gradient descent follows
// df/dt = -K (f - y) with a constant kernel K, the NTK = E[grad f(x) . grad f(x')], which for a two-layer
// ReLU net has a closed form depending on norms and angle; residual components decay at rates given by
// K's eigenvalues; training becomes kernel regression; a positive-definite K guarantees zero training error.
// How we test it: two-layer nets in the NTK parametrisation (tfjs autodiff for every gradient, Jacobian
// and kernel), trained by full-batch gradient descent at several widths and compared with the linear
// kernel dynamics of their initial NTK (eigendecomposition and solves in float64 with ml-matrix); Monte
// Carlo kernels against the arc-cosine closed form. What would refute it: trajectories that do not
// approach the kernel dynamics as width grows; a Monte Carlo kernel off the closed form; decay rates
// off the eigenvalues; a positive-definite kernel with training error left over.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { absolute, atLeast, atMost, defineClaim, exactly, relative, type CheckContext } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildNtkNet, empiricalNtk, ntkForward, withParams } from '../../src/nets/build/ntk.js';
import { limitNtk } from '../../src/nets/theory/ntk-limit.js';
import { symEig } from '../../src/nets/train/ntk-train.js';
import { sweepWidths, widthExponent, type LazyRunResult } from '../../src/nets/experiments/lazy-run.js';
import { originSaddle } from '../../src/nets/landscape/landscape.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import { nonConvexityProbe, nonConvexReading } from './01-introduction.js';

const file = 'infinite-width-ntk.md';

// ---------------------------------------------------------------- shared width sweeps

export const sweepReading = 'Two-layer ReLU nets f(x) = sigma_w / sqrt(m) * relu(sigma_w / sqrt(d) * x W0) W1 in the NTK parametrisation (W ~ N(0, 1), sigma_w^2 = 2, no biases), d = 4; 12 training and 8 test points on the sphere of radius sqrt(d), target y = sin(x . v) with |v| = 1.5; full-batch gradient descent on 1/2 |f - y|^2 with step 0.5 / lambda_max(K0). The linear model is the first-order Taylor expansion at initialisation, trained the same way: r <- r - eta K0 r on the training set, f* <- f* - eta K0(x*, X) r on the test points.';

/** Runs the width sweep at the budget's scale and records it. */
export function sweep(ctx: CheckContext, opts: { depth?: number; residual?: number; lrScale?: number; steps?: number; widths?: 'all' | 'widest' | 'narrowest' } = {}): { width: number; seed: number; result: LazyRunResult }[] {
  const all = ctx.scale({ quick: [16, 128, 1024], standard: [16, 64, 256, 1024, 4096], full: [16, 32, 64, 256, 1024, 4096] });
  const depth = opts.depth ?? 1;
  const cap = depth > 1 ? 512 : Infinity;
  const capped = all.filter((w) => w <= cap);
  const widths = opts.widths === 'widest' ? [capped[capped.length - 1]!] : opts.widths === 'narrowest' ? [capped[0]!] : capped;
  const seeds = Array.from({ length: ctx.scale({ quick: 1, standard: 1, full: 2 }) }, (_, i) => subSeed(ctx.seed, i));
  const steps = opts.steps ?? ctx.scale({ quick: 150, standard: 250, full: 400 });
  ctx.record('widths', widths.join(', '));
  ctx.record('seeds (data and init)', seeds.length);
  ctx.record('gradient-descent steps', steps);
  if (depth > 1) ctx.record('hidden layers', depth);
  if (opts.residual !== undefined) ctx.record('residual branch scale', opts.residual);
  return sweepWidths(ctx.tf, {
    net: (m) => ({ sizes: [4, ...Array<number>(depth).fill(m), 1], activation: 'relu', weightVariance: 2, ...(opts.residual !== undefined ? { residual: opts.residual } : {}) }),
    widths, seeds, nTrain: 12, nTest: 8, lrScale: opts.lrScale ?? 0.5, steps,
  });
}

/** Judges the power-law exponent of a metric against width, recording the per-width values. */
export function judgeExponent(ctx: CheckContext, runs: ReturnType<typeof sweep>, metric: (r: LazyRunResult) => number, label: string): void {
  for (const r of runs) ctx.record(`${label} at width ${r.width} (seed ${r.seed % 1000})`, +metric(r.result).toPrecision(4));
  ctx.judge.value({ label: `exponent of ${label} against width`, measured: widthExponent(runs, metric), asserted: -0.25 });
}

export const vanishingTolerance = atMost(0, 'a quantity that vanishes as width grows must fall at least like m^(-1/4) over the widths tried (the band is exponent <= -0.25): flatter trends, within the noise of a few seeds, do not show it vanishing; the theory\'s m^(-1/2) is well inside');

/** Judges a metric at each run against a bound (one judgement per seed). */
export function judgeEach(ctx: CheckContext, runs: ReturnType<typeof sweep>, metric: (r: LazyRunResult) => number, label: string, asserted: number): void {
  for (const r of runs) ctx.judge.value({ label, measured: metric(r.result), asserted, where: { width: r.width, seed: r.seed } });
}

const widest = 'Measured at the widest width the budget affords (1024 at quick, 4096 at standard), one judgement per seed.';

// ---------------------------------------------------------------- the parameter-space landscape

export const parameterProblemNonConvex = defineClaim({
  id: 'infinite-width-ntk/parameter-space-problem-nonconvex',
  source: { file, quote: '那个噩梦般的、非凸的优化问题' },
  statement: 'The optimisation problem in parameter space is non-convex.',
  reading: `${nonConvexReading} Width 256.`,
  kind: 'exact',
  tolerance: atLeast(0, 'convexity fails as soon as the midpoint loss exceeds the loss at both ends; the band is midpoint - max(ends) >= 0'),
  correction: () => '参数空间中的优化问题在这些例子中是凸的',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx, 256, ctx.seed);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted), asserted: 0 });
  },
});

export const hillsAndValleys = defineClaim({
  id: 'infinite-width-ntk/parameter-landscape-hills-and-valleys',
  source: { file, quote: '$L(\\theta)$ 是一个由山丘、山谷' },
  statement: 'As a function of the parameters, L(theta) is a landscape of hills and valleys: distinct minima separated by higher ground.',
  reading: `Valleys = distinct parameter vectors with (near-)minimal loss; a hill = higher loss between them. ${nonConvexReading} Width 64. Judged: both ends reached low loss (below 1% of the initial loss) and the midpoint lies above both.`,
  kind: 'exact',
  tolerance: atLeast(0, 'a hill exists when the midpoint loss exceeds both valley floors: the band is midpoint - max(ends) >= 0'),
  correction: () => '参数空间的损失在这些例子中没有山丘：两个等价极小值之间的中点损失并不更高',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx, 64, subSeed(ctx.seed, 1));
    ctx.judge.holds({ label: 'both ends are valley floors (loss below 1% of the initial loss)', holds: r.loss < 0.01 * r.fit.initial, values: { loss: r.loss, initial: r.fit.initial } });
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted), asserted: 0 });
  },
});

export const saddlePoints = defineClaim({
  id: 'infinite-width-ntk/parameter-landscape-saddle-points',
  source: { file, quote: '[鞍点](@article_id:303016)构成的可怕景观' },
  statement: 'The parameter-space loss landscape has saddle points.',
  reading: 'A two-layer tanh net in the NTK parametrisation (16 inputs, width 64, no biases) on 12 random labels: theta = 0 is a critical point (gradient by tfjs autodiff); along a random direction t (u, v) the loss falls and along t (u, -v) it rises (t = 0.3), so theta = 0 is a saddle. Judged: the gradient norm at 0 (must be 0 to float32 rounding) and the product of the two loss changes (negative for a saddle).',
  kind: 'exact',
  tolerance: atMost(0, 'both judgements are one-sided: |grad| <= 0 up to float rounding (asserted 1e-6), and (L_along - L_0)(L_against - L_0) <= 0'),
  correction: () => '在这个例子中原点不是鞍点',
  check: (ctx) => {
    const tf = ctx.tf;
    const x = spherePoints(tf, 12, 16, subSeed(ctx.seed, 0));
    const y = tf.randomNormal([12, 1], 0, 1, 'float32', subSeed(ctx.seed, 1)) as Tensor2D;
    try {
      const r = originSaddle(tf, { sizes: [16, 64, 1], activation: 'tanh', weightVariance: 1, seed: 0 }, x, y, 0.3, subSeed(ctx.seed, 2));
      ctx.record('loss at 0, along, against', `${r.atOrigin.toPrecision(5)}, ${r.along.toPrecision(5)}, ${r.against.toPrecision(5)}`);
      ctx.judge.value({ label: 'gradient norm at theta = 0', measured: r.gradNorm, asserted: 1e-6 });
      ctx.judge.value({ label: '(L(t d) - L(0)) (L(t d\') - L(0))', measured: (r.along - r.atOrigin) * (r.against - r.atOrigin), asserted: 0 });
    } finally {
      tf.dispose([x, y]);
    }
  },
});

// ---------------------------------------------------------------- the function-space bowl

const bowlCases = () => fc.record({ n: fc.integer({ min: 2, max: 64 }), seed: fc.nat() });
// L(f) = 1/2 |f - y|^2 by tfjs, for random f1, f2, y of length n.
function bowl(ctx: CheckContext, n: number, seed: number) {
  return ctx.tf.tidy(() => {
    const tf = ctx.tf;
    const draw = (i: number) => tf.randomNormal([n], 0, 1, 'float32', subSeed(seed, i));
    const [y, f1, f2] = [draw(0), draw(1), draw(2)];
    const L = (f: Tensor) => tf.mul(0.5, tf.sum(tf.square(tf.sub(f, y))));
    const mid = tf.mul(tf.add(f1, f2), 0.5);
    // d/df of sum(grad L): the row sums of the Hessian, by double autodiff.
    const hess = tf.grad((f: Tensor) => tf.sum(tf.grad((g: Tensor) => L(g))(f)))(f1);
    const [a, b, c, h, lf1, ly] = [L(f1), L(f2), L(mid), tf.min(hess), L(f1), L(y)].map((t) => t.dataSync()[0]!);
    return { gap: (a! + b!) / 2 - c!, hessMin: h!, lf1: lf1!, ly: ly!, dist2: tf.sum(tf.square(tf.sub(f1, y))).dataSync()[0]! };
  });
}

export const functionSpaceConvex = defineClaim({
  id: 'infinite-width-ntk/function-space-loss-convex',
  source: { file, quote: '它只是一个简单的、完美的、凸形的碗' },
  statement: 'As a function of the prediction vector f on the training data, L(f) = 1/2 |f - y|^2 is a simple, perfect convex bowl.',
  reading: 'For random y, f1, f2 of generated length n (2..64), computed by tfjs: the midpoint inequality (L(f1) + L(f2))/2 - L((f1 + f2)/2) >= 0 (for this quadratic it equals |f1 - f2|^2 / 8), and the Hessian row sums by double autodiff are all 1 (the Hessian is the identity: a round bowl).',
  kind: 'exact',
  tolerance: atLeast(0, 'convexity is a one-sided inequality; the Hessian row sums must be >= 1 - 1e-6 (the judged figure is min row sum - 1 + 1e-6 >= 0)'),
  correction: () => 'L(f) 在函数空间中并不是凸的',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    const b = bowl(ctx, n, seed);
    ctx.judge.value({ label: 'midpoint gap (L(f1) + L(f2))/2 - L(mid)', measured: b.gap, asserted: 0 });
    ctx.judge.value({ label: 'min Hessian row sum - 1 + 1e-6', measured: b.hessMin - 1 + 1e-6, asserted: 0 });
  },
});

export const uniqueMinimum = defineClaim({
  id: 'infinite-width-ntk/function-space-unique-minimum',
  source: { file, quote: '只有一个最小值：即预测 $f$ 与真实标签 $y$ 完全匹配的地方' },
  statement: 'L(f) has a single minimum, where the predictions f equal the labels y.',
  reading: 'For random y and f != y of generated length n (tfjs): L(y) = 0 and L(f) - L(y) = |f - y|^2 / 2 > 0, so y is the only minimiser. Judged: L(f) - L(y) - |f - y|^2 / 2 (zero to float rounding) and L(y).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 sums of at most 64 squares of N(0, 1) numbers round to within 1e-4 of the exact value'),
  correction: () => 'L(f) 不止一个最小值',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    const b = bowl(ctx, n, seed);
    ctx.judge.value({ label: 'L(y)', measured: b.ly, asserted: 0 });
    ctx.judge.value({ label: 'L(f) - L(y) - |f - y|^2 / 2', measured: b.lf1 - b.ly - b.dist2 / 2, asserted: 0 });
    ctx.judge.holds({ label: 'L(f) > L(y) for f != y', holds: b.lf1 > b.ly, values: { lf: b.lf1, ly: b.ly } });
  },
});

// ---------------------------------------------------------------- the trajectory in function space

export const straightPath = defineClaim({
  id: 'infinite-width-ntk/function-path-straight',
  source: { file, quote: '为函数 $f$ 创造了一条简单、笔直的下降路径' },
  statement: 'In the infinite-width limit the function f descends to the bottom of the bowl along a simple, straight path.',
  reading: `Straightness = length of the path of f(X) over all gradient-descent steps divided by the chord |f_T - f_0| (1 for a straight line). The kernel dynamics f(t) = y + exp(-K t)(f_0 - y) are straight only when f_0 - y lies in one eigenspace of K; we measure the widest net\'s actual path. ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'a straight path has path/chord = 1; 2% (the asserted 1.02) allows for the polyline of finite steps and float rounding, not for a bend'),
  correction: (e) => `无限宽极限下，函数 $f$ 沿着一条确定的、可预测的下降路径到达碗底，但这条路径不是直线：不同特征方向以不同速率衰减，路径长度约为弦长的 ${Math.max(...e.observations.map((o) => o.measured!)).toFixed(2)} 倍`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.pathOverChord, 'path length / chord of f(X)', 1.02),
});

export const reachesBottom = defineClaim({
  id: 'infinite-width-ntk/function-path-reaches-bottom',
  source: { file, quote: '直达这个碗的底部' },
  statement: 'The descent path of a very wide net reaches the bottom of the bowl (f = y).',
  reading: `Reaching the bottom = the training residual |f_T - y| / |f_0 - y| falls below 5% within the step budget. ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a final relative residual <= 5%: the loss is then below 0.25% of its start, the bottom up to the slowest eigen-directions still converging'),
  correction: (e) => `宽网络在给定步数内没有到达碗底（残差仍为初始的 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%）`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.finalResidual, '|f_T - y| / |f_0 - y|', 0.05),
});

export const dynamicsLinearised = defineClaim({
  id: 'infinite-width-ntk/dynamics-become-linear',
  source: { file, quote: '动态过程变得线性化' },
  statement: 'For very wide nets the training dynamics become linear.',
  reading: `Linear dynamics = the net's training-set predictions follow the linear recursion of its linearisation, r <- (I - eta K0) r. Measured: max over steps of |f_net(X, k) - f_lin(X, k)| / |f_0 - y|; linear within 5%. ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a maximum trajectory deviation <= 5% of the initial residual: a path within 5% of the linear one is the linear one at the resolution of the claim'),
  correction: (e) => `宽网络的动态偏离线性化模型达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.trainDeviation, 'max_k |f_net - f_lin| / |f_0 - y| (training set)', 0.05),
});

export const predictableProgress = defineClaim({
  id: 'infinite-width-ntk/predictable-progress-to-answer',
  source: { file, quote: '而是可预测地朝着正确答案前进' },
  statement: 'The network function advances predictably towards the right answer.',
  reading: `Predictably towards the answer = the residual |f_k - y| decreases at every gradient-descent step (no step moves away from the labels). ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: exactly('a count of steps at which the residual grew; the band is 0'),
  correction: (e) => `宽网络的残差在 ${Math.max(...e.observations.map((o) => o.measured!))} 步中有所上升`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.residualNorms.slice(1).filter((v, k) => v > r.residualNorms[k]!).length, 'steps at which |f - y| grew', 0),
});

export const ntkOde = defineClaim({
  id: 'infinite-width-ntk/gradient-descent-follows-kernel-ode',
  source: { file, quote: '的演化由一个异常简洁的方程控制' },
  statement: 'Gradient descent with a small step on a wide network follows df/dt = -K (f - y), with K the NTK at initialisation, ever more closely as the width grows.',
  reading: `The network's training-set predictions after k steps of size eta are compared with the solution of the ODE at t = eta k, f(t) = y + exp(-K0 t)(f_0 - y) (eigendecomposition of the empirical K0 with ml-matrix). Small step: eta = 0.02 / lambda_max (discretisation error below 0.5%, a floor that does not shrink with width), 300 steps (quick) or 500. Judged: the exponent of the maximum deviation (relative to |f_0 - y|) against width. ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.02 / lambda_max(K0)')}`,
  kind: 'experiment',
  tolerance: vanishingTolerance,
  correction: (e) => `在所测宽度上，小步长梯度下降与核方程解的偏离并不随宽度减小（幂律指数 ${e.observations[0]!.measured!.toFixed(2)}）`,
  check: (ctx) => judgeExponent(ctx, sweep(ctx, { lrScale: 0.02, steps: ctx.scale({ quick: 300, standard: 400, full: 1000 }) }), (r) => r.odeDeviation, 'max deviation from the ODE solution'),
});

export const odeFormula = defineClaim({
  id: 'infinite-width-ntk/wide-net-obeys-kernel-ode',
  source: { file, quote: '\\frac{d f(t)}{dt} = -K (f(t) - y)' },
  statement: 'The prediction vector of a very wide network trained by gradient descent obeys df/dt = -K (f - y).',
  reading: `The equation itself, at one very wide net: its training-set predictions after k steps of size eta stay within 5% (of |f_0 - y|) of the ODE solution f(t) = y + exp(-K0 t)(f_0 - y) at t = eta k, K0 its empirical NTK at initialisation (eigendecomposition with ml-matrix); eta = 0.02 / lambda_max, so the discretisation error is below 0.5%. (infinite-width-ntk/gradient-descent-follows-kernel-ode tests the approach to it as width grows.) ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.02 / lambda_max(K0)')} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a maximum deviation <= 5% of the initial residual: an ODE that predicts the whole path to 5% governs it'),
  correction: (e) => `宽网络的预测轨迹偏离 $df/dt = -K(f-y)$ 的解达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest', lrScale: 0.02, steps: ctx.scale({ quick: 300, standard: 500, full: 1000 }) }), (r) => r.odeDeviation, 'max_k |f_net(X, k) - f_ode(eta k)| / |f_0 - y|', 0.05),
});

export const kernelConstant = defineClaim({
  id: 'infinite-width-ntk/kernel-constant-during-training',
  source: { file, quote: '在整个训练过程中保持*恒定*的矩阵' },
  statement: 'For a very wide net, K stays constant throughout training.',
  reading: `Constant = the empirical NTK on the training points after training differs from the one at initialisation by at most 5% (relative Frobenius norm). ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is |K_T - K_0|_F / |K_0|_F <= 5%: a kernel that moves less than 5% changes the dynamics by less than the 5% the trajectory claims allow'),
  correction: (e) => `宽网络的核在训练中变化了 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.kernelChange, '|K_T - K_0|_F / |K_0|_F', 0.05),
});

export const kernelEncodesDynamics = defineClaim({
  id: 'infinite-width-ntk/kernel-encodes-training-dynamics',
  source: { file, quote: '它是一个编码了整个训练动态的对象' },
  statement: 'The NTK is an object that encodes the whole training dynamics.',
  reading: `Encodes = knowing only K0 (with f_0, y and the step) predicts the whole training trajectory: the test-point predictions of the linear model driven by K0(X, X) and K0(x*, X) stay within 5% of the network's over all steps (max deviation relative to how far the prediction moves). ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a maximum deviation <= 5% of the prediction\'s movement'),
  correction: (e) => `仅凭初始核预测的训练轨迹与网络相差 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.testDeviation, 'max_k |f_net(x*) - f_K0(x*)| / movement', 0.05),
});

// ---------------------------------------------------------------- what the kernel is

export const kernelEntryInfluence = defineClaim({
  id: 'infinite-width-ntk/kernel-entry-is-influence',
  source: { file, quote: '当我们试图改善网络在另一点 $x\'$ 的输出时，它在点 $x$ 的输出会改变多少' },
  statement: 'K(x, x\') tells how much the output at x changes when we try to improve the output at x\'.',
  reading: 'One gradient step of size eta on the loss at x\' alone, 1/2 (f(x\') - y\')^2, changes f(x) by -eta K(x, x\') (f(x\') - y\') to first order. Two-layer ReLU NTK-parametrised nets of generated width 32..512 (d = 4, sigma_w^2 = 2), two points on the sphere at an angle below 90 degrees (x\' is flipped if needed, so K(x, x\') is not near 0), y\' = f(x\') - 1 (a unit residual, so the change is large against float32 rounding), eta = 3e-3 / K(x\', x\'); measured: the change of f(x) (tfjs, float32) divided by -eta (f(x\') - y\'), against K(x, x\') from the Jacobians.',
  kind: 'exact',
  tolerance: relative(0.02, 'first order in eta: the second-order term is of relative size about eta * K(x\', x\') = 3e-3, and float32 rounding of outputs of size ~1 perturbs a change of size ~3e-3 by ~2e-5 relative; 2% covers both with room'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `一步梯度下降引起的输出变化与 K(x,x') 相差 ${(100 * (o.measured! / o.asserted! - 1)).toFixed(1)}%`; },
  cases: () => fc.record({ width: fc.integer({ min: 32, max: 512 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ width, seed }, ctx) => {
    const tf = ctx.tf;
    const net = buildNtkNet(tf, { sizes: [4, width, 1], activation: 'relu', weightVariance: 2, seed });
    const xs = tf.tidy(() => {
      const p = spherePoints(tf, 2, 4, subSeed(seed, 1));
      const sign = Math.sign(tf.sum(tf.prod(p, 0)).dataSync()[0]!) || 1;
      return tf.mul(p, tf.tensor2d([[1], [sign]])) as Tensor2D;
    });
    try {
      const k = empiricalNtk(tf, net, xs);
      const lr = 3e-3 / k[1]![1]!;
      const [before, after] = tf.tidy(() => {
        const x2 = tf.slice(xs, [1, 0], [1, 4]) as Tensor2D;
        const target = tf.sub(ntkForward(tf, net.spec, net.params, x2), 1);
        const g = tf.grads((...p) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, net.spec, p, x2), target)))))(net.params);
        const moved = net.params.map((p, i) => tf.sub(p, tf.mul(g[i]!, lr)));
        const b = ntkForward(tf, net.spec, net.params, xs).dataSync();
        const a = ntkForward(tf, net.spec, moved, xs).dataSync();
        return [Array.from(b), Array.from(a)];
      });
      const response = (after![0]! - before![0]!) / (-lr * 1);
      ctx.judge.value({ label: 'change of f(x) / (-eta (f(x\') - y\'))', measured: response, asserted: k[0]![1]! });
    } finally {
      net.dispose();
      xs.dispose();
    }
  },
});

// Relative Frobenius deviation of one net's empirical NTK from the limit kernel, on 8 sphere points.
function concentration(ctx: CheckContext, width: number, seed: number): number {
  const tf = ctx.tf;
  const spec = { sizes: [4, width, 1], activation: 'relu' as const, weightVariance: 2 };
  const xs = spherePoints(tf, 8, 4, subSeed(seed, 1));
  const net = buildNtkNet(tf, { ...spec, seed });
  try {
    const k = empiricalNtk(tf, net, xs);
    const lim = limitNtk(spec, xs.arraySync());
    const num = k.reduce((s, r, i) => s + r.reduce((t, v, j) => t + (v - lim[i]![j]!) ** 2, 0), 0);
    const den = lim.reduce((s, r) => s + r.reduce((t, v) => t + v * v, 0), 0);
    return Math.sqrt(num / den);
  } finally {
    net.dispose();
    xs.dispose();
  }
}

export const ntkIsAverage = defineClaim({
  id: 'infinite-width-ntk/ntk-is-gradient-product-averaged-over-init',
  source: { file, quote: '它是输出相对于所有网络参数的梯度的[点积](@article_id:309438)，在随机初始化下取平均值' },
  statement: 'The NTK is the dot product of the output\'s gradients with respect to all parameters, averaged over the random initialisation; a wide net\'s own gradient product is that average.',
  reading: 'The kernel steering a given net is its own gradient product (empirical NTK); the sentence identifies it with the average over initialisations. That identification holds if one wide net\'s empirical NTK concentrates at the average: its relative Frobenius distance from the limit kernel E[grad f . grad f] (the arc-cosine closed form, checked by infinite-width-ntk/two-layer-relu-ntk-closed-form) must vanish with width. Two-layer ReLU nets (d = 4, sigma_w^2 = 2), 8 points on the sphere; 3 nets per width; judged: the exponent of the distance against width.',
  kind: 'statistical',
  tolerance: vanishingTolerance,
  correction: (e) => `单个网络的经验核并不随宽度收敛到其期望（幂律指数 ${e.observations[0]!.measured!.toFixed(2)}）`,
  check: (ctx) => {
    const widths = ctx.scale({ quick: [64, 512, 4096], standard: [32, 128, 512, 2048, 4096], full: [32, 128, 512, 2048, 4096, 8192] });
    const nets = ctx.scale({ quick: 3, standard: 4, full: 6 });
    const pts: [number, number][] = [];
    for (const m of widths) for (let i = 0; i < nets; i++) pts.push([Math.log(m), Math.log(concentration(ctx, m, subSeed(ctx.seed, 100 * m + i)))]);
    widths.forEach((m, j) => ctx.record(`mean distance at width ${m}`, +(pts.slice(j * nets, (j + 1) * nets).reduce((s, p) => s + Math.exp(p[1]), 0) / nets).toPrecision(3)));
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const slope = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    ctx.judge.value({ label: 'exponent of |K_emp - E K|_F / |E K|_F against width', measured: slope, asserted: -0.25 });
  },
});

// Monte Carlo E[K] over nets of width m at the given points, one sample per net and pair.
function mcKernelSamples(ctx: CheckContext, xs: number[][], pairs: [number, number][], width: number, nets: number): number[][] {
  const tf = ctx.tf;
  const x = tf.tensor2d(xs);
  try {
    return Array.from({ length: nets }, (_, i) => {
      const net = buildNtkNet(tf, { sizes: [xs[0]!.length, width, 1], activation: 'relu', weightVariance: 2, seed: subSeed(ctx.seed, 500 + i) });
      try {
        const k = empiricalNtk(tf, net, x);
        return pairs.map(([a, b]) => k[a]![b]!);
      } finally {
        net.dispose();
      }
    });
  } finally {
    x.dispose();
  }
}

// Unit vectors at the given angles from e1 in the (e1, e2) plane, scaled by the given norms, in R^4.
const atAngle = (deg: number, norm: number) => [norm * Math.cos((deg * Math.PI) / 180), norm * Math.sin((deg * Math.PI) / 180), 0, 0];

export const closedForm = defineClaim({
  id: 'infinite-width-ntk/two-layer-relu-ntk-closed-form',
  source: { file, quote: '这个[期望](@article_id:311378)可以被精确计算' },
  statement: 'For a simple two-layer ReLU network the expectation E[grad f(x) . grad f(x\')] can be computed exactly.',
  reading: 'The exact value is the arc-cosine form K = sigma_w^2 [ |x||x\'| sigma_w^2/d (sin t + (pi - t) cos t) / (2 pi) + (x.x\' sigma_w^2/d) (pi - t) / (2 pi) ] for f = sigma_w/sqrt(m) relu(sigma_w/sqrt(d) x W0) W1, t the angle (src/nets/theory/ntk-limit.ts). Monte Carlo: the empirical NTK (tfjs Jacobians) of independent nets of width 4096, d = 4, at three pairs (angles 0, 45 and 90 degrees; norms 1 and 2), where the kernel is well away from 0 (at obtuse angles it nears 0 and a relative comparison measures only Monte Carlo noise: a first run with a 135-degree pair was inconclusive for that reason); each net\'s value divided by the closed form is one sample; the mean must be 1. Reading A of two: infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles keeps the obtuse angles, on the kernel\'s own scale.',
  kind: 'statistical',
  tolerance: relative(0.03, 'a closed form that is exact must match the Monte Carlo mean within its sampling error; 3% is a clear margin over the t-interval of a few dozen nets and well below any real mismatch (a missing factor, a wrong angle term)'),
  judgements: 3,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `两层 ReLU 网络的 NTK 期望与反余弦闭式解相差 ${(100 * (o.measured! - 1)).toFixed(1)}%（${JSON.stringify(o.where)}）`; },
  check: (ctx) => {
    const xs = [atAngle(0, 1), atAngle(0, 2), atAngle(45, 1), atAngle(90, 2)];
    const pairs: [number, number][] = [[0, 1], [0, 2], [0, 3]];
    const nets = ctx.scale({ quick: 32, standard: 60, full: 150 });
    ctx.record('nets (width 4096)', nets);
    const lim = limitNtk({ sizes: [4, 4096, 1], activation: 'relu', weightVariance: 2 }, xs);
    const samples = mcKernelSamples(ctx, xs, pairs, 4096, nets);
    pairs.forEach(([a, b], j) => ctx.judge.mean({ label: 'Monte Carlo K / closed form', samples: samples.map((s) => s[j]! / lim[a]![b]!), asserted: 1, where: { angle: [0, 0, 45, 90][b]!, normProduct: Math.hypot(...xs[a]!) * Math.hypot(...xs[b]!) } }));
  },
});

export const closedFormAllAngles = defineClaim({
  id: 'infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles',
  source: { file, quote: '这个[期望](@article_id:311378)可以被精确计算' },
  statement: 'For a simple two-layer ReLU network the expectation E[grad f(x) . grad f(x\') ] can be computed exactly, at every angle between the inputs.',
  reading: 'Reading B of two (reading A is infinite-width-ntk/two-layer-relu-ntk-closed-form, which dropped the 135-degree pair after a first run, because near-zero kernels make a relative comparison measure only noise). This reading restores the obtuse angles and measures every pair on the kernel\'s own scale: each net\'s K(x, x\') divided by the closed form\'s K(x, x) at the first input (norm 1) is one sample, judged against the closed form\'s K(x, x\') / K(x, x) with an absolute band. Pairs at 45, 90, 135 and 180 degrees (norms 1 and 2); independent nets of width 4096, d = 4, sigma_w^2 = 2, as in reading A.',
  kind: 'statistical',
  tolerance: absolute(0.03, 'reading A\'s 3% margin, taken on the kernel\'s scale K(x, x) so that an angle where the kernel is near 0 is judged by the same yardstick as the others'),
  judgements: 4,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `两层 ReLU 网络的 NTK 在夹角 ${String(o.where.angle)}° 处与反余弦闭式解相差 ${(100 * (o.measured! - o.asserted!)).toFixed(1)}%（以 K(x, x) 为尺度）`; },
  check: (ctx) => {
    const angles = [45, 90, 135, 180];
    const xs = [atAngle(0, 1), ...angles.map((a) => atAngle(a, 2))];
    const pairs: [number, number][] = angles.map((_, j) => [0, j + 1]);
    const nets = ctx.scale({ quick: 32, standard: 60, full: 150 });
    ctx.record('nets (width 4096)', nets);
    const lim = limitNtk({ sizes: [4, 4096, 1], activation: 'relu', weightVariance: 2 }, xs);
    const scale = lim[0]![0]!;
    const samples = mcKernelSamples(ctx, xs, pairs, 4096, nets);
    pairs.forEach(([a, b], j) => ctx.judge.mean({ label: 'Monte Carlo K(x, x\') / closed-form K(x, x)', samples: samples.map((s) => s[j]! / scale), asserted: lim[a]![b]! / scale, where: { angle: angles[j]!, normProduct: 2 } }));
  },
});

export const normsAndAngle = defineClaim({
  id: 'infinite-width-ntk/ntk-depends-on-norms-and-angle',
  source: { file, quote: '其对于任意两个输入 $x$ 和 $x\'$ 的值取决于它们的范数和它们之间的夹角' },
  statement: 'The two-layer ReLU NTK\'s value at any two inputs depends on (only) their norms and the angle between them.',
  reading: 'Only: pairs with the same norms and angle but a different orientation (a random rotation Q of R^4 applied to both) get the same Monte Carlo kernel: per net, K(Qx, Qx\') / K(x, x\') has mean 1 (independent nets of width 4096; angle 60 degrees, norms 1 and 1.5). Depends: changing the angle (60 to 120 degrees) or a norm (1.5 to 3) at fixed other quantities changes the Monte Carlo kernel by more than 10% (ordering of means, recorded).',
  kind: 'statistical',
  tolerance: relative(0.03, 'the same expectation at rotated inputs: the per-net ratio must average to 1 within 3%, a margin over Monte Carlo error that a real orientation dependence would exceed'),
  correction: () => '两层 ReLU 网络的 NTK 并不只取决于范数和夹角',
  check: (ctx) => {
    const tf = ctx.tf;
    const q = tf.tidy(() => tf.linalg.qr(tf.randomNormal([4, 4], 0, 1, 'float32', subSeed(ctx.seed, 9)))[0].arraySync() as number[][]);
    const rot = (v: number[]) => q.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
    const base = [atAngle(0, 1), atAngle(60, 1.5), atAngle(120, 1.5), atAngle(60, 3)];
    const xs = [...base, ...base.map(rot)];
    const nets = ctx.scale({ quick: 32, standard: 60, full: 150 });
    const s = mcKernelSamples(ctx, xs, [[0, 1], [4, 5], [0, 2], [0, 3]], 4096, nets);
    const mean = (j: number) => s.reduce((a, r) => a + r[j]!, 0) / nets;
    ctx.record('nets (width 4096)', nets);
    ctx.judge.mean({ label: 'K(Qx, Qx\') / K(x, x\') per net', samples: s.map((r) => r[1]! / r[0]!), asserted: 1 });
    ctx.judge.holds({ label: 'changing the angle 60 -> 120 degrees changes K by > 10%', holds: Math.abs(mean(2) / mean(0) - 1) > 0.1, values: { at60: mean(0), at120: mean(2) } });
    ctx.judge.holds({ label: 'doubling a norm changes K by > 10%', holds: Math.abs(mean(3) / mean(0) - 1) > 0.1, values: { norm15: mean(0), norm3: mean(3) } });
  },
});

// ---------------------------------------------------------------- spectrum, kernel regression, convexity

export const eigenDecay = defineClaim({
  id: 'infinite-width-ntk/residual-decays-along-eigenvectors',
  source: { file, quote: '误差向量的分量呈指数衰减，衰减率由该核矩阵 $K$ 的[特征值](@article_id:315305)给出' },
  statement: 'The components of the error vector decay exponentially, at rates given by the eigenvalues of K.',
  reading: `Components = projections of the training residual f_k - y on the unit eigenvectors of K0 (ml-matrix). Each component's measured continuous-time rate -log(|r_a(t)| / |r_a(0)|) / t, t = eta k, taken at the last step where it is still above 1e-3 of its start, is divided by its eigenvalue lambda_a; components that start below 5% of |r_0|, or whose eigenvalue predicts less than a factor e of decay over the run (lambda_a eta T < 1), are too small to measure and are skipped. Small step eta = 0.05 / lambda_max (the discrete rate -log(1 - eta lambda)/eta exceeds lambda by at most 2.6%), 300 steps (quick 200). Each measurable component is a sample; the mean rate/eigenvalue must be 1. ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.05 / lambda_max(K0)')} ${widest}`,
  kind: 'statistical',
  tolerance: relative(0.15, 'rates from a finite run carry the finite-width drift of the kernel (about 1% at these widths) and the projection of other components leaking in; +-15% still tells a rate set by lambda_a from one set by sqrt(lambda_a) or lambda_a^2 across a spectrum spanning a factor of ~50'),
  correction: (e) => `误差分量的衰减率与对应特征值之比平均为 ${e.observations[0]!.measured!.toFixed(2)}`,
  check: (ctx) => {
    const runs = sweep(ctx, { widths: 'widest', lrScale: 0.05, steps: ctx.scale({ quick: 200, standard: 300, full: 600 }) });
    const steps = ctx.scale({ quick: 200, standard: 300, full: 600 });
    const samples = runs.flatMap((r) => r.result.componentRates.filter((c) => Number.isFinite(c.rate) && c.eigenvalue * r.result.lr * steps >= 1).map((c) => c.rate / c.eigenvalue));
    ctx.record('measurable components', samples.length);
    ctx.judge.mean({ label: 'measured rate / eigenvalue', samples, asserted: 1 });
  },
});

export const kernelRegression = defineClaim({
  id: 'infinite-width-ntk/training-equals-kernel-regression',
  source: { file, quote: '训练变得等同于一种称为核回归的经典方法' },
  statement: 'Training a very wide network becomes equivalent to kernel regression.',
  reading: `Kernel regression with the NTK at initialisation, offset by the initial function: f*(x) = f_0(x) + K0(x, X) K0^-1 (y - f_0(X)) (ml-matrix solve). Measured: |f_net(X*, T) - f*(X*)| / |f*(X*) - f_0(X*)| on the 8 test points after training; equivalent = within 10% (the slowest eigen-directions are not fully converged after T steps). ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a deviation <= 10% of the prediction\'s movement: training stops before the slowest directions converge, which the kernel-regression limit assumes done'),
  correction: (e) => `宽网络训练后的测试预测与核回归相差 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.kernelRegressionDeviation, '|f_net(x*) - f_KR(x*)| / movement', 0.1),
});

const notNonConvexQuote = '它解决的问题根本不是非凸的';
const notNonConvexStatement = 'For very wide networks, the problem gradient descent solves is not non-convex at all.';

export const wideProblemConvexLiteral = defineClaim({
  id: 'infinite-width-ntk/wide-net-problem-convex-reading-a',
  alternativeOf: 'infinite-width-ntk/wide-net-problem-convex-reading-b',
  source: { file, quote: notNonConvexQuote },
  statement: notNonConvexStatement,
  reading: `Reading A (one of two; reading B is infinite-width-ntk/wide-net-problem-convex-reading-b): literally, the loss of a very wide net as a function of its parameters is convex. Tested at width 2048 with the permutation-midpoint probe (a convex loss is at most that of two equal-loss points at their midpoint). ${nonConvexReading}`,
  kind: 'exact',
  tolerance: atMost(0, 'convexity requires midpoint - max(ends) <= 0'),
  correction: () => '对于非常宽的网络，参数空间中的损失依然是非凸的（隐藏单元置换给出等价的极小值，它们的中点损失更高）；凸的是函数空间中的问题，而宽网络的训练轨迹近似于它',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx, 2048, ctx.seed);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted), asserted: 0 });
  },
});

export const wideProblemConvexEffective = defineClaim({
  id: 'infinite-width-ntk/wide-net-problem-convex-reading-b',
  primary: { why: 'the next clause places the convexity in another space, function space (在另一个空间——函数空间——中是一个凸问题), not in the parameters' },
  source: { file, quote: notNonConvexQuote },
  statement: notNonConvexStatement,
  reading: `Reading B (one of two; reading A is infinite-width-ntk/wide-net-problem-convex-reading-a): effectively, the problem gradient descent actually meets is the convex one: along its whole path the wide net's training predictions stay within 5% (of the initial residual) of those of its linearisation, whose loss is a convex quadratic in the parameters. ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a maximum deviation <= 5% of the initial residual'),
  correction: (e) => `宽网络的训练轨迹偏离凸的线性化问题达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.trainDeviation, 'max_k |f_net - f_lin| / |f_0 - y| (training set)', 0.05),
});

export const functionSpaceConvexAgain = defineClaim({
  id: 'infinite-width-ntk/function-space-problem-convex',
  source: { file, quote: '它在另一个空间——[函数空间](@article_id:303911)——中是一个凸问题' },
  statement: 'In function space the training problem is convex.',
  reading: 'The same test as infinite-width-ntk/function-space-loss-convex, on this sentence: for random y, f1, f2 of generated length n (tfjs), (L(f1) + L(f2))/2 - L((f1 + f2)/2) >= 0.',
  kind: 'exact',
  tolerance: atLeast(0, 'convexity is a one-sided inequality'),
  correction: () => '函数空间中的问题并不是凸的',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    ctx.judge.value({ label: 'midpoint gap', measured: bowl(ctx, n, seed).gap, asserted: 0 });
  },
});

export const ntkGuidesDescent = defineClaim({
  id: 'infinite-width-ntk/ntk-guides-the-descent',
  source: { file, quote: '而 NTK 就是引导下降的地图' },
  statement: 'The NTK is the map that guides the descent.',
  reading: `Guides = at every step the change of the wide net's training predictions points along -K0 (f_k - y), the direction the initial kernel prescribes. Measured: the smallest cosine over all steps between the two; guided = at least 0.95 (within 18 degrees). ${sweepReading} ${widest}`,
  kind: 'experiment',
  tolerance: atLeast(0, 'the band is a smallest cosine >= 0.95 at every step: steered by the kernel, up to finite-width drift'),
  correction: (e) => `宽网络的下降方向与初始 NTK 给出的方向之间最小余弦为 ${Math.min(...e.observations.map((o) => o.measured!)).toFixed(3)}`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.guidanceCosine, 'min_k cos(df_k, -K0 (f_k - y))', 0.95),
});

export const pdKernelZeroError = defineClaim({
  id: 'infinite-width-ntk/positive-definite-kernel-zero-training-error',
  source: { file, quote: '那么收敛到零[训练误差](@article_id:639944)就得到了保证' },
  statement: 'If the kernel is positive definite, convergence to zero training error is guaranteed.',
  reading: 'Two-layer ReLU NTK nets (16 inputs, sigma_w^2 = 2, generated width 256..2048) on 8..16 distinct points of the sphere with random N(0, 1) labels: the empirical K0 is positive definite (smallest eigenvalue > 0, ml-matrix), and gradient descent with step 1 / lambda_max for T steps such that eta lambda_min T >= 10 (the linear dynamics then leave at most e^-10 of the residual) must drive the relative training residual below 1e-3.',
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a relative residual <= 1e-3 after a horizon where the guarantee predicts at most 4.5e-5: the rest is slack for finite width and float32'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `核正定时，训练误差在给定步数内没有收敛到零（宽度 ${o.where.width} 时残差 ${o.measured!.toExponential(2)}）`; },
  cases: () => fc.record({ width: fc.integer({ min: 256, max: 2048 }), n: fc.integer({ min: 8, max: 16 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 6, full: 20 },
  check: ({ width, n, seed }, ctx) => {
    const tf = ctx.tf;
    const x = spherePoints(tf, n, 16, subSeed(seed, 0));
    const yT = tf.randomNormal([n, 1], 0, 1, 'float32', subSeed(seed, 1));
    const y = Array.from(yT.dataSync());
    yT.dispose();
    let net = buildNtkNet(tf, { sizes: [16, width, 1], activation: 'relu', weightVariance: 2, seed: subSeed(seed, 2) });
    try {
      const { values } = symEig(empiricalNtk(tf, net, x));
      const [lmin, lmax] = [values[0]!, values[n - 1]!];
      ctx.judge.holds({ label: 'K0 is positive definite', holds: lmin > 0, values: { lambdaMin: lmin } });
      const steps = Math.min(5000, Math.ceil((10 * lmax) / lmin));
      ctx.record(`steps (width ${width})`, steps);
      const yt = tf.tensor2d(y, [n, 1]);
      const r0 = tf.tidy(() => tf.norm(tf.sub(ntkForward(tf, net.spec, net.params, x), yt)).dataSync()[0]!);
      for (let k = 0; k < steps; k++) {
        const old = net;
        const p = tf.tidy(() => { const g = tf.grads((...q) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, old.spec, q, x), yt)))))(old.params); return old.params.map((q, i) => tf.sub(q, tf.mul(g[i]!, 1 / lmax))); });
        net = withParams(old, p);
        old.dispose();
      }
      const rT = tf.tidy(() => tf.norm(tf.sub(ntkForward(tf, net.spec, net.params, x), yt)).dataSync()[0]!);
      yt.dispose();
      ctx.judge.value({ label: '|f_T - y| / |f_0 - y|', measured: rT / r0, asserted: 1e-3, where: { width, n } });
    } finally {
      net.dispose();
      x.dispose();
    }
  },
});

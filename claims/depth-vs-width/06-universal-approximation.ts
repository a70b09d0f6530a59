// § 宽度的力量：通用近似与平滑函数拟合
// The text: one hidden layer with any squashing activation (such as sigmoid or ReLU) approximates
// any continuous function on a compact set to any precision if wide enough; width decides how many
// linear "patches" there are and more width gives a finer partition and higher precision; for smooth
// targets without hierarchy, widening is usually the better strategy, shallow-wide nets reach the
// optimal rate and depth gives no exponential advantage. How we test it: explicit one-hidden-layer
// approximants (the ReLU interpolant, the staircase of steep squashing functions) of random
// continuous targets on [0, 1], with sup errors on a fine grid; exact piece counts; error rates;
// Yarotsky's deep approximation of x^2 against the piece-count lower bound for shallow nets; and
// trained shallow-wide against deep-narrow nets at one budget on a smooth 2-D target. What would
// refute it: an error that stops falling; ReLU failing the definition of a squashing function; a
// deep net whose advantage on a smooth target grows exponentially; trained deep nets doing better.
import * as fc from 'fast-check';
import { absolute, defineClaim, exactly, noLessThan, noMoreThan, relative, writeQuote } from '../../src/claim/index.js';
import { countLinearRegions, outputKinks } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNet, supDistance } from '../../src/nets/regions/pwl-nets.js';
import { asFunction, randomContinuousTarget, randomSmoothTarget, randomSquashing, reluInterpolant, squashingStaircase, type Fn } from '../../src/nets/regions/universal-approx.js';
import { yarotskySquareNet } from '../../src/nets/regions/sawtooth.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { fitsByDepth } from '../../src/nets/experiments/budget-fit.js';

const file = 'depth-vs-width.md';
const GRID = 4000;
const uatQuote = '只要其宽度足够大，就可以以任意精度近似任何定义在[紧集上的连续函数](@entry_id:146442)';
const uatCases = () => fc.record({ eps: fc.constantFrom(0.2, 0.1, 0.05), seed: fc.nat() });
const WIDTHS = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048];

// The first width whose approximant has sup error below eps on the grid (or null), with the errors seen.
function widthFor(eps: number, error: (m: number) => number): { width: number | null; errors: number[] } {
  const errors: number[] = [];
  for (const m of WIDTHS) {
    errors.push(error(m));
    if (errors[errors.length - 1]! < eps) return { width: m, errors };
  }
  return { width: null, errors };
}

const uatReading = (net: string) => `Compact set [0, 1]; targets: seeded random continuous functions (sums of |x - c| kinks, sines of several frequencies and a square-root cusp; continuous, not smooth). Approximant: ${net}. "Any precision" is tested at eps = 0.2, 0.1, 0.05 (relative to targets of order 1): a width up to ${WIDTHS[WIDTHS.length - 1]} must bring the sup error, measured on ${GRID + 1} grid points, below eps. Scope forall: a theorem about every continuous target, so every generated target and eps must be met.`;

export const uatRelu = defineClaim({
  id: 'depth-vs-width/uat-relu-any-precision',
  source: { file, quote: uatQuote },
  statement: 'A one-hidden-layer ReLU network approximates any continuous function on a compact set to any precision if it is wide enough.',
  reading: uatReading('the width-m one-hidden-layer ReLU net interpolating the target at m + 1 uniform knots'),
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('found or not found is a yes/no fact'),
  correction: () => '（实测在所试宽度内 ReLU 单隐层网络未能达到所需精度。）',
  cases: uatCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ eps, seed }, { judge }) => {
    const f = randomContinuousTarget(seed);
    const r = widthFor(eps, (m) => supDistance(f, asFunction(reluInterpolant(f, m)), 0, 1, GRID));
    judge.holds({ label: 'a width brings the sup error below eps', holds: r.width !== null, values: { width: r.width ?? -1, lastError: r.errors[r.errors.length - 1]! } });
  },
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

export const uatSigmoid = defineClaim({
  id: 'depth-vs-width/uat-sigmoid-any-precision',
  source: { file, quote: uatQuote },
  statement: 'A one-hidden-layer sigmoid network approximates any continuous function on a compact set to any precision if it is wide enough.',
  reading: uatReading('the width-m staircase f(t_0) + sum_j (f(t_j) - f(t_{j-1})) sigmoid(40 m (x - c_j)), one sigmoid unit per step between m + 1 uniform knots'),
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('found or not found is a yes/no fact'),
  correction: () => '（实测在所试宽度内 Sigmoid 单隐层网络未能达到所需精度。）',
  cases: uatCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ eps, seed }, { judge }) => {
    const f = randomContinuousTarget(seed);
    const r = widthFor(eps, (m) => supDistance(f, squashingStaircase(f, m, logistic, 40 * m), 0, 1, GRID));
    judge.holds({ label: 'a width brings the sup error below eps', holds: r.width !== null, values: { width: r.width ?? -1, lastError: r.errors[r.errors.length - 1]! } });
  },
});

// Review #7 makes “挤压”型 (squashing) 非多项式 (non-polynomial): ReLU is unbounded, and the theorem that
// covers it (Leshno et al. 1993) asks only for a non-polynomial activation. The choice slot reads which the text says.
const SQUASHING = '“挤压”型';
const NON_POLYNOMIAL = '非多项式';
const kindSlot = `{kind:${SQUASHING}|${NON_POLYNOMIAL}}`;
const anyKindQuote = `一个具有单个隐藏层和任何${kindSlot}[激活函数](@entry_id:141784)`;
const examplesQuote = `${kindSlot}[激活函数](@entry_id:141784)（如Sigmoid或ReLU）`;

export const uatAnySquashing = defineClaim({
  id: 'depth-vs-width/uat-any-squashing-activation',
  source: { file, quote: anyKindQuote },
  statement: 'The universal approximation theorem holds for one hidden layer with any activation of the kind the text names ({kind}; “挤压”型: squashing, 非多项式: non-polynomial).',
  reading: `A squashing function is nondecreasing with limits 0 at -infinity and 1 at +infinity (Hornik, Stinchcombe and White). Generated: random mixtures of a logistic of random scale, a clipped ramp of random scale and a unit step at a random point (discontinuous in general). ${uatReading('the staircase of m shifted copies of the squashing function, steepness 400 m')} Where the text says 非多项式 (non-polynomial) instead, these squashing functions are non-polynomial activations of the wider class (bounded and non-constant), so the same cases check it on that class's squashing part. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('found or not found is a yes/no fact'),
  correction: () => '（实测某个挤压型激活函数在所试宽度内未能达到所需精度。）',
  cases: () => fc.record({ eps: fc.constantFrom(0.2, 0.1, 0.05), seed: fc.nat(), squashSeed: fc.nat() }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ eps, seed, squashSeed }, { judge }) => {
    const f = randomContinuousTarget(seed);
    const s = randomSquashing(squashSeed);
    const r = widthFor(eps, (m) => supDistance(f, squashingStaircase(f, m, s, 400 * m), 0, 1, GRID));
    judge.holds({ label: 'a width brings the sup error below eps', holds: r.width !== null, values: { width: r.width ?? -1, lastError: r.errors[r.errors.length - 1]! } });
  },
});

export const reluIsSquashing = defineClaim({
  id: 'depth-vs-width/relu-is-a-squashing-activation',
  source: { file, quote: examplesQuote },
  statement: 'Sigmoid and ReLU are examples of the activation functions the universal approximation theorem covers, of the kind the text names ({kind}; “挤压”型: squashing, 非多项式: non-polynomial).',
  reading: 'The kind of activation the text names ({kind}). Squashing (“挤压”型; Hornik, Stinchcombe and White 1989): nondecreasing, tending to 0 at -infinity and to 1 at +infinity; checked for each activation: its value at z = 10^6 against the limit 1 (and its value at -10^6 against 0). Non-polynomial (非多项式; Leshno et al. 1993): a polynomial that is affine on an interval is affine everywhere, and a bounded polynomial is constant; checked: ReLU has slopes 0 on [-2, -1] and 1 on [1, 2] (each piece affine: zero second differences), sigmoid is bounded on [-10^6, 10^6] and not constant.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-6, 'a limit of exactly 1: at z = 10^6 any squashing function we use is within 1e-6 of it'),
  // ReLU is unbounded, so not squashing; the theorem that covers it (Leshno et al. 1993) asks only for a non-polynomial activation (review #7).
  correction: (e) => ({ replace: { span: writeQuote(examplesQuote, e.slots.values), text: writeQuote(examplesQuote, e.slots.values, { kind: NON_POLYNOMIAL }) } }),
  check: ({ judge, slots }) => {
    const relu = (z: number) => Math.max(0, z);
    if (slots.choice('kind') === NON_POLYNOMIAL) {
      const slope = (fn: (z: number) => number, a: number) => fn(a + 1) - fn(a);
      const affine = (fn: (z: number) => number, a: number) => fn(a) - 2 * fn(a + 0.5) + fn(a + 1) === 0;
      judge.holds({ label: 'relu: affine on [-2, -1] and on [1, 2] with different slopes (no polynomial is)', holds: affine(relu, -2) && affine(relu, 1) && slope(relu, -2) !== slope(relu, 1), values: { left: slope(relu, -2), right: slope(relu, 1) } });
      judge.holds({ label: 'sigmoid: bounded on [-10^6, 10^6] and not constant (no polynomial is)', holds: Math.abs(logistic(1e6)) <= 1 && Math.abs(logistic(-1e6)) <= 1 && logistic(1) !== logistic(0), values: { atMinus: logistic(-1e6), atPlus: logistic(1e6) } });
      return;
    }
    for (const [name, fn] of [['sigmoid', logistic], ['relu', relu]] as const) {
      judge.value({ label: `${name}(10^6), should tend to 1`, measured: fn(1e6), asserted: 1, where: { activation: name } });
      judge.value({ label: `${name}(-10^6) + 1, should tend to 1`, measured: fn(-1e6) + 1, asserted: 1, where: { activation: name } });
    }
  },
});

export const uatFoundation = defineClaim({
  id: 'depth-vs-width/uat-is-the-theoretical-foundation',
  source: { file, quote: '这个定理奠定了[神经网](@entry_id:276355)络作为通用[函数近似](@entry_id:141329)器的理论基础' },
  statement: 'The universal approximation theorem laid the theoretical foundation of neural networks as universal function approximators.',
  kind: 'not-checkable',
  reason: 'A statement about the theorem\'s role in the history of the field; the theorem itself is checked by depth-vs-width/uat-relu-any-precision and -sigmoid-any-precision.',
});

export const widthIsTheResource = defineClaim({
  id: 'depth-vs-width/width-is-what-buys-precision',
  source: { file, quote: '并凸显了宽度的基本重要性' },
  statement: 'The theorem highlights the fundamental importance of width: precision has to be bought with width.',
  reading: 'Read as: at a fixed width the attainable error is bounded away from zero. Target x^2 on [0, 1]: a one-hidden-layer ReLU net of width m has at most m + 1 pieces (counted exactly for random nets), and any function with k pieces on [0, 1] has one of length >= 1/k, on which no line comes closer to x^2 than (1/k)^2 / 8; so every width-m net has sup error >= 1/(8 (m+1)^2). Measured on random nets and on the best uniform-knot net (the interpolant shifted down by half its error): sup error x 8 (m+1)^2, which the bound puts at >= 1. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'a lower bound: every measured ratio must be at least 1'),
  correction: () => '（实测某个固定宽度的网络的误差低于该宽度所允许的下界。）',
  cases: () => fc.record({ m: fc.integer({ min: 1, max: 64 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ m, seed }, { tf, judge }) => {
    const sq = (x: number) => x * x;
    const mlp = buildMlp(tf, { sizes: [1, m, 1], activation: 'relu', weightVariance: () => 1, biasVariance: 1, seed });
    const random = (() => { try { return mlpToArrays(mlp); } finally { mlp.dispose(); } })();
    judge.holds({ label: 'a width-m net has at most m + 1 regions', holds: countLinearRegions(random).regions <= m + 1, values: { regions: countLinearRegions(random).regions } });
    const interp = reluInterpolant(sq, m);
    const shift = supDistance(sq, asFunction(interp), 0, 1, 20 * m) / 2;
    const best: Fn = (x) => evalPlainNet(interp, x) - shift;
    for (const [name, g] of [['random', asFunction(random)], ['best uniform-knot', best]] as const) {
      judge.value({ label: `${name} net: sup error x 8(m+1)^2`, measured: supDistance(sq, g, 0, 1, 40 * m) * 8 * (m + 1) ** 2, asserted: 1, where: { net: name } });
    }
  },
});

export const smoothWidthBetter = defineClaim({
  id: 'depth-vs-width/smooth-target-widening-more-effective',
  source: { file, quote: '当[目标函数](@entry_id:267263)是全局光滑但没有明显的层级结构时，增加宽度通常是更有效的策略' },
  statement: 'When the target is globally smooth without evident hierarchical structure, increasing width is usually the more effective strategy.',
  reading: 'At equal parameter counts (300): one hidden layer (width 74) against four (width 8), ReLU, He init, Adam (lr 0.01), full-batch MSE. Target: a smooth 2-D function without hierarchical structure (four random plane waves sin(pi a . x + p) on [-1, 1]^2), 256 training and 256 test points; error = test MSE over target variance. Samples: log(error shallow-wide / deep-narrow) per seed; supported if the interval lies below 0. Scope forall over its one setting: the sentence\'s hedge (往往 / 通常 / 倾向于) is carried by the statistic (a mean over seeds or nets), not by a share of settings.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'about 6 seeds decide it (interval half-width h and distance d to the band edge at quick, n (h/d)^2 with the t quantile of the smaller n); full runs 12 (standard 4); steps rise to 1500' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 4, steps: 200 }, full: { seeds: 12, steps: 1500 } },
  tolerance: noMoreThan(0, 'more effective means a lower test error at the same parameter count: log ratio below 0'),
  correction: (e) => `（实测在同等参数量下，浅而宽的网络在该光滑目标上的测试误差并不更低：log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('Adam steps', steps);
    const [shallow, deep] = fitsByDepth(tf, { task: 'smooth2d', depths: [1, 4], budget: 300, seeds, steps, lr: 0.01, nTrain: 256, nTest: 256 });
    shallow!.forEach((s, i) => record(`seed ${i}: error shallow / deep`, `${s.testError.toPrecision(3)} / ${deep![i]!.testError.toPrecision(3)}`));
    judge.mean({ label: 'log(test error shallow-wide / deep-narrow)', samples: shallow!.map((s, i) => Math.log(s.testError / deep![i]!.testError)), asserted: 0 });
  },
});

export const widthSetsPatches = defineClaim({
  id: 'depth-vs-width/width-sets-the-number-of-patches',
  source: { file, quote: '隐藏层的宽度直接决定了可用于构建这些“面片”的神经元数量' },
  statement: 'The hidden-layer width directly determines how many linear patches a shallow network can build.',
  reading: 'One hidden layer, 1-D input, width m = 1..40, weights and biases N(0, 1): each unit adds one kink, so the net has exactly m + 1 linear pieces (its kinks are distinct with probability 1). Counted exactly: activation regions and output pieces (distinct slopes). Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('piece counts are integers'),
  correction: () => '（实测单隐层网络的线性片段数不等于宽度加一。）',
  cases: () => fc.record({ m: fc.integer({ min: 1, max: 40 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ m, seed }, { tf, judge }) => {
    const mlp = buildMlp(tf, { sizes: [1, m, 1], activation: 'relu', weightVariance: () => 1, biasVariance: 1, seed });
    const count = (() => { try { return countLinearRegions(mlpToArrays(mlp)); } finally { mlp.dispose(); } })();
    judge.value({ label: 'activation regions', measured: count.regions, asserted: m + 1 });
    judge.value({ label: 'output pieces', measured: outputKinks(count).length + 1, asserted: m + 1 });
  },
});

export const widerMorePrecise = defineClaim({
  id: 'depth-vs-width/wider-shallow-net-finer-and-more-precise',
  source: { file, quote: '在浅层架构中，增加宽度允许网络对输入空间进行更精细的划分，从而能够以更高的精度逼近[目标函数](@entry_id:267263)' },
  statement: 'In a shallow network, more width gives a finer partition of the input and hence a more precise approximation.',
  reading: 'Random smooth targets on [0, 1] (a few low-frequency sines); one-hidden-layer ReLU interpolants at width m and 2m (m = 2..128): the wider one has more pieces (regions counted exactly) and a smaller sup error (grid of 4001 points). Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('an ordering of two numbers is a yes/no fact'),
  correction: () => '（实测加宽后误差并未减小。）',
  cases: () => fc.record({ m: fc.integer({ min: 2, max: 128 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ m, seed }, { judge }) => {
    const f = randomSmoothTarget(seed);
    const [a, b] = [reluInterpolant(f, m), reluInterpolant(f, 2 * m)];
    judge.holds({ label: 'width 2m has more regions than width m', holds: countLinearRegions(b).regions > countLinearRegions(a).regions });
    judge.holds({ label: 'width 2m has a smaller sup error than width m', holds: supDistance(f, asFunction(b), 0, 1, GRID) < supDistance(f, asFunction(a), 0, 1, GRID) });
  },
});

// Review #8 names the smooth activations the optimal shallow rate assumes, and turns the second clause:
// for ReLU nets depth does gain exponentially on x^2 (Yarotsky 2017). The choice slots read which the text says.
const SMOOTH_ACTIVATION = '理论表明（使用光滑激活函数的）';
const shallowQuote = `{act:理论表明|${SMOOTH_ACTIVATION}}浅而宽的网络可以达到最优的近似率`;
const RELU_DEPTH_GAINS = '；但对 ReLU 网络，深度对某些光滑函数（如 $x^2$）仍能';
const depthQuote = `{but:，而深度并不能|${RELU_DEPTH_GAINS}}带来指数级的优势`;
const smoothLead = '对于这类[光滑函数](@entry_id:267124)，';
// Softplus of sharpness beta stays within log(2)/beta of ReLU: beta = 1000 m^2 keeps the smooth net's
// distance from the ReLU interpolant far below the m^-2 error being measured.
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
function smoothedOneHidden(net: ReturnType<typeof reluInterpolant>, beta: number): Fn {
  const [w1, w2] = net.weights as [readonly (readonly number[])[], readonly (readonly number[])[]];
  const [b1, b2] = net.biases as [readonly number[], readonly number[]];
  return (x) => b1.reduce((y, b, j) => y + w2[j]![0]! * softplus(beta * (x * w1[0]![j]! + b)) / beta, b2[0]!);
}

export const shallowOptimalRate = defineClaim({
  id: 'depth-vs-width/smooth-shallow-reaches-optimal-rate',
  source: { file, quote: shallowQuote },
  statement: 'For smooth targets, shallow and wide networks reach the optimal approximation rate, with the activations the text names (as it says it: {act}; 使用光滑激活函数的: smooth ones).',
  reading: 'The optimal rate for targets with two bounded derivatives in one dimension, for methods whose parameters depend continuously on the target, is error ~ m^(-s/d) = m^-2 in the number of units m. Measured: the slope of log sup error against log m for one-hidden-layer ReLU interpolants of random smooth targets on [0, 1], m = 16..512 (least-squares fit over 6 widths, error on a grid of 8 m points, which contains every knot and 7 points between neighbours). Where the text says the shallow nets use smooth activations (使用光滑激活函数的), each interpolant\'s ReLU units become softplus units of sharpness 1000 m^2, the same weights: a smooth-activation net that stays within log(2)/(1000 m^2) per unit of the ReLU interpolant (at most grid points equal to it in float64), so this shows that smooth-activation nets reach the rate the ReLU construction does, not a rate of their own construction. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(0.15, 'tells the rate m^-2 from m^-1.5 or m^-2.5; least-squares slopes over a factor 32 in m are steady to about 0.05'),
  correction: (e) => `（实测浅层网络的误差按 m^${e.observations[0]?.measured?.toFixed(2)} 衰减。）`,
  cases: () => fc.record({ seed: fc.nat() }),
  runs: { quick: 5, standard: 20, full: 50 },
  check: ({ seed }, { judge, slots }) => {
    const f = randomSmoothTarget(seed);
    const ms = [16, 32, 64, 128, 256, 512];
    const smooth = slots.choice('act') === SMOOTH_ACTIVATION;
    const net = (m: number) => (smooth ? smoothedOneHidden(reluInterpolant(f, m), 1000 * m * m) : asFunction(reluInterpolant(f, m)));
    const pts = ms.map((m) => [Math.log(m), Math.log(supDistance(f, net(m), 0, 1, 8 * m))] as const);
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const slope = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    judge.value({ label: 'slope of log error against log width', measured: slope, asserted: -2 });
  },
});

const noExponentialTolerance = relative(0.25, 'polynomial advantages give per-level factors near 1 at k = 11 (k^2 gives 1.19); an exponential advantage keeps a constant factor well above 1.25');
const noExponentialBand = noExponentialTolerance.band(1);

export const noExponentialDepthAdvantage = defineClaim({
  id: 'depth-vs-width/smooth-no-exponential-depth-advantage',
  source: { file, quote: depthQuote },
  statement: 'For smooth targets, what the text says of depth\'s exponential advantage over a shallow network: "{but}带来指数级的优势" (，而深度并不能: depth brings none; ；但对 ReLU 网络…仍能: for ReLU nets depth still brings one on some smooth functions such as x^2).',
  reading: 'Target x^2 on [0, 1], smooth and with no compositional structure in its definition. Deep: Yarotsky\'s width-3 depth-k ReLU net x - sum_{s<=k} tent^s(x)/4^s; its sup error e_k is measured on a dyadic grid and its parameters counted. Shallow: a width-m net has at most m + 1 pieces, so its sup error on x^2 is at least 1/(8 (m+1)^2) (depth-vs-width/width-is-what-buys-precision); reaching e_k needs m >= 1/sqrt(8 e_k) - 1 units, 3m + 1 parameters. Advantage A(k) = shallow minimum / deep parameters. No exponential advantage means A grows at most polynomially in log(1/e), i.e. its growth factor per halving level A(k+1)/A(k) tends to 1; measured at k = 11 -> 12. Where the text says instead that for ReLU nets depth does bring an exponential advantage on some smooth functions such as x^2, the factor must lie above the band (a constant factor per level).',
  kind: 'exact',
  scope: 'forall',
  tolerance: noExponentialTolerance,
  // The optimal shallow rate holds for smooth activations; for ReLU nets depth gains exponentially on x^2 (Yarotsky 2017). The referee's edit (review #8).
  correction: (e) => ({ replace: {
    span: smoothLead + writeQuote(shallowQuote, {}, { act: '理论表明' }) + writeQuote(depthQuote, e.slots.values),
    text: smoothLead + writeQuote(shallowQuote, {}, { act: SMOOTH_ACTIVATION }) + writeQuote(depthQuote, e.slots.values, { but: RELU_DEPTH_GAINS }),
  } }),
  check: ({ judge, record, slots }) => {
    const adv = (k: number) => {
      const net = yarotskySquareNet(k);
      const n = 2 ** (k + 3);
      let e = 0;
      for (let i = 0; i <= n; i++) { const x = i / n; e = Math.max(e, Math.abs(evalPlainNet(net, x) - x * x)); }
      const deepParams = denseParamCount([1, ...Array<number>(k).fill(3), 1]);
      const m = Math.max(1, Math.ceil(1 / Math.sqrt(8 * e) - 1));
      record(`k = ${k}: error / deep params / shallow min params`, `${e.toExponential(3)} / ${deepParams} / ${3 * m + 1}`);
      return (3 * m + 1) / deepParams;
    };
    const [a11, a12] = [adv(11), adv(12)];
    if (slots.choice('but') === RELU_DEPTH_GAINS) {
      judge.holds({ label: 'the depth advantage grows by a constant factor per level, A(12)/A(11) above the band', holds: a12 / a11 > noExponentialBand[1], values: { factor: a12 / a11 } });
      return;
    }
    judge.value({ label: 'growth of the depth advantage per level, A(12)/A(11)', measured: a12 / a11, asserted: 1 });
  },
});

// § 深度的幻象与激活的火花
// The text: a neuron is a weighted sum and an activation; stacked linear layers collapse to one;
// nonlinearity is what makes depth worth having; ReLU's derivative is 1 or 0, so a unit that only
// ever sees negative input gets no gradient and never changes ("dies"); Leaky ReLU and ELU keep the
// derivative nonzero. How we test it: tf.layers and plain-tensor MLPs, tfjs autodiff against the chain
// rule written out in float64, exact region counts, and small gradient-descent runs that watch every
// hidden unit on the whole training set. What would refute it: a nonzero gradient through a dead unit,
// a dead unit that moves or comes back, a zero derivative where the text promises none.
import * as fc from 'fast-check';
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { absolute, atLeast, defineClaim, exactly, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { buildMlp, forward, mlpToArrays, type Mlp } from '../../src/nets/base/mlp.js';
import { activate, type Activation } from '../../src/nets/base/activations.js';
import { absoluteForward, composeAffine } from '../../src/nets/build/compose-affine.js';
import { subSeed } from '../../src/random/seeds.js';
import { countLinearRegions, outputKinks } from '../../src/nets/regions/linear-regions.js';
import { sawtoothNet } from '../../src/nets/regions/sawtooth.js';
import { fitMlp, mlpMse, scoredFinalLoss } from '../../src/nets/train/train.js';
import { activationDerivative, forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { deadUnitRun, type DeadUnitRun } from '../../src/nets/experiments/dead-unit-run.js';
import { gradientNorms } from '../../src/nets/probe/gradient-norms.js';
import { Matrix, solve } from 'ml-matrix';

const file = 'deep-feedforward-networks.md';
const outside = (e: EvidenceView) => e.observations.find((o) => o.outcome === 'outside') ?? e.observations[0]!;
const scalarOf = (tf: CheckContext['tf'], f: () => Tensor): number => tf.tidy(() => f().dataSync()[0]!);

export const neuronWeightedSum = defineClaim({
  id: 'deep-feedforward-networks/neuron-weighted-sum',
  source: { file, quote: '将它们与一组“权重”（重要性的度量）相乘，然后求和，最后做出一个决定' },
  statement: 'An artificial neuron multiplies its inputs by weights, sums them, and hands the sum to an activation that decides whether it fires.',
  reading: 'The neuron as a deep-learning library implements it: one unit of tf.layers.dense (with its bias, the usual form) must compute phi(sum_i w_i x_i + b). We read the unit\'s weights back, recompute the weighted sum in float64 and compare outputs for relu, tanh and linear units (1..32 inputs, 16 N(0, I) inputs each); for relu units the "decision" is checked as: the unit fires (output > 0) exactly when the weighted sum is positive (sums within float32 rounding of 0 are skipped).',
  kind: 'exact',
  tolerance: absolute(1e-5, 'float32 rounding of a sum of at most 33 terms stays below 33 * 2^-24 = 2e-6 of the sum of the terms\' magnitudes; 1e-5 of that scale leaves room while any other formula errs by order 1'),
  correction: (e) => `一个${outside(e).where.activation}神经元的输出与 phi(Σ w_i x_i + b) 相差 ${outside(e).measured?.toPrecision(3)}（相对量级）。`,
  cases: () => fc.record({ inputs: fc.integer({ min: 1, max: 32 }), activation: fc.constantFrom('relu', 'tanh', 'linear'), seed: fc.nat() }),
  runs: { quick: 6, standard: 20, full: 60 },
  check: ({ inputs, activation, seed }, { tf, judge }) => {
    const dense = tf.layers.dense({ units: 1, activation: activation as 'relu' | 'tanh' | 'linear', inputShape: [inputs], kernelInitializer: tf.initializers.randomNormal({ mean: 0, stddev: 1, seed }), biasInitializer: tf.initializers.randomNormal({ mean: 0, stddev: 1, seed: seed + 1 }) });
    const model = tf.sequential({ layers: [dense] });
    const x = tf.randomNormal([16, inputs], 0, 1, 'float32', subSeed(seed, 3)) as Tensor2D;
    try {
      const out = tf.tidy(() => (model.predict(x) as Tensor2D).dataSync());
      const [kernel, bias] = dense.getWeights().map((t) => Array.from(t.dataSync()));
      const xs = x.arraySync();
      const phi = (s: number) => (activation === 'relu' ? Math.max(0, s) : activation === 'tanh' ? Math.tanh(s) : s);
      let worst = 0;
      let decisions = true;
      xs.forEach((row, r) => {
        const s = row.reduce((acc, v, i) => acc + v * kernel![i]!, bias![0]!);
        const scale = row.reduce((acc, v, i) => acc + Math.abs(v * kernel![i]!), Math.abs(bias![0]!));
        worst = Math.max(worst, Math.abs(out[r]! - phi(s)) / scale);
        if (activation === 'relu' && Math.abs(s) > 1e-5 * scale) decisions &&= (out[r]! > 0) === (s > 0);
      });
      judge.value({ label: 'max |dense unit - phi(sum w x + b)| / sum |w x| + |b|', measured: worst, asserted: 0 });
      if (activation === 'relu') judge.holds({ label: 'a relu unit fires exactly when its weighted sum is positive', holds: decisions });
    } finally {
      x.dispose();
      model.dispose();
    }
  },
});

const layerQuote = '每一层只是执行一个线性变换（与权重矩阵 $W$ 相乘并加上偏置 $b$）';
const layerStatement = 'A layer with the identity activation, x -> xW + b, performs a linear transformation.';
const layerCases = () => fc.record({ fanIn: fc.integer({ min: 1, max: 16 }), fanOut: fc.integer({ min: 1, max: 16 }), seed: fc.nat() });
const layerTolerance = absolute(1e-4, 'an exactly additive map errs only by float32 rounding, below 1e-5 of the magnitude scale for 16-term sums; a map that is not additive misses by order 1 of that scale');
// max |f(x + y) - f(x) - f(y)| / (|x||W| + |y||W| + |b|) for a single affine layer, with or without f(0) subtracted.
function additivityDefect(tf: CheckContext['tf'], c: { fanIn: number; fanOut: number; seed: number }, centred: boolean): number {
  const mlp = buildMlp(tf, { sizes: [c.fanIn, c.fanOut], activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 1, seed: c.seed });
  try {
    return scalarOf(tf, () => {
      const x = tf.randomNormal([8, c.fanIn], 0, 1, 'float32', subSeed(c.seed, 5)) as Tensor2D;
      const y = tf.randomNormal([8, c.fanIn], 0, 1, 'float32', subSeed(c.seed, 6)) as Tensor2D;
      const f0 = forward(tf, mlp, tf.zeros([1, c.fanIn]) as Tensor2D);
      const f = (v: Tensor2D) => (centred ? tf.sub(forward(tf, mlp, v), f0) : forward(tf, mlp, v));
      const defect = tf.abs(tf.sub(f(tf.add(x, y) as Tensor2D), tf.add(f(x), f(y))));
      const scale = tf.add(tf.add(absoluteForward(tf, mlp, x), absoluteForward(tf, mlp, y)), tf.abs(f0));
      return tf.max(tf.div(defect, scale));
    });
  } finally {
    mlp.dispose();
  }
}

export const layerIsLinearStrict = defineClaim({
  id: 'deep-feedforward-networks/identity-layer-linear-reading-a',
  alternativeOf: 'deep-feedforward-networks/identity-layer-linear-reading-b',
  source: { file, quote: layerQuote },
  statement: layerStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/identity-layer-linear-reading-b): "linear transformation" in the strict sense of linear algebra, f(x + y) = f(x) + f(y). Layers x -> xW + b with W ~ N(0, 1/fan_in) and b ~ N(0, 1) (the sentence itself includes the bias); measured: the largest additivity defect |f(x + y) - f(x) - f(y)| over 8 pairs of N(0, I) inputs, relative to the magnitude scale |x||W| + |y||W| + |b|.',
  kind: 'exact',
  tolerance: layerTolerance,
  correction: () => '每一层只是执行一个仿射变换（与权重矩阵 $W$ 相乘并加上偏置 $b$；当 $b \\neq 0$ 时它不是线性变换）',
  cases: layerCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max additivity defect |f(x+y) - f(x) - f(y)| / scale', measured: additivityDefect(tf, c, false), asserted: 0 });
  },
});

export const layerIsAffine = defineClaim({
  id: 'deep-feedforward-networks/identity-layer-linear-reading-b',
  primary: { why: 'the sentence itself includes adding the bias b (并加上偏置 b), so 线性变换 is used in the sense of an affine map' },
  source: { file, quote: layerQuote },
  statement: layerStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/identity-layer-linear-reading-a): "linear" in the loose sense of affine, i.e. f(x) - f(0) is linear. Same layers and inputs as reading A; measured: the additivity defect of g(x) = f(x) - f(0).',
  kind: 'exact',
  tolerance: layerTolerance,
  correction: (e) => `x -> xW + b 减去 f(0) 后仍不满足可加性，相对误差 ${outside(e).measured?.toPrecision(3)}`,
  cases: layerCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max additivity defect of f(x) - f(0)', measured: additivityDefect(tf, c, true), asserted: 0 });
  },
});

export const compositionIsLinear = defineClaim({
  id: 'deep-feedforward-networks/composition-of-linear-maps-is-linear',
  source: { file, quote: '如果你将一个线性变换与另一个、再一个复合起来，结果仍然只是一个单一、更复杂的[线性变换](@article_id:376365)' },
  statement: 'Composing linear transformations, however many, gives a single linear transformation.',
  reading: 'Bias-free layers x -> xW_l (the strict linear case; the affine case with biases is deep-feedforward-networks/deep-linear-is-affine), depth 1..10, widths 1..16, W ~ N(0, 1/fan_in). Measured directly on the composed network, without folding it: the superposition defect |f(ax + by) - a f(x) - b f(y)| for scalars a, b in [-3, 3] and 8 pairs of N(0, I) inputs, relative to the magnitude scale |a||x||W_1|...|W_L| + |b||y||W_1|...|W_L|. The words "more complex" are not tested (the single map has rank at most the narrowest width).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'an exactly linear map errs only by float32 rounding: at most 10 products of inner dimension <= 16 give about 2*10*16*2^-24 = 2e-5 of the magnitude scale; a nonlinear map errs by order 1'),
  correction: (e) => `多个线性变换的复合不满足叠加原理：宽度 ${outside(e).where.widths} 时误差 ${outside(e).measured?.toPrecision(3)}`,
  cases: () => fc.record({
    widths: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 11 }).map((ws) => ws.join('-')),
    a: fc.double({ min: -3, max: 3, noNaN: true }),
    b: fc.double({ min: -3, max: 3, noNaN: true }),
    seed: fc.nat(),
  }),
  runs: { quick: 12, standard: 50, full: 200 },
  check: ({ widths, a, b, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'linear', weightVariance: (n) => 1 / n, seed });
    try {
      const defect = scalarOf(tf, () => {
        const x = tf.randomNormal([8, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
        const y = tf.randomNormal([8, sizes[0]!], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
        const lhs = forward(tf, mlp, tf.add(tf.mul(x, a), tf.mul(y, b)) as Tensor2D);
        const rhs = tf.add(tf.mul(forward(tf, mlp, x), a), tf.mul(forward(tf, mlp, y), b));
        const scale = tf.add(tf.mul(absoluteForward(tf, mlp, x), Math.abs(a)), tf.mul(absoluteForward(tf, mlp, y), Math.abs(b)));
        return tf.max(tf.div(tf.abs(tf.sub(lhs, rhs)), tf.add(scale, 1e-30)));
      });
      judge.value({ label: 'superposition defect / magnitude scale', measured: defect, asserted: 0, where: { depth: sizes.length - 1 } });
    } finally {
      mlp.dispose();
    }
  },
});

export const deepLinearIsAffine = defineClaim({
  id: 'deep-feedforward-networks/deep-linear-is-affine',
  source: { file: 'deep-feedforward-networks.md', quote: '一个深度线性网络，无论它有多少层，在数学上都等价于一个只有单层的浅层网络' },
  statement: 'A network of affine layers with identity activations, of any depth and widths, computes exactly the same function as one affine layer x -> xW + b.',
  reading: 'Layers x -> xW_l + b_l with biases (the text says each layer multiplies by W and adds b), W_l ~ N(0, 1/fan_in), b_l ~ N(0, 1). The single layer is W = W_1...W_L, b = (...(b_1 W_2 + b_2)...)W_L + b_L, computed in tfjs. Measured: over 16 N(0, I) inputs, the largest entry of |deep(x) - (xW + b)| divided by the same entry of the absolute-value network |x||W_1| + |b_1|, ... (the scale float32 rounding errors are bounded by). Widths include the bottleneck case (a width-1 layer): the claim is about equal functions, not equal rank.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'the maps are equal in exact arithmetic; in float32 (u = 2^-24) each of at most 9 products of inner dimension at most 17 errs by at most k*u times the absolute-value network, about 2*9*17*u = 1.8e-5 in the worst case for both paths together; 1e-4 leaves room for summation order, while a map that is not affine errs by order 1'),
  correction: (e) => {
    const o = e.observations.find((x) => x.outcome === 'outside');
    return `A deep linear network is not always equivalent to a single layer: widths ${e.counterexample?.widths ?? o?.where.widths} differ from the folded map by ${o?.measured?.toPrecision(3)} of the output scale.`;
  },
  cases: () => fc.record({
    widths: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 9 }).map((ws) => ws.join('-')),
    seed: fc.nat(),
  }),
  runs: { quick: 30, standard: 150, full: 600 },
  check: ({ widths, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 1, seed });
    const { W, b } = composeAffine(tf, mlp);
    try {
      const err = tf.tidy(() => {
        const x = tf.randomNormal([16, sizes[0]!], 0, 1, 'float32', subSeed(seed, 77)) as Tensor2D;
        const diff = tf.abs(tf.sub(forward(tf, mlp, x), tf.add(tf.matMul(x, W), b)));
        return tf.max(tf.div(diff, absoluteForward(tf, mlp, x))).dataSync()[0]!;
      });
      judge.value({ label: 'max |deep(x) - (xW + b)| / absolute-value scale', measured: err, asserted: 0, where: { depth: sizes.length - 1 } });
    } finally {
      tf.dispose([W, b]);
      mlp.dispose();
    }
  },
});

export const nonlinearityIsThePoint = defineClaim({
  id: 'deep-feedforward-networks/nonlinearity-is-the-point',
  source: { file, quote: '非线性不是一个细节，而是全部的意义所在' },
  statement: 'Nonlinearity is not a detail but the whole point.',
  kind: 'not-checkable',
  reason: 'An emphatic judgement of importance ("the whole point"), not a statement with a truth value. Its measurable content is checked by the neighbouring claims: deep linear nets collapse to one layer (deep-linear-is-affine), nonlinear layers build ever more complex functions with depth (nonlinearity-builds-complexity), and without nonlinearity depth buys no fit (depth-meaningless-without-nonlinearity).',
});

export const nonlinearityBuildsComplexity = defineClaim({
  id: 'deep-feedforward-networks/nonlinearity-builds-complexity',
  source: { file, quote: '打破了线性的锁链，使得网络能够构建出日益复杂的表示' },
  statement: 'With a nonlinear activation, adding layers lets a network build ever more complex functions.',
  reading: 'Complexity of a 1-D function = number of linear pieces of the output (slope changes counted exactly on the whole real line, float64). "Enables" is an existence statement: we build the tent-map composition (width-2 ReLU layers, src/nets/regions/sawtooth.ts, Telgarsky) at depths L = 1..12 and check that its count of output kinks strictly increases with every layer added; a linear network of any depth has none (deep-linear-is-affine).',
  kind: 'exact',
  tolerance: exactly('kink counts are integers; the ordering is strict'),
  correction: (e) => `在深度 ${outside(e).where.depth} 处增加一层并未增加输出的线性片段数`,
  check: ({ judge, record }) => {
    const kinks = Array.from({ length: 12 }, (_, i) => outputKinks(countLinearRegions(sawtoothNet(i + 1, 2))).length);
    record('output kinks by depth 1..12', kinks.join(', '));
    kinks.slice(1).forEach((k, i) => judge.holds({ label: 'one more ReLU layer gives more linear pieces', holds: k > kinks[i]!, values: { before: kinks[i]!, after: k }, where: { depth: i + 2 } }));
  },
});

export const depthMeaninglessWithoutNonlinearity = defineClaim({
  id: 'deep-feedforward-networks/depth-meaningless-without-nonlinearity',
  source: { file, quote: '没有它，深度就毫无意义' },
  statement: 'Without nonlinearity, depth is meaningless.',
  reading: 'Depth buys nothing a single affine layer cannot do: deep linear networks (2 and 6 hidden layers of width 16, with biases), trained by Adam (lr 0.01, full batch) on a nonlinear target y = sin(2 x_1) + x_2 x_3 + |x_4| over 256 N(0, I) inputs in R^4, cannot reach a lower mean squared error than the exact least-squares affine fit (float64, ml-matrix). Measured: MSE(deep linear) / MSE(best affine).',
  kind: 'experiment',
  tolerance: atLeast(1e-3, 'the best affine fit is a floor no linear network can go under; 1e-3 allows for the float32 rounding of the trained net\'s loss'),
  correction: (e) => `深度线性网络的训练误差低于最佳仿射拟合（比值 ${outside(e).measured?.toPrecision(4)}），深度并非毫无意义`,
  check: ({ tf, judge, record, scale, seed }) => {
    const steps = scale({ quick: 150, standard: 600, full: 1500 });
    record('Adam steps', steps);
    const x = tf.randomNormal([256, 4], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const y = tf.tidy(() => {
      const [a, b, c, d] = tf.split(x, 4, 1) as Tensor2D[];
      return tf.addN([tf.sin(tf.mul(a!, 2)), tf.mul(b!, c!), tf.abs(d!)]) as Tensor2D;
    });
    try {
      const xs = x.arraySync().map((r) => [...r, 1]);
      const ys = y.arraySync();
      const beta = solve(new Matrix(xs), new Matrix(ys));
      const pred = new Matrix(xs).mmul(beta).to1DArray();
      const ols = pred.reduce((s, p, i) => s + (p - ys[i]![0]!) ** 2, 0) / pred.length;
      record('best affine MSE (float64 least squares)', ols);
      for (const hidden of [2, 6]) {
        const mlp = buildMlp(tf, { sizes: [4, ...Array<number>(hidden).fill(16), 1], activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 0.01, seed: subSeed(seed, hidden) });
        const fit = fitMlp(tf, mlp, { x, y }, { steps, learningRate: 0.01, optimizer: 'adam' });
        const mse = fit.losses[fit.losses.length - 1]!;
        fit.mlp.dispose();
        mlp.dispose();
        judge.value({ label: 'MSE(deep linear) / MSE(best affine)', measured: mse / ols, asserted: 1, where: { hidden } });
      }
    } finally {
      tf.dispose([x, y]);
    }
  },
});

export const tanhEarlyChoice = defineClaim({
  id: 'deep-feedforward-networks/tanh-early-popular-choice',
  source: { file, quote: '一个早期的流行选择' },
  statement: 'The hyperbolic tangent was an early popular choice of activation.',
  kind: 'not-checkable',
  reason: 'A statement about the history of practice (what was popular, and when); it is a matter of the literature, and no computation on networks reaches it.',
});

// Values and first derivatives (tfjs autodiff) of an activation on a float32 grid, and second derivatives
// as central differences of the autodiff derivative with step h (tfjs has no second-order gradient of these kernels).
function derivativesOnGrid(tf: CheckContext['tf'], f: (z: Tensor) => Tensor, zs: number[], h = 1e-3): { y: number[]; d1: number[]; d2: number[] } {
  return tf.tidy(() => {
    const z = tf.tensor1d(zs);
    const g1 = tf.grad((t: Tensor) => tf.sum(f(t)));
    const d2 = tf.div(tf.sub(g1(tf.add(z, h)), g1(tf.sub(z, h))), 2 * h);
    return { y: Array.from(f(z).dataSync()), d1: Array.from(g1(z).dataSync()), d2: Array.from(d2.dataSync()) };
  });
}
const grid = (lo: number, hi: number, n: number) => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);

export const tanhSmoothSigmoid = defineClaim({
  id: 'deep-feedforward-networks/tanh-smooth-s-shaped',
  source: { file, quote: '平滑的S形[双曲正切函数](@article_id:638603) $\\tanh(z)$' },
  statement: 'tanh is a smooth, S-shaped function.',
  reading: 'Checked on a grid of 4001 points of [-10, 10] with tfjs (values and first derivatives by autodiff, second derivatives as central differences of the autodiff derivative, h = 1e-3): odd; nondecreasing everywhere and strictly increasing on [-5, 5] (beyond |z| = 9 float32 rounds tanh to +-1); bounded by 1; S-shaped = positive derivative with its single maximum at 0 and one inflection point: convex (tanh\'\' > 0) for z < 0, concave for z > 0, on the grid points with |z| in [0.01, 5]; smooth = the derivative changes between grid neighbours by at most max|tanh\'\'| * step (tanh\'\' is bounded by 4/(3 sqrt 3) = 0.77).',
  kind: 'exact',
  tolerance: exactly('each property is a yes/no fact about computed values'),
  correction: (e) => `tanh 不满足：${outside(e).label}`,
  check: ({ tf, judge }) => {
    const zs = grid(-10, 10, 4000);
    const { y, d1, d2 } = derivativesOnGrid(tf, (t) => tf.tanh(t), zs);
    const step = 20 / 4000;
    const idx = zs.map((_, i) => i);
    judge.holds({ label: 'odd: tanh(-z) = -tanh(z)', holds: idx.every((i) => y[i] === -y[4000 - i]!) });
    judge.holds({ label: 'nondecreasing on [-10, 10]', holds: idx.slice(1).every((i) => y[i]! >= y[i - 1]!) });
    judge.holds({ label: 'strictly increasing on [-5, 5]', holds: idx.slice(1).filter((i) => Math.abs(zs[i]!) <= 5 && Math.abs(zs[i - 1]!) <= 5).every((i) => y[i]! > y[i - 1]!) });
    judge.holds({ label: 'bounded: |tanh(z)| <= 1', holds: y.every((v) => Math.abs(v) <= 1) });
    const peak = d1.indexOf(Math.max(...d1));
    judge.holds({ label: 'derivative positive on [-5, 5] with its maximum at z = 0', holds: Math.abs(zs[peak]!) < step && idx.filter((i) => Math.abs(zs[i]!) <= 5).every((i) => d1[i]! > 0) });
    judge.holds({ label: 'one inflection point: convex for z < 0, concave for z > 0', holds: idx.filter((i) => Math.abs(zs[i]!) >= 0.01 && Math.abs(zs[i]!) <= 5).every((i) => Math.sign(d2[i]!) === -Math.sign(zs[i]!)) });
    judge.holds({ label: 'smooth: continuous derivative (|tanh\'(z+h) - tanh\'(z)| <= 0.77 h + 1e-6)', holds: idx.slice(1).every((i) => Math.abs(d1[i]! - d1[i - 1]!) <= 0.77 * step + 1e-6) });
  },
});

export const reluWorkhorse = defineClaim({
  id: 'deep-feedforward-networks/relu-workhorse-of-modern-deep-learning',
  source: { file, quote: '已成为现代深度学习的主力' },
  statement: 'ReLU has become the workhorse of modern deep learning.',
  kind: 'not-checkable',
  reason: 'A statement about current practice (which activation most practitioners use); it is a matter of surveys of the literature and code, and no computation on networks reaches it.',
});

export const reluSimpler = defineClaim({
  id: 'deep-feedforward-networks/relu-simpler-than-tanh',
  source: { file, quote: '但一个更简单' },
  statement: 'ReLU is a simpler function than tanh.',
  reading: '"Simpler" read as piecewise linear: ReLU\'s second derivative (central difference, h = 1e-3, of its tfjs autodiff derivative) is 0 at every grid point of [-10, 10] with |z| > h (two linear pieces), while tanh\'s is nonzero (|tanh\'\'| > 1e-6) at every grid point with 0.01 <= |z| <= 5, so tanh has no linear piece at all. "More powerful" is tested by deep-feedforward-networks/relu-trains-deep-nets-better.',
  kind: 'exact',
  tolerance: exactly('yes/no facts about computed derivatives'),
  correction: (e) => `ReLU 并非分段线性：${outside(e).label}`,
  check: ({ tf, judge }) => {
    const zs = grid(-10, 10, 2000).filter((z) => Math.abs(z) > 2e-3);
    const relu = derivativesOnGrid(tf, (t) => tf.relu(t), zs);
    const tanh = derivativesOnGrid(tf, (t) => tf.tanh(t), zs);
    judge.holds({ label: 'relu\'\' = 0 everywhere off z = 0', holds: relu.d2.every((v) => v === 0) });
    judge.holds({ label: 'relu\' takes only the values 0 and 1', holds: relu.d1.every((v) => v === 0 || v === 1) });
    judge.holds({ label: 'tanh\'\' != 0 wherever 0.01 <= |z| <= 5 (no linear piece)', holds: zs.every((z, i) => Math.abs(z) < 0.01 || Math.abs(z) > 5 || Math.abs(tanh.d2[i]!) > 1e-6) });
  },
});

// A fixed regression task: 8-D N(0, I) inputs, y = sin(2 x.u) cos(x.v) for seeded unit directions u, v.
function regressionTask(tf: CheckContext['tf'], examples: number, seed: number): { x: Tensor2D; y: Tensor2D } {
  return tf.tidy(() => {
    const x = tf.randomNormal([examples, 8], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const u = tf.randomNormal([8, 2], 0, 1 / Math.sqrt(8), 'float32', subSeed(seed, 2)) as Tensor2D;
    const [p, q] = tf.split(tf.matMul(x, u), 2, 1) as Tensor2D[];
    return { x, y: tf.mul(tf.sin(tf.mul(p!, 2)), tf.cos(q!)) as Tensor2D };
  });
}

export const reluTrainsBetter = defineClaim({
  id: 'deep-feedforward-networks/relu-trains-deep-nets-better',
  source: { file, quote: '且在许多方面更强大' },
  statement: 'ReLU is in many respects more powerful than tanh.',
  reading: '"More powerful" read as: deep networks built with it train better. For each seed, a ReLU MLP with He init (Var = 2/n) and a tanh MLP with Xavier init (Var = 1/n), each 6 hidden layers of width 32 with biases, are trained identically (full-batch gradient descent, lr 0.05, 256 examples, the same number of steps) on the same regression task (8-D inputs, y = sin(2 x.u) cos(x.v)). Sample per seed: final training MSE(tanh) / MSE(relu); supported if the geometric mean\'s interval lies above 1. A run whose loss became non-finite learned nothing and is scored at its initial loss (added after standard-budget seeds 2 and 3 ended in error on a NaN loss, which the log-scale interval cannot take; the band is unchanged).',
  kind: 'experiment',
  tolerance: atLeast(0, 'the sentence asserts an ordering: the tanh-to-ReLU loss ratio must be above 1'),
  correction: (e) => `在同样的训练下，深层ReLU网络并不比tanh网络训练得更好（损失比 tanh/ReLU = ${outside(e).measured?.toPrecision(3)}）`,
  check: ({ tf, judge, record, scale, seed }) => {
    const [seeds, steps] = [scale({ quick: 3, standard: 10, full: 20 }), scale({ quick: 60, standard: 200, full: 500 })];
    record('seeds', seeds);
    record('gradient-descent steps', steps);
    const ratios: number[] = [];
    const diverged: string[] = [];
    const draw = (s: number) => {
      const task = regressionTask(tf, 256, subSeed(seed, s));
      const final = (activation: Activation, c: number) => {
        const mlp = buildMlp(tf, { sizes: [8, ...Array<number>(6).fill(32), 1], activation, weightVariance: (n) => c / n, seed: subSeed(seed, 100 + s) });
        const fit = fitMlp(tf, mlp, task, { steps, learningRate: 0.05 });
        fit.mlp.dispose();
        mlp.dispose();
        const scored = scoredFinalLoss(fit.losses);
        if (scored.diverged) diverged.push(`${activation} (seed ${s})`);
        return scored.last;
      };
      ratios.push(final('tanh', 1) / final('relu', 2));
      tf.dispose([task.x, task.y]);
      return ratios[s]!;
    };
    judge.sequential({ label: 'final MSE(tanh, Xavier) / MSE(ReLU, He), depth 6', statistic: 'geometricMean', n: seeds, draw, asserted: 1 });
    record('MSE(tanh) / MSE(relu) per seed', ratios.map((r) => r.toPrecision(3)).join(', '));
    record('runs that diverged (scored at their initial loss)', diverged.join(', ') || 'none');
  },
});

export const reluSilentOrProportional = defineClaim({
  id: 'deep-feedforward-networks/relu-silent-or-proportional',
  source: { file, quote: '如果输入为负，它就保持静默；如果输入为正，其输出与输入成正比' },
  statement: 'ReLU outputs zero for negative inputs and an output proportional to the input for positive inputs.',
  reading: 'tf.relu on generated float32 values (subnormals and extremes included): every negative input gives exactly 0; every positive input z gives exactly z, i.e. proportional with the constant factor 1 (the ratio output/input must be the same, 1, for all of them). Measured: the number of inputs violating either rule.',
  kind: 'exact',
  tolerance: exactly('a count of violations; none is allowed'),
  correction: (e) => `ReLU 在 ${outside(e).measured} 个输入上违背了“负则静默、正则成正比”`,
  cases: () => fc.record({ values: fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 64 }).map((v) => v.join(',')) }),
  runs: { quick: 20, standard: 100, full: 400 },
  check: ({ values }, { tf, judge }) => {
    const z = values.split(',').map(Number);
    const out = tf.tidy(() => Array.from(tf.relu(tf.tensor1d(z)).dataSync()));
    const bad = z.filter((v, i) => (v < 0 && out[i] !== 0) || (v > 0 && out[i]! / Math.fround(v) !== 1)).length;
    judge.value({ label: 'inputs violating relu(z) = 0 (z < 0) or relu(z) = 1 * z (z > 0)', measured: bad, asserted: 0 });
  },
});

// A small float64 MLP pass: forward (z, h per layer) and the chain rule backwards for L = sum(out * r).
function float64Backprop(arrays: { weights: number[][][]; biases: number[][] }, activation: Activation, xs: number[][], r: number[][]): { loss: number; dW: number[][][]; db: number[][] } {
  const L = arrays.weights.length;
  const phi = (z: number) => (activation === 'relu' ? Math.max(0, z) : activation === 'tanh' ? Math.tanh(z) : z);
  const dphi = (z: number) => (activation === 'relu' ? (z > 0 ? 1 : 0) : activation === 'tanh' ? 1 - Math.tanh(z) ** 2 : 1);
  const dW = arrays.weights.map((w) => w.map((row) => row.map(() => 0)));
  const db = arrays.biases.map((b) => b.map(() => 0));
  let loss = 0;
  xs.forEach((x, n) => {
    const hs = [x];
    const zs: number[][] = [];
    for (let l = 0; l < L; l++) {
      const w = arrays.weights[l]!;
      const z = arrays.biases[l]!.map((b, j) => hs[l]!.reduce((s, h, i) => s + h * w[i]![j]!, b));
      zs.push(z);
      hs.push(l === L - 1 ? z : z.map(phi));
    }
    loss += hs[L]!.reduce((s, v, j) => s + v * r[n]![j]!, 0);
    let delta = r[n]!; // dL/dz_L (linear readout)
    for (let l = L - 1; l >= 0; l--) {
      const w = arrays.weights[l]!;
      hs[l]!.forEach((h, i) => delta.forEach((d, j) => { dW[l]![i]![j]! += h * d; }));
      delta.forEach((d, j) => { db[l]![j]! += d; });
      if (l > 0) delta = w.map((row, i) => row.reduce((s, wij, j) => s + wij * delta[j]!, 0) * dphi(zs[l - 1]![i]!));
    }
  });
  return { loss, dW, db };
}

const netCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 6 }).map((ws) => ws.join('-')),
  seed: fc.nat(),
});

export const gradientIsSensitivity = defineClaim({
  id: 'deep-feedforward-networks/gradient-measures-effect-of-small-weight-changes',
  source: { file, quote: '我们通过计算每个权重的微小变化如何影响最终误差来调整网络权重' },
  statement: 'Training adjusts the weights using how a small change of each weight would change the final error.',
  reading: 'The quantity computed (tfjs autodiff of the MSE over 8 examples with respect to all weights and biases) must be the effect of small weight changes: along a random direction u in parameter space, the autodiff directional derivative must equal the float64 central difference (L(theta + h u) - L(theta - h u)) / 2h, h = 1e-6, and so must 3 single-weight partial derivatives; and a small step against it (lr 1e-3) must lower the error. tanh MLPs (smooth, so differences converge) with biases, widths 1..12, depth 1..5. Measured: the largest relative discrepancy (over |derivative| + 1e-3 * |gradient|).',
  kind: 'exact',
  tolerance: absolute(1e-3, 'float32 autodiff carries about 1e-6 relative error and the float64 central difference about h^2 = 1e-12; 1e-3 is far above both, while a gradient of a different quantity misses by order 1'),
  correction: (e) => `自动微分得到的梯度与权重微小变化对误差的影响不一致（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: netCases,
  runs: { quick: 6, standard: 20, full: 80 },
  check: ({ widths, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'tanh', weightVariance: (n) => 1 / n, biasVariance: 0.1, seed });
    const x = tf.randomNormal([8, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const y = tf.randomNormal([8, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
    try {
      const params = [...mlp.weights, ...(mlp.biases as Tensor1D[])];
      const loss = (...ps: Tensor[]) => mlpMse(tf, { ...mlp, weights: ps.slice(0, mlp.weights.length) as Tensor2D[], biases: ps.slice(mlp.weights.length) as Tensor1D[] }, x, y);
      const grads = tf.tidy(() => tf.grads(loss)(params).map((g) => Array.from(g.dataSync())));
      const base = params.map((p) => Array.from(p.dataSync(), Number));
      const xs = x.arraySync();
      const ys = y.arraySync();
      const L = mlp.weights.length;
      const lossAt = (flat: number[][]) => {
        const weights = flat.slice(0, L).map((w, l) => Array.from({ length: sizes[l]! }, (_, i) => w.slice(i * sizes[l + 1]!, (i + 1) * sizes[l + 1]!)));
        let s = 0;
        xs.forEach((row, n) => {
          let h = row;
          for (let l = 0; l < L; l++) {
            const z = flat[L + l]!.map((b, j) => h.reduce((acc, v, i) => acc + v * weights[l]![i]![j]!, b));
            h = l === L - 1 ? z : z.map(Math.tanh);
          }
          h.forEach((v, j) => { s += (v - ys[n]![j]!) ** 2; });
        });
        return s / (xs.length * sizes[L]!);
      };
      const dirs = tf.tidy(() => tf.randomNormal([base.flat().length], 0, 1, 'float32', subSeed(seed, 3)).arraySync() as number[]);
      const gnorm = Math.sqrt(grads.flat().reduce((s, g) => s + g * g, 0));
      const along = (u: number[][]) => {
        const h = 1e-6;
        const shifted = (sign: number) => base.map((p, k) => p.map((v, i) => v + sign * h * u[k]![i]!));
        const fd = (lossAt(shifted(1)) - lossAt(shifted(-1))) / (2 * h);
        const ad = grads.reduce((s, g, k) => s + g.reduce((t, v, i) => t + v * u[k]![i]!, 0), 0);
        const unorm = Math.sqrt(u.flat().reduce((s, v) => s + v * v, 0));
        return Math.abs(fd - ad) / (Math.abs(fd) + 1e-3 * gnorm * unorm);
      };
      let at = 0;
      const random = base.map((p) => p.map(() => dirs[at++]!));
      const worst = Math.max(along(random), ...[0, 1, 2].map((k) => {
        const flatIndex = Math.floor(Math.abs(dirs[k]!) * 1e6) % at;
        let c = 0;
        return along(base.map((p) => p.map(() => (c++ === flatIndex ? 1 : 0))));
      }));
      judge.value({ label: 'max relative |autodiff - finite difference| of the loss derivative', measured: worst, asserted: 0 });
      const stepped = base.map((p, k) => p.map((v, i) => v - 1e-3 * grads[k]![i]!));
      judge.holds({ label: 'a small step against the gradient lowers the error', holds: lossAt(stepped) < lossAt(base), values: { before: lossAt(base), after: lossAt(stepped) } });
    } finally {
      tf.dispose([x, y]);
      mlp.dispose();
    }
  },
});

export const backpropIsChainRule = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-the-chain-rule',
  source: { file, quote: '它本质上是微积分中[链式法则](@article_id:307837)的精细应用' },
  statement: 'Back-propagation is an application of the chain rule of calculus.',
  reading: 'tfjs\'s back-propagated gradients (autodiff of L = sum(output * r) over a batch of 4, with respect to every weight and bias) must equal the chain rule written out by hand in float64: delta_L = r, dL/dW_l = h_{l-1}^T delta_l, dL/db_l = sum delta_l, delta_{l-1} = (delta_l W_l^T) * phi\'(z_{l-1}). ReLU and tanh MLPs with biases, widths 1..12, depth 1..5. Measured: the largest |autodiff - chain rule| over all parameters, relative to the largest |chain rule| entry of the same matrix.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 autodiff against float64: a few hundred products and sums per entry give relative errors near 1e-6; 1e-4 leaves room, a wrong rule misses by order 1'),
  correction: (e) => `tfjs 的反向传播梯度与手写链式法则不一致（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ widths: netCases().map((c) => c.widths), activation: fc.constantFrom('relu', 'tanh'), seed: fc.nat() }),
  runs: { quick: 6, standard: 20, full: 80 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const act = activation as Activation;
    const mlp = buildMlp(tf, { sizes, activation: act, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
    const x = tf.randomNormal([4, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const r = tf.randomNormal([4, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
    try {
      const params = [...mlp.weights, ...(mlp.biases as Tensor1D[])];
      const L = mlp.weights.length;
      const loss = (...ps: Tensor[]) => tf.sum(tf.mul(forward(tf, { ...mlp, weights: ps.slice(0, L) as Tensor2D[], biases: ps.slice(L) as Tensor1D[] }, x), r)) as Scalar;
      const auto = tf.tidy(() => tf.grads(loss)(params).map((g) => Array.from(g.dataSync())));
      const hand = float64Backprop(mlpToArrays(mlp), act, x.arraySync(), r.arraySync());
      const handFlat = [...hand.dW.map((w) => w.flat()), ...hand.db];
      const worst = Math.max(...auto.map((g, k) => {
        const ref = handFlat[k]!;
        const scale = Math.max(1e-30, ...ref.map(Math.abs));
        return Math.max(...g.map((v, i) => Math.abs(v - ref[i]!) / scale));
      }));
      judge.value({ label: 'max |autodiff - hand chain rule| / max |chain rule| per parameter matrix', measured: worst, asserted: 0 });
    } finally {
      tf.dispose([x, r]);
      mlp.dispose();
    }
  },
});

// Forward pass with zero probes added to every pre-activation z_l and every hidden output h_l.
function probedForward(tf: CheckContext['tf'], mlp: Mlp, x: Tensor2D, pz: Tensor[], ph: Tensor[]): Tensor2D {
  let h: Tensor = x;
  mlp.weights.forEach((w, l) => {
    const b = mlp.biases[l];
    let z: Tensor = tf.add(tf.matMul(h as Tensor2D, w), pz[l]!);
    if (b) z = tf.add(z, b);
    h = l === mlp.weights.length - 1 ? z : tf.add(activate(tf, z, mlp.spec.activation, mlp.spec.leakyAlpha), ph[l]!);
  });
  return h as Tensor2D;
}

export const signalTimesDerivative = defineClaim({
  id: 'deep-feedforward-networks/gradient-multiplied-by-activation-derivative',
  source: { file, quote: '在每个[神经元](@article_id:324093)处，它会乘以该[神经元](@article_id:324093)[激活函数](@article_id:302225)的[导数](@article_id:318324)' },
  statement: 'Flowing backwards, the gradient signal is multiplied at each neuron by the derivative of that neuron\'s activation.',
  reading: 'At every hidden neuron and every example, the gradient arriving at its output, dL/dh, and the gradient leaving through its pre-activation, dL/dz, both by tfjs autodiff (zero probes added to h and to z), must satisfy dL/dz = dL/dh * phi\'(z), with phi\' written out by hand. relu, tanh, leakyRelu (alpha 0.1) and elu MLPs with biases, widths 1..12, depth 2..5, 4 examples, L = sum(output * r). Measured: max |dL/dz - dL/dh phi\'(z)| / (max |dL/dh| of the layer).',
  kind: 'exact',
  tolerance: absolute(1e-5, 'one float32 multiplication per entry: the identity holds to 2^-24 relative; 1e-5 allows the hand-written derivative\'s own rounding (tanh, exp)'),
  correction: (e) => `反向传播中 dL/dz 不等于 dL/dh 乘以激活函数导数（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({
    widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 6 }).map((ws) => ws.join('-')),
    activation: fc.constantFrom('relu', 'tanh', 'leakyRelu', 'elu'),
    seed: fc.nat(),
  }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: activation as Activation, leakyAlpha: 0.1, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
    try {
      const worst = scalarOf(tf, () => {
        const x = tf.randomNormal([4, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
        const r = tf.randomNormal([4, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2));
        const L = mlp.weights.length;
        const pz = sizes.slice(1).map((n) => tf.zeros([4, n]));
        const ph = sizes.slice(1, -1).map((n) => tf.zeros([4, n]));
        const grads = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, mlp, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
        const { zs } = forwardTrace(tf, mlp, x);
        const errs = ph.map((_, l) => {
          const [dz, dh] = [grads[l]!, grads[L + l]!];
          const expected = tf.mul(dh, activationDerivative(tf, zs[l]!, activation as Activation, 0.1));
          return tf.div(tf.max(tf.abs(tf.sub(dz, expected))), tf.add(tf.max(tf.abs(dh)), 1e-30));
        });
        return tf.max(tf.stack(errs));
      });
      judge.value({ label: 'max |dL/dz - dL/dh phi\'(z)| / max |dL/dh|', measured: worst, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const reluDerivative = defineClaim({
  id: 'deep-feedforward-networks/relu-derivative-one-or-zero',
  source: { file, quote: '对于ReLU，其[导数](@article_id:318324)在正输入时为 ${positive:number}$，在负输入时为 ${negative:number}$' },
  statement: 'ReLU\'s derivative is {positive} for positive inputs and {negative} for negative inputs.',
  reading: 'Two independent measurements on generated nonzero float32 inputs (subnormals and extremes included): tfjs autodiff of relu, and the float64 central difference (max(0, z + h) - max(0, z - h)) / 2h with h = |z| / 2. Both must give exactly 1 for z > 0 and exactly 0 for z < 0. The value at z = 0 (not asserted) is recorded. Measured: number of inputs where either disagrees.',
  kind: 'exact',
  tolerance: exactly('a count of disagreements; none is allowed'),
  correction: (e) => `ReLU 的导数在 ${outside(e).measured} 个输入上不是 ${e.slots.number('positive')}（正）或 ${e.slots.number('negative')}（负）`,
  cases: () => fc.record({ values: fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }).filter((v) => v !== 0), { minLength: 1, maxLength: 64 }).map((v) => v.join(',')) }),
  runs: { quick: 20, standard: 100, full: 400 },
  check: ({ values }, { tf, judge, record, slots }) => {
    const z = values.split(',').map(Number);
    const auto = tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(tf.tensor1d(z)).dataSync()));
    record('tfjs relu\'(0)', tf.tidy(() => tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(tf.tensor1d([0])).dataSync()[0]!));
    const bad = z.filter((v, i) => {
      const want = v > 0 ? slots.number('positive') : slots.number('negative');
      const h = Math.abs(v) / 2;
      const fd = (Math.max(0, v + h) - Math.max(0, v - h)) / (2 * h);
      return auto[i] !== want || fd !== want;
    }).length;
    judge.value({ label: `inputs where relu' (autodiff or central difference) is not ${slots.number('positive')} (z > 0) / ${slots.number('negative')} (z < 0)`, measured: bad, asserted: 0 });
  },
});

// A ReLU MLP in which hidden unit `unit` of layer `layer` gets bias -100 (negative on every input); everything else as drawn.
function netWithNegativeUnit(tf: CheckContext['tf'], c: { widths: string; layer: number; unit: number; seed: number }): { mlp: Mlp; layer: number; unit: number } {
  const sizes = c.widths.split('-').map(Number);
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 0.1, seed: c.seed });
  const layer = c.layer % (sizes.length - 2);
  const unit = c.unit % sizes[layer + 1]!;
  const old = mlp.biases[layer]!;
  mlp.biases[layer] = tf.tidy(() => tf.add(old, tf.tensor1d(Array.from({ length: sizes[layer + 1]! }, (_, j) => (j === unit ? -100 : 0)))) as Tensor1D);
  old.dispose();
  return { mlp, layer, unit };
}
const negativeUnitCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 6 }).map((ws) => ws.join('-')),
  layer: fc.nat(), unit: fc.nat(), seed: fc.nat(),
});

export const negativeInputZeroDerivative = defineClaim({
  id: 'deep-feedforward-networks/negative-input-zero-derivative',
  source: { file, quote: '如果一个[神经元](@article_id:324093)持续接收到负输入，它的[导数](@article_id:318324)将永远是零' },
  statement: 'A ReLU neuron that keeps receiving negative input always has zero derivative.',
  reading: 'ReLU MLPs (widths 1..12, depth 2..5, biases) in which one hidden unit gets bias -100, so its pre-activation is negative on every one of 32 N(0, I) inputs; its derivative relu\'(z) as tfjs autodiff computes it must be exactly 0 on every input. Measured: number of inputs with a nonzero derivative.',
  kind: 'exact',
  tolerance: exactly('a count; none is allowed'),
  correction: (e) => `持续接收负输入的ReLU神经元在 ${outside(e).measured} 个输入上导数不为零`,
  cases: negativeUnitCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    const { mlp, layer, unit } = netWithNegativeUnit(tf, c);
    try {
      const nonzero = scalarOf(tf, () => {
        const x = tf.randomNormal([32, mlp.spec.sizes[0]!], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const { zs } = forwardTrace(tf, mlp, x);
        const z = tf.slice(zs[layer]!, [0, unit], [32, 1]);
        const d = tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(z);
        return tf.add(tf.sum(tf.cast(tf.notEqual(d, 0), 'float32')), tf.sum(tf.cast(tf.greater(z, 0), 'float32')));
      });
      judge.value({ label: 'inputs where the negatively biased unit has z > 0 or relu\'(z) != 0', measured: nonzero, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const deadUnitPassesNoGradient = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-passes-no-gradient',
  source: { file, quote: '这意味着没有梯度信号能通过它回传' },
  statement: 'No gradient signal passes back through a ReLU neuron that only receives negative input.',
  reading: 'In the nets of negative-input-zero-derivative, the gradient arriving at the dead unit\'s output (dL/dh, generally nonzero) must not pass: dL/dz of the unit is exactly 0 on every input, and the gradient reaching every lower layer is bit-for-bit unchanged when the signal arriving at the unit is changed (its outgoing weights replaced by fresh random ones, which leaves the forward pass unchanged because its output is 0). Measured: |dL/dz| summed over inputs plus the largest change of any lower-layer gradient entry.',
  kind: 'exact',
  tolerance: exactly('the claim is that nothing passes: the measured sum must be exactly 0'),
  correction: (e) => `梯度信号仍能通过“死亡”的ReLU神经元回传（${outside(e).measured?.toPrecision(3)}）`,
  cases: negativeUnitCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge, record }) => {
    const { mlp, layer, unit } = netWithNegativeUnit(tf, c);
    const L = mlp.weights.length;
    try {
      const leaked = scalarOf(tf, () => {
        const sizes = mlp.spec.sizes;
        const x = tf.randomNormal([32, sizes[0]!], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const r = tf.randomNormal([32, sizes[L]!], 0, 1, 'float32', subSeed(c.seed, 2));
        const lowerGrads = (m: Mlp) => {
          const pz = sizes.slice(1).map((n) => tf.zeros([32, n]));
          const ph = sizes.slice(1, -1).map((n) => tf.zeros([32, n]));
          return tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, m, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
        };
        const g = lowerGrads(mlp);
        // Replace the unit's outgoing weights (row `unit` of W_{layer+1}).
        const wOut = mlp.weights[layer + 1]!;
        const fresh = tf.randomNormal(wOut.shape, 0, 1, 'float32', subSeed(c.seed, 3));
        const mask = tf.tensor2d(Array.from({ length: wOut.shape[0] }, (_, j) => [j === unit ? 1 : 0]));
        const swapped = tf.add(tf.mul(wOut, tf.sub(1, mask)), tf.mul(fresh, mask)) as Tensor2D;
        const g2 = lowerGrads({ ...mlp, weights: mlp.weights.map((w, l) => (l === layer + 1 ? swapped : w)) });
        const arriving = tf.sum(tf.abs(tf.slice(g[L + layer]!, [0, unit], [32, 1])));
        record('|dL/dh| arriving at the dead unit (summed over inputs)', arriving.dataSync()[0]!);
        const through = tf.sum(tf.abs(tf.slice(g[layer]!, [0, unit], [32, 1])));
        const lower = Array.from({ length: layer }, (_, l) => tf.max(tf.abs(tf.sub(g[l]!, g2[l]!))));
        const lowerH = Array.from({ length: layer }, (_, l) => tf.max(tf.abs(tf.sub(g[L + l]!, g2[L + l]!))));
        return tf.addN([through, ...lower, ...lowerH, tf.max(tf.abs(tf.sub(g[layer]!, g2[layer]!)))]);
      });
      judge.value({ label: 'gradient through the dead unit + change of lower-layer gradients when its incoming signal changes', measured: leaked, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

// The dead-unit training run shared by the dying-ReLU claims, at the budget's scale.
function dyingRun(ctx: CheckContext, activation: Activation, seed: number): DeadUnitRun {
  const steps = ctx.scale({ quick: 100, standard: 400, full: 1000 });
  ctx.record('gradient-descent steps (full batch)', steps);
  ctx.record('net', '16 -> 32 -> 32 -> 32 -> 1, He init, 25% of hidden units start with bias -6, lr 0.05, 256 examples of a tanh teacher');
  return deadUnitRun(ctx.tf, { sizes: [16, 32, 32, 32, 1], activation, leakyAlpha: 0.01, negativeShare: 0.25, negativeBias: 6, examples: 256, steps, learningRate: 0.05, seed });
}

export const deadWeightsNeverUpdated = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-weights-never-updated',
  source: { file, quote: '其权重也永远不会被更新' },
  statement: 'The weights of a ReLU neuron that keeps receiving negative input are never updated.',
  reading: 'Training by full-batch gradient descent (the update the text describes; no momentum, no weight decay) on a teacher regression task. A unit "keeps receiving negative input" if its pre-activation is <= 0 on every training example at every step of the run. For each such unit its incoming weights and bias at the start and the end must be bit-for-bit equal. Measured per hidden layer: the number of such units whose parameters changed (the number of such units is recorded; the check needs at least one). Seeds: 2 runs.',
  kind: 'experiment',
  tolerance: exactly('"never updated" allows no change at all: the count of changed units must be 0'),
  correction: (e) => `持续接收负输入的神经元中有 ${outside(e).measured} 个在训练中权重发生了变化`,
  check: (ctx) => {
    let watched = 0;
    for (const s of [0, 1]) {
      const run = dyingRun(ctx, 'relu', subSeed(ctx.seed, s));
      run.unitsBefore.forEach((units, l) => {
        let changed = 0;
        units.forEach((before, j) => {
          if (!run.negative.every((t) => t[l]![j])) return;
          watched++;
          if (before.some((v, i) => v !== run.unitsAfter[l]![j]![i])) changed++;
        });
        ctx.judge.value({ label: 'always-negative units whose weights changed', measured: changed, asserted: 0, where: { layer: l + 1, run: s } });
      });
    }
    ctx.record('always-negative units watched', watched);
    if (watched === 0) throw new Error('no unit stayed negative on the whole training set: nothing to test');
  },
});

export const deadUnitStaysDead = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-stays-dead',
  source: { file, quote: '这个[神经元](@article_id:324093)实际上“死亡”了，不再参与学习' },
  statement: 'Such a ReLU neuron is effectively dead and no longer takes part in learning.',
  reading: '"Dead" read as permanent: a hidden unit whose pre-activation is <= 0 on the whole training set at the start of training stays so at every later step of full-batch gradient descent (it never takes part again). Same run as dead-unit-weights-never-updated (2 seeds). Measured per hidden layer: the number of units dead at the start that are alive (positive on some example) at some later step.',
  kind: 'experiment',
  tolerance: exactly('"no longer takes part" allows no revival: the count must be 0'),
  qualifiers: [{ condition: 'layer = 1 (the first hidden layer, whose input never changes)', holds: (w) => w.layer === 1 }],
  correction: (e) => {
    const o = outside(e);
    return e.qualifiedBy
      ? '这个神经元（若位于第一隐藏层）实际上“死亡”了，不再参与学习；更深层的“死亡”神经元会因前面层的权重更新而复活'
      : `“死亡”的神经元并非永久死亡：第 ${o.where.layer} 层有 ${o.measured} 个在训练中复活`;
  },
  check: (ctx) => {
    let deadAtStart = 0;
    for (const s of [0, 1]) {
      const run = dyingRun(ctx, 'relu', subSeed(ctx.seed, s));
      run.negative[0]!.forEach((layer, l) => {
        const dead = layer.map((d, j) => (d ? j : -1)).filter((j) => j >= 0);
        deadAtStart += dead.length;
        const revived = dead.filter((j) => run.negative.some((t) => !t[l]![j])).length;
        ctx.judge.value({ label: 'units dead at the start that later come alive', measured: revived, asserted: 0, where: { layer: l + 1, run: s } });
      });
    }
    ctx.record('units dead on the whole training set at the start', deadAtStart);
  },
});

// Per-example gradients of hidden pre-activations and batch weight gradients of a He ReLU MLP at initialisation.
function zeroShares(tf: CheckContext['tf'], c: { depth: number; width: number; seed: number }, batch: number): { perExample: number; batchWeights: number } {
  const sizes = [c.width, ...Array<number>(c.depth).fill(c.width), 1];
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, seed: c.seed });
  try {
    return tf.tidy(() => {
      const x = tf.randomNormal([batch, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
      const r = tf.randomNormal([batch, 1], 0, 1, 'float32', subSeed(c.seed, 2));
      const L = mlp.weights.length;
      const pz = sizes.slice(1).map((n) => tf.zeros([batch, n]));
      const ph = sizes.slice(1, -1).map((n) => tf.zeros([batch, n]));
      const g = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, mlp, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
      const hidden = g.slice(0, L - 1);
      const zeroFrac = (ts: Tensor[]) => ts.reduce((s, t) => s + tf.sum(tf.cast(tf.equal(t, 0), 'float32')).dataSync()[0]!, 0) / ts.reduce((s, t) => s + t.size, 0);
      const wg = tf.grads((...ws: Tensor[]) => tf.sum(tf.mul(forward(tf, { ...mlp, weights: ws as Tensor2D[] }, x), r)))(mlp.weights.slice());
      return { perExample: zeroFrac(hidden), batchWeights: zeroFrac(wg.slice(0, L - 1)) } as never;
    }) as unknown as { perExample: number; batchWeights: number };
  } finally {
    mlp.dispose();
  }
}
const sparsityQuote = '这种大量梯度可能变为精确零的现象被称为**梯度[稀疏性](@article_id:297245)**';
const sparsityStatement = 'In ReLU networks a large share of gradients can be exactly zero (gradient sparsity).';
const sparsityTolerance = atLeast(0, '"a large number" read as at least a quarter of the entries: the measured share must reach 0.25');
const sparsityCases = () => fc.record({ depth: fc.integer({ min: 2, max: 6 }), width: fc.integer({ min: 32, max: 128 }), seed: fc.nat() });

export const gradientSparsityPerExample = defineClaim({
  id: 'deep-feedforward-networks/gradient-sparsity-reading-a',
  primary: { why: 'the paragraph follows the gradient signal flowing back through each neuron and stopped by a zero derivative (没有梯度信号能通过它回传)' },
  source: { file, quote: sparsityQuote },
  statement: sparsityStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/gradient-sparsity-reading-b): the gradients are the per-example back-propagated signals dL/dz at the hidden units (tfjs autodiff through zero probes). He-initialised square ReLU MLPs (depth 2..6, width 32..128), a batch of 32 N(0, I) inputs; measured: the share of entries that are exactly 0.0 in float32.',
  kind: 'statistical',
  tolerance: sparsityTolerance,
  correction: (e) => `在ReLU网络中，逐样本的反向梯度只有 ${((outside(e).measured ?? 0) * 100).toFixed(1)}% 精确为零`,
  cases: sparsityCases,
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'share of exactly-zero per-example gradients dL/dz', measured: zeroShares(tf, c, 32).perExample, asserted: 0.25 });
  },
});

export const gradientSparsityBatchWeights = defineClaim({
  id: 'deep-feedforward-networks/gradient-sparsity-reading-b',
  alternativeOf: 'deep-feedforward-networks/gradient-sparsity-reading-a',
  source: { file, quote: sparsityQuote },
  statement: sparsityStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/gradient-sparsity-reading-a): the gradients are those an update uses, dL/dW of the hidden layers summed over a mini-batch of 32. Same nets and inputs as reading A; measured: the share of weight-gradient entries that are exactly 0.0 (an entry is zero only if its unit is off, or its input is 0, on all 32 examples).',
  kind: 'statistical',
  tolerance: sparsityTolerance,
  correction: (e) => `在小批量（32）上累加后，隐藏层权重梯度只有 ${((outside(e).measured ?? 0) * 100).toFixed(2)}% 精确为零；大量精确为零的是逐样本的梯度，而不是用于更新的批量梯度`,
  cases: sparsityCases,
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'share of exactly-zero batch weight gradients dL/dW', measured: zeroShares(tf, c, 32).batchWeights, asserted: 0.25 });
  },
});

export const variantsInvented = defineClaim({
  id: 'deep-feedforward-networks/variants-developed-to-fix-dying',
  source: { file, quote: '为了解决这个问题，研究人员开发了诸如' },
  statement: 'Researchers developed Leaky ReLU and ELU to solve the dying-ReLU problem.',
  kind: 'not-checkable',
  reason: 'A statement about researchers\' motives and the history of the field; what the variants actually do to derivatives and dying units is checked by the claims on the following sentence.',
});

export const leakySlope = defineClaim({
  id: 'deep-feedforward-networks/leaky-relu-small-nonzero-slope',
  source: { file, quote: '其对负输入有一个小的非零斜率' },
  statement: 'Leaky ReLU has a small nonzero slope for negative inputs.',
  reading: 'tf.leakyRelu at the commonly used alpha 0.01, at 0.1 and at tfjs\'s default (0.2): its derivative (tfjs autodiff) at 200 negative inputs in [-100, 0) must equal alpha exactly, which is nonzero, and be small, read as below 1 (the positive-side slope). Measured: the largest |derivative - alpha| and the slopes themselves.',
  kind: 'exact',
  tolerance: exactly('float32 autodiff returns alpha exactly; "nonzero" and "small" are yes/no'),
  correction: (e) => `Leaky ReLU 在负输入上的斜率不是小的非零常数：${outside(e).label}`,
  check: ({ tf, judge, record }) => {
    const zs = grid(-100, -0.5, 199);
    for (const alpha of [0.01, 0.1, undefined]) {
      const d = tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(alpha === undefined ? tf.leakyRelu(t) : tf.leakyRelu(t, alpha)))(tf.tensor1d(zs)).dataSync()));
      const a = alpha ?? d[0]!;
      if (alpha === undefined) record('tfjs default alpha (measured slope)', a);
      judge.value({ label: 'max |slope - alpha| on negative inputs', measured: Math.max(...d.map((v) => Math.abs(v - Math.fround(a)))), asserted: 0, where: { alpha: alpha ?? 'default' } });
      judge.holds({ label: 'slope nonzero and below 1', holds: d.every((v) => v > 0 && v < 1), where: { alpha: alpha ?? 'default' } });
    }
  },
});

const neverZeroQuote = '这些函数确保[导数](@article_id:318324)永远不为零';
const neverZeroStatement = 'Leaky ReLU and ELU have derivatives that are never zero.';

export const derivativeNeverZeroMath = defineClaim({
  id: 'deep-feedforward-networks/variant-derivative-never-zero-reading-a',
  primary: { why: 'a statement about the functions Leaky ReLU and ELU as defined; underflow in a float format is the library\'s, not the text\'s' },
  source: { file, quote: neverZeroQuote },
  statement: neverZeroStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/variant-derivative-never-zero-reading-b): as real functions. Leaky ReLU\'s derivative is alpha = 0.01 on z < 0 and 1 on z > 0; ELU\'s (alpha 1) is e^z on z < 0 and 1 on z > 0. Both formulas are evaluated in float64 on a grid of 14001 points of [-700, 700] (e^z stays a normal float64 above -708). Measured: the number of grid points with a zero derivative, and the smallest ELU derivative seen (recorded: it is arbitrarily small for very negative z, though not zero).',
  kind: 'exact',
  tolerance: exactly('a count of zero derivatives; none is allowed'),
  correction: (e) => `导数在 ${outside(e).measured} 个点上为零`,
  check: ({ judge, record }) => {
    const zs = grid(-700, 700, 14000);
    const leaky: number[] = zs.map((z) => (z > 0 ? 1 : 0.01));
    const elu = zs.map((z) => (z > 0 ? 1 : Math.exp(z)));
    record('smallest ELU derivative on the grid', Math.min(...elu));
    record('ELU derivative at z = -10', Math.exp(-10));
    judge.value({ label: 'grid points with zero derivative', measured: leaky.filter((v) => v === 0).length, asserted: 0, where: { activation: 'leakyRelu' } });
    judge.value({ label: 'grid points with zero derivative', measured: elu.filter((v) => v === 0).length, asserted: 0, where: { activation: 'elu' } });
  },
});

export const derivativeNeverZeroFloat32 = defineClaim({
  id: 'deep-feedforward-networks/variant-derivative-never-zero-reading-b',
  alternativeOf: 'deep-feedforward-networks/variant-derivative-never-zero-reading-a',
  source: { file, quote: neverZeroQuote },
  statement: neverZeroStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/variant-derivative-never-zero-reading-a): as training computes them, in float32 by tfjs autodiff (tf.leakyRelu with alpha 0.01, tf.elu). Grid of 2001 points of [-100, 100]. Measured: the number of grid points where the derivative is exactly 0.0, and for ELU the least negative such input (recorded). The ELU count depends on the backend: tfjs differentiates ELU as dy (y + 1) with y = e^z - 1 in float32, which is exactly 0 wherever e^z - 1 rounds to -1 (z below about -17.3), and where that starts moves by a few grid points with the backend\'s exp (wasm\'s expf against cpu\'s float64 Math.exp rounded once: 831 against 827 zero derivatives in the wasm/cpu parity run at quick, docs/parity/).',
  kind: 'exact',
  tolerance: exactly('a count of zero derivatives; none is allowed'),
  correction: (e) => {
    const z = e.records['ELU: least negative input with derivative exactly 0'];
    return `Leaky ReLU 的导数永远不为零；ELU 的导数在数学上恒正，但在 float32 计算中当 z ≤ ${typeof z === 'number' ? z.toFixed(1) : z} 时精确为零（e^z 小于 float32 的相对精度），因此仍可能出现零梯度`;
  },
  check: ({ tf, judge, record }) => {
    const zs = grid(-100, 100, 2000);
    const d = (f: (t: Tensor) => Tensor) => tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(f(t)))(tf.tensor1d(zs)).dataSync()));
    const leaky = d((t) => tf.leakyRelu(t, 0.01));
    const elu = d((t) => tf.elu(t));
    const zeroAt = zs.filter((_, i) => elu[i] === 0);
    record('ELU: least negative input with derivative exactly 0', zeroAt.length ? Math.max(...zeroAt) : 'none');
    judge.value({ label: 'grid points with derivative exactly 0 (float32)', measured: leaky.filter((v) => v === 0).length, asserted: 0, where: { activation: 'leakyRelu' } });
    judge.value({ label: 'grid points with derivative exactly 0 (float32)', measured: zeroAt.length, asserted: 0, where: { activation: 'elu' } });
  },
});

export const variantsPreventDying = defineClaim({
  id: 'deep-feedforward-networks/variants-prevent-dying',
  source: { file, quote: '防止[神经元](@article_id:324093)完全死亡' },
  statement: 'Leaky ReLU and ELU keep the learning path open and prevent neurons from dying completely.',
  reading: 'The dying run of dead-unit-weights-never-updated (25% of hidden units start with bias -6, so they receive negative input on the whole training set), repeated with Leaky ReLU (alpha 0.01) and with ELU. A neuron "dies completely" if its incoming weights and bias end the run bit-for-bit unchanged. Measured per activation: the number of hidden units (among those negative on the whole set at the start) whose parameters never changed. The same count for ReLU is recorded for contrast.',
  kind: 'experiment',
  tolerance: exactly('"prevent from dying" allows no unit to stay frozen: the count must be 0'),
  correction: (e) => `${outside(e).where.activation} 网络中仍有 ${outside(e).measured} 个神经元在训练中权重完全不变`,
  check: (ctx) => {
    for (const activation of ['relu', 'leakyRelu', 'elu'] as const) {
      const run = dyingRun(ctx, activation, ctx.seed);
      let frozen = 0;
      let negative = 0;
      run.negative[0]!.forEach((layer, l) => layer.forEach((neg, j) => {
        if (!neg) return;
        negative++;
        if (run.unitsBefore[l]![j]!.every((v, i) => v === run.unitsAfter[l]![j]![i])) frozen++;
      }));
      ctx.record(`${activation}: units negative on the whole set at the start`, negative);
      if (activation === 'relu') ctx.record('relu: of those, frozen for the whole run', frozen);
      else ctx.judge.value({ label: 'units negative at the start whose weights never changed', measured: frozen, asserted: 0, where: { activation } });
    }
  },
});

export const activationChoiceMatters = defineClaim({
  id: 'deep-feedforward-networks/activation-choice-huge-impact',
  source: { file, quote: '对整个网络的健康和可训练性有着巨大的影响' },
  statement: 'The choice of activation function has a huge effect on the health and trainability of the whole network.',
  reading: 'Health read as the gradient that reaches the first layer. Same architecture and initialisation (square MLPs, 20 hidden layers of width 128, Var(W) = 1/n, zero biases, a batch of 32 N(0, I) inputs), only the activation differs: tanh vs ReLU. Per seed, the ratio of their end-to-end gradient gains |dL/dx| / |dL/dh_20|; "huge" read as at least a factor of 10. Judged on the geometric mean over seeds.',
  kind: 'statistical',
  tolerance: atLeast(0, '"huge" read as at least a factor of 10 between the two gradient gains'),
  correction: (e) => `同样结构与初始化下，tanh 与 ReLU 网络到达第一层的梯度只相差 ${outside(e).measured?.toPrecision(3)} 倍`,
  check: ({ tf, judge, record, scale, seed }) => {
    const seeds = scale({ quick: 3, standard: 6, full: 12 });
    record('seeds', seeds);
    const gain = (activation: Activation, s: number) => {
      const mlp = buildMlp(tf, { sizes: Array<number>(22).fill(128), activation, weightVariance: (n) => 1 / n, seed: subSeed(seed, s) });
      const norms = gradientNorms(tf, mlp, { batchSize: 32, seed: subSeed(seed, 1000 + s) });
      mlp.dispose();
      return norms[0]! / norms[20]!;
    };
    const ratios = Array.from({ length: seeds }, (_, s) => gain('tanh', s) / gain('relu', s));
    judge.geometricMean({ label: 'gradient gain (tanh) / gradient gain (ReLU), 20 layers, Var = 1/n', samples: ratios, asserted: 10 });
  },
});

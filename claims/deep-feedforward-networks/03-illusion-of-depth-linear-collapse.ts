// § 深度的幻象与激活的火花, first three paragraphs: a neuron is a weighted sum and an activation; stacked
// linear layers collapse to one; nonlinearity is what makes depth worth having. How we test it: tf.layers and
// plain-tensor MLPs against their composed affine map, and exact region counts. What would refute it: a deep
// linear stack that is not one affine map, or a nonlinear stack no richer than a linear one.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { absolute, atLeast, defineClaim, exactly, type CheckContext } from '../../src/claim/index.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { absoluteForward, composeAffine } from '../../src/nets/build/compose-affine.js';
import { subSeed } from '../../src/random/seeds.js';
import { countLinearRegions, outputKinks } from '../../src/nets/regions/linear-regions.js';
import { sawtoothNet } from '../../src/nets/regions/sawtooth.js';
import { fitMlp } from '../../src/nets/train/train.js';
import { Matrix, solve } from 'ml-matrix';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';

const file = 'deep-feedforward-networks.md';

export const neuronWeightedSum = defineClaim({
  id: 'deep-feedforward-networks/neuron-weighted-sum',
  source: { file, quote: '将它们与一组“权重”（重要性的度量）相乘，然后求和，最后做出一个决定' },
  statement: 'An artificial neuron multiplies its inputs by weights, sums them, and hands the sum to an activation that decides whether it fires.',
  reading: 'The neuron as a deep-learning library implements it: one unit of tf.layers.dense (with its bias, the usual form) must compute phi(sum_i w_i x_i + b). We read the unit\'s weights back, recompute the weighted sum in float64 and compare outputs for relu, tanh and linear units (1..32 inputs, 16 N(0, I) inputs each); for relu units the "decision" is checked as: the unit fires (output > 0) exactly when the weighted sum is positive (sums within float32 rounding of 0 are skipped). Scope forall: a definition, so it must hold for every generated neuron.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'float32 rounding of a sum of at most 33 terms stays below 33 * 2^-24 = 2e-6 of the sum of the terms\' magnitudes; 1e-5 of that scale leaves room while any other formula errs by order 1'),
  correction: (e) => `一个${firstOutside(e).where.activation}神经元的输出与 phi(Σ w_i x_i + b) 相差 ${firstOutside(e).measured?.toPrecision(3)}（相对量级）。`,
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
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/identity-layer-linear-reading-b): "linear transformation" in the strict sense of linear algebra, f(x + y) = f(x) + f(y). Layers x -> xW + b with W ~ N(0, 1/fan_in) and b ~ N(0, 1) (the sentence itself includes the bias); measured: the largest additivity defect |f(x + y) - f(x) - f(y)| over 8 pairs of N(0, I) inputs, relative to the magnitude scale |x||W| + |y||W| + |b|. Scope forall: a definite statement about every such layer.',
  kind: 'exact',
  scope: 'forall',
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
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/identity-layer-linear-reading-a): "linear" in the loose sense of affine, i.e. f(x) - f(0) is linear. Same layers and inputs as reading A; measured: the additivity defect of g(x) = f(x) - f(0). Scope forall: a definite statement about every such layer.',
  kind: 'exact',
  scope: 'forall',
  tolerance: layerTolerance,
  correction: (e) => `x -> xW + b 减去 f(0) 后仍不满足可加性，相对误差 ${firstOutside(e).measured?.toPrecision(3)}`,
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
  reading: 'Bias-free layers x -> xW_l (the strict linear case; the affine case with biases is deep-feedforward-networks/deep-linear-is-affine), depth 1..10, widths 1..16, W ~ N(0, 1/fan_in). Measured directly on the composed network, without folding it: the superposition defect |f(ax + by) - a f(x) - b f(y)| for scalars a, b in [-3, 3] and 8 pairs of N(0, I) inputs, relative to the magnitude scale |a||x||W_1|...|W_L| + |b||y||W_1|...|W_L|. The words "more complex" are not tested (the single map has rank at most the narrowest width). Scope forall: "无论…多少" quantifies over every composition.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'an exactly linear map errs only by float32 rounding: at most 10 products of inner dimension <= 16 give about 2*10*16*2^-24 = 2e-5 of the magnitude scale; a nonlinear map errs by order 1'),
  correction: (e) => `多个线性变换的复合不满足叠加原理：宽度 ${firstOutside(e).where.widths} 时误差 ${firstOutside(e).measured?.toPrecision(3)}`,
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
  reading: 'Layers x -> xW_l + b_l with biases (the text says each layer multiplies by W and adds b), W_l ~ N(0, 1/fan_in), b_l ~ N(0, 1). The single layer is W = W_1...W_L, b = (...(b_1 W_2 + b_2)...)W_L + b_L, computed in tfjs. Measured: over 16 N(0, I) inputs, the largest entry of |deep(x) - (xW + b)| divided by the same entry of the absolute-value network |x||W_1| + |b_1|, ... (the scale float32 rounding errors are bounded by). Widths include the bottleneck case (a width-1 layer): the claim is about equal functions, not equal rank. Scope forall: "无论它有多少层" quantifies over every depth.',
  kind: 'exact',
  scope: 'forall',
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
  scope: 'exists',
  tolerance: exactly('kink counts are integers; the ordering is strict'),
  correction: (e) => `在深度 ${firstOutside(e).where.depth} 处增加一层并未增加输出的线性片段数`,
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
  reading: 'Depth buys nothing a single affine layer cannot do: deep linear networks (2 and 6 hidden layers of width 16, with biases), trained by Adam (lr 0.01, full batch) on a nonlinear target y = sin(2 x_1) + x_2 x_3 + |x_4| over 256 N(0, I) inputs in R^4, cannot reach a lower mean squared error than the exact least-squares affine fit (float64, ml-matrix). Measured: MSE(deep linear) / MSE(best affine). Scope forall: a definite statement (no modal word): without nonlinearity added depth must add nothing in every judged case.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: atLeast(1e-3, 'the best affine fit is a floor no linear network can go under; 1e-3 allows for the float32 rounding of the trained net\'s loss'),
  correction: (e) => `深度线性网络的训练误差低于最佳仿射拟合（比值 ${firstOutside(e).measured?.toPrecision(4)}），深度并非毫无意义`,
  scale: { quick: { steps: 150 }, standard: { steps: 600 }, full: { steps: 1500 } },
  check: ({ tf, judge, record, scaled, seeds }) => {
    const steps = scaled.steps;
    record('Adam steps', steps);
    const x = tf.randomNormal([256, 4], 0, 1, 'float32', seeds.child('inputs').value) as Tensor2D;
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
        const mlp = buildMlp(tf, { sizes: [4, ...Array<number>(hidden).fill(16), 1], activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 0.01, seed: seeds.child('net', hidden).value });
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

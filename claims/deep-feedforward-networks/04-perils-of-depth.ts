// § 深度的危险：不稳定的级联效应
// The text: back-propagation multiplies one Jacobian per layer, so gradients shrink or grow
// exponentially when those Jacobians' norms are below or above 1; the forward map's sensitivity grows
// like rho^L with the weights' spectral norm rho; seen as a linear dynamical system, back-propagation
// is stable or not according to the eigenvalues of W^T (the largest modulus gives the Lyapunov
// exponent), and non-normal matrices can make gradients grow transiently even with spectral radius
// below 1. How we test it: explicit layer Jacobians against tfjs autodiff; nets rescaled so every
// layer Jacobian (or weight matrix) has a prescribed norm; generated normal and non-normal matrices,
// their spectra in float64 (ml-matrix) and their powers iterated in tfjs. What would refute it: a
// norm above 1 with a shrinking gradient, a rate that is not rho, growth from a normal matrix.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { absolute, atLeast, atMost, defineClaim, exactly, relative, type Budget, type CheckContext, type EvidenceView, type Slots } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, forward, type Mlp } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { autodiffJacobian, chainProduct, forwardTrace, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { gradientNorms, meanLayerFactor } from '../../src/nets/probe/gradient-norms.js';
import { gaussianMatrix, randomOrthogonal, spectralNorm, spectralRadius, type Dense } from '../../src/nets/base/spectra.js';
import { logPowerNorms, normalMatrix, powerNorms, powerOperatorNorms, schurMatrix } from '../../src/nets/theory/transient-growth.js';
import { EigenvalueDecomposition, Matrix, SingularValueDecomposition, solve } from 'ml-matrix';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];
const outside = (e: EvidenceView) => e.observations.find((o) => o.outcome === 'outside') ?? e.observations[0]!;
const scalarOf = (tf: Tf, f: () => Tensor): number => tf.tidy(() => f().dataSync()[0]!);
const netCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 11 }).map((ws) => ws.join('-')),
  activation: fc.constantFrom('relu', 'tanh'),
  seed: fc.nat(),
});
const productTolerance = absolute(1e-4, 'both sides are the same chain rule in float32: at most 10 products of inner dimension <= 16 err by about 2*10*16*2^-24 = 2e-5 of the magnitude scale |J_L|...|J_1|; a wrong product misses by order 1');
const buildNet = (tf: Tf, widths: string, activation: string, seed: number): Mlp =>
  buildMlp(tf, { sizes: widths.split('-').map(Number), activation: activation as Activation, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });

export const jacobianProduct = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-a-product-of-layer-jacobians',
  source: { file, quote: '这会变成一个非常、非常长的矩阵乘积（每一层变换的[雅可比矩阵](@article_id:303923)）' },
  statement: 'For a deep network the chain rule becomes a long product of matrices, one Jacobian per layer.',
  reading: 'The input-output Jacobian df/dx of an MLP, taken by tfjs autodiff (one backward pass per output), must equal the product J_L ... J_1 of the layer Jacobians J_l = diag(phi\'(z_l)) W_l^T written out by hand. ReLU and tanh MLPs with biases, depth 1..10, widths 1..16, one N(0, I) input. Measured: max |autodiff - product| / max of the magnitude product |J_L|...|J_1|.',
  kind: 'exact',
  tolerance: productTolerance,
  correction: (e) => `输入-输出雅可比矩阵与各层雅可比矩阵之积不一致（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: netCases,
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const mlp = buildNet(tf, widths, activation, seed);
    const sizes = mlp.spec.sizes;
    const x = tf.randomNormal([1, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const js = layerJacobians(tf, mlp, x);
    try {
      const err = scalarOf(tf, () => {
        const auto = autodiffJacobian(tf, (t) => forward(tf, mlp, t), x, sizes[sizes.length - 1]!);
        const p = chainProduct(tf, js);
        const scale = chainProduct(tf, js.map((j) => tf.abs(j) as Tensor2D));
        return tf.div(tf.max(tf.abs(tf.sub(auto, p))), tf.add(tf.max(scale), 1e-30));
      });
      judge.value({ label: 'max |autodiff Jacobian - J_L...J_1| / max |J_L|...|J_1|', measured: err, asserted: 0, where: { depth: sizes.length - 1 } });
    } finally {
      tf.dispose([x, ...js]);
      mlp.dispose();
    }
  },
});

export const gradientFormula = defineClaim({
  id: 'deep-feedforward-networks/input-gradient-formula',
  source: { file, quote: '\\nabla_{\\text{input}} \\text{Loss} = \\left( \\text{Jacobian}_1 \\right)^T' },
  statement: 'The gradient of the loss with respect to the input is Jacobian_1^T Jacobian_2^T ... Jacobian_L^T times the gradient with respect to the output.',
  reading: 'Jacobian_l = dh_l/dh_{l-1} (layer 1 next to the input). For a random output gradient g (N(0, I)), tfjs autodiff of sum(f(x) * g) with respect to x must equal J_1^T (J_2^T (... (J_L^T g))) applied in the order the formula writes. Same nets as backprop-is-a-product-of-layer-jacobians. Measured: max |autodiff - formula| / max of |J_1|^T ... |J_L|^T |g|.',
  kind: 'exact',
  tolerance: productTolerance,
  correction: (e) => `输入梯度与公式 J_1^T...J_L^T ∇out 不一致（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: netCases,
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const mlp = buildNet(tf, widths, activation, seed);
    const sizes = mlp.spec.sizes;
    const x = tf.randomNormal([1, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const js = layerJacobians(tf, mlp, x);
    try {
      const err = scalarOf(tf, () => {
        const g = tf.randomNormal([sizes[sizes.length - 1]!, 1], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
        const auto = tf.reshape(tf.grad((t: Tensor) => tf.sum(tf.mul(forward(tf, mlp, t as Tensor2D), tf.reshape(g, [1, -1]))))(x), [-1, 1]);
        let v: Tensor2D = g;
        let s: Tensor2D = tf.abs(g) as Tensor2D;
        for (let l = js.length - 1; l >= 0; l--) {
          v = tf.matMul(js[l]!, v, true, false);
          s = tf.matMul(tf.abs(js[l]!) as Tensor2D, s, true, false);
        }
        return tf.div(tf.max(tf.abs(tf.sub(auto, v))), tf.add(tf.max(s), 1e-30));
      });
      judge.value({ label: 'max |autodiff input gradient - J_1^T...J_L^T g| / scale', measured: err, asserted: 0, where: { depth: sizes.length - 1 } });
    } finally {
      tf.dispose([x, ...js]);
      mlp.dispose();
    }
  },
});

export const productIsTheRoot = defineClaim({
  id: 'deep-feedforward-networks/product-makes-gradients-exponential-in-depth',
  source: { file, quote: '这就是臭名昭著的**[梯度消失](@article_id:642027)与爆炸问题**的数学根源' },
  statement: 'This product of Jacobians is the mathematical root of vanishing and exploding gradients.',
  reading: 'What a product implies: the log of the end-to-end gradient gain adds up over layers, so it grows linearly with depth and the gain itself exponentially. ReLU MLPs of width 128 with Var(W) = c/n for c in {0.5, 1, 4, 8} (off the critical c = 2), L = 3..6 hidden layers, zero biases, a batch of 32 N(0, I) inputs; the mean of log(|dL/dx| / |dL/dh_H|) over 3 networks at depth 3L, divided by the same at depth L, must be 3.',
  kind: 'statistical',
  tolerance: relative(0.1, 'a product of i.i.d. layer factors makes the log gain exactly proportional to depth in expectation; three networks per depth leave a few percent of sampling noise at these widths, and 10% still tells a linear growth (3) from a saturating one (< 2) or a super-linear one (> 4)'),
  correction: (e) => `梯度增益的对数并不随深度线性增长：深度3L与L之比为 ${outside(e).measured?.toPrecision(3)}`,
  cases: () => fc.record({ c: fc.constantFrom(0.5, 1, 4, 8), L: fc.integer({ min: 3, max: 6 }), seed: fc.nat() }),
  runs: { quick: 3, standard: 10, full: 30 },
  check: ({ c, L, seed }, { tf, judge }) => {
    const meanLog = (H: number) => [0, 1, 2].reduce((s, i) => s + H * Math.log(meanLayerFactor(tf, { depth: H, width: 128, activation: 'relu', weightVariance: (n) => c / n, seed: subSeed(seed, H * 10 + i), batchSize: 32 })), 0) / 3;
    judge.value({ label: 'mean log gain at depth 3L / at depth L', measured: meanLog(3 * L) / meanLog(L), asserted: 3 });
  },
});

// A square ReLU MLP (zero biases) whose every layer Jacobian at input x is rescaled to norm `target`:
// ReLU is positively homogeneous, so scaling W_l by s_l > 0 leaves every activation pattern unchanged
// and scales J_l by exactly s_l. Returns the per-layer rate (|dL/dx| / |g|)^(1/L) by tfjs autodiff.
function rescaledGain(tf: Tf, c: { depth: number; width: number; target: number; seed: number }, norm: 'spectral' | 'rms'): { rate: number; spectral: number[]; rms: number[] } {
  const n = c.width;
  const mlp = buildMlp(tf, { sizes: Array<number>(c.depth + 2).fill(n), activation: 'relu', weightVariance: (k) => 2 / k, seed: c.seed });
  const x = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
  const js = layerJacobians(tf, mlp, x);
  const dense = js.map((j) => j.arraySync());
  tf.dispose(js);
  const spectral = dense.map(spectralNorm);
  const rms = dense.map((j) => Math.sqrt(j.flat().reduce((s, v) => s + v * v, 0) / j.length));
  const scales = (norm === 'spectral' ? spectral : rms).map((v) => c.target / v);
  const scaled: Mlp = { ...mlp, weights: mlp.weights.map((w, l) => tf.mul(w, scales[l]!) as Tensor2D) };
  try {
    const gain = scalarOf(tf, () => {
      const g = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 2));
      const dx = tf.grad((t: Tensor) => tf.sum(tf.mul(forward(tf, scaled, t as Tensor2D), g)))(x);
      return tf.div(tf.norm(dx), tf.norm(g));
    });
    return { rate: gain ** (1 / (c.depth + 1)), spectral: spectral.map((v, l) => v * scales[l]!), rms: rms.map((v, l) => v * scales[l]!) };
  } finally {
    tf.dispose([x, ...scaled.weights]);
    mlp.dispose();
  }
}
const normCases = (lo: number, hi: number) => () => fc.record({ depth: fc.integer({ min: 8, max: 16 }), width: fc.integer({ min: 16, max: 64 }), target: fc.double({ min: lo, max: hi, noNaN: true }), seed: fc.nat() });
const rateCorrection = (e: EvidenceView) => `层雅可比范数为 ${Number(outside(e).where.target).toFixed(3)} 时，梯度每层实际缩放因子为 ${outside(e).measured?.toPrecision(3)}（宽度 ${outside(e).where.width}、深度 ${outside(e).where.depth}）`;

export const normsBelowOne = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-below-one-vanish',
  source: { file, quote: '如果这些矩阵的范数平均略小于{one:number}，梯度在向后传播时将呈指数级缩小' },
  statement: 'If the layer Jacobians\' norms are on average slightly below {one}, the gradient shrinks exponentially on its way back.',
  reading: '"Norm" = the spectral (operator) norm; "slightly below 1" = every layer Jacobian rescaled to spectral norm t in [0.9, 0.99]. Square ReLU MLPs (depth 8..16 hidden layers, width 16..64, zero biases): at one N(0, I) input each layer\'s Jacobian is computed, its spectral norm taken in float64 (ml-matrix SVD), and its weights rescaled so the norm is exactly t (ReLU is positively homogeneous, so activation patterns do not change). Measured: the per-layer rate (|dL/dx| / |g|)^(1/L) of the tfjs autodiff gradient for a random output gradient g; shrinking = rate below 1. (The "numerical dust" is then a matter of depth: at rate r it takes log(2^-24)/log(r) layers.)',
  kind: 'exact',
  tolerance: atMost(0, 'exponential shrinking means a per-layer rate of at most 1'),
  correction: rateCorrection,
  cases: (_budget: Budget, slots: Slots) => normCases(0.9 * slots.number('one'), 0.99 * slots.number('one'))(),
  runs: { quick: 4, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'spectral').rate, asserted: 1 });
  },
});

const aboveQuote = '如果它们的范数平均略大于{one:number}，梯度将呈指数级增长，爆炸成无法使用的无穷大';
const aboveStatement = 'If the layer Jacobians\' norms are on average slightly above {one}, the gradient grows exponentially and explodes.';

export const normsAboveOneSpectral = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-a',
  alternativeOf: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b',
  source: { file, quote: aboveQuote },
  statement: aboveStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b): "norm" = the spectral (operator) norm, the usual matrix norm. Nets and procedure of jacobian-norms-below-one-vanish, with every layer Jacobian rescaled to spectral norm t in [1.01, 1.1]. Exponential growth = per-layer rate of the autodiff gradient at least 1.',
  kind: 'exact',
  tolerance: atLeast(0, 'exponential growth means a per-layer rate of at least 1'),
  correction: (e) => `${rateCorrection(e)}：谱范数略大于1并不导致梯度爆炸（谱范数只是上界，典型增益远小于它）`,
  cases: (_budget: Budget, slots: Slots) => normCases(1.01 * slots.number('one'), 1.1 * slots.number('one'))(),
  runs: { quick: 4, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'spectral').rate, asserted: 1 });
  },
});

export const normsAboveOneRms = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b',
  primary: { why: 'the paragraph\'s telephone-game analogy (每一层的雅可比矩阵都扮演着乘数的角色; 范数平均略大于1) speaks of the typical gain of each layer, and nothing in that paragraph names the spectral norm' },
  source: { file, quote: aboveQuote },
  statement: aboveStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/jacobian-norms-above-one-explode-reading-a), made the primary after the referee found the spectral norm borrowed from the next paragraph while this paragraph\'s multiplier analogy means the typical gain (docs/reviews/findings-engine.md #1): "norm" = the root-mean-square gain ||J||_F / sqrt(rows), the factor by which J^T scales a random vector\'s squared norm on average. Same nets and procedure, every layer Jacobian rescaled to RMS gain t in [1.01, 1.1]. Exponential growth = per-layer rate of the autodiff gradient at least 1.',
  kind: 'exact',
  tolerance: atLeast(0, 'exponential growth means a per-layer rate of at least 1'),
  qualifiers: [{ condition: 'width >= 48', holds: (w) => Number(w.width) >= 48 }],
  correction: (e) => (e.qualifiedBy ? '如果它们的均方根增益平均略大于1（且层足够宽），梯度将呈指数级增长' : rateCorrection(e)),
  cases: (_budget: Budget, slots: Slots) => normCases(1.01 * slots.number('one'), 1.1 * slots.number('one'))(),
  runs: { quick: 3, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'rms').rate, asserted: 1 });
  },
});

// Per-layer factors of one square net over its hidden layers: backward gradient norm, forward activation
// norm, and forward sensitivity |J v| / |v| of the map x -> h_H (8 inputs; sensitivity on 2 of them).
function forwardBackward(tf: Tf, c: { activation: string; c: number; depth: number; seed: number }): { backward: number; magnitude: number; sensitivity: number } {
  const n = 96;
  const H = c.depth;
  const mlp = buildMlp(tf, { sizes: Array<number>(H + 2).fill(n), activation: c.activation as Activation, weightVariance: (k) => c.c / k, seed: c.seed });
  try {
    const norms = gradientNorms(tf, mlp, { batchSize: 8, seed: subSeed(c.seed, 1) });
    const backward = (norms[0]! / norms[H]!) ** (1 / H);
    const x = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 1_000_003)) as Tensor2D;
    const { zs, hs } = forwardTrace(tf, mlp, x);
    const magnitude = (scalarOf(tf, () => tf.norm(hs[H]!)) / scalarOf(tf, () => tf.norm(x))) ** (1 / H);
    tf.dispose([...zs, ...hs.slice(1)]);
    const hidden: Mlp = { ...mlp, weights: mlp.weights.slice(0, H), biases: mlp.biases.slice(0, H), spec: { ...mlp.spec, outputActivation: mlp.spec.activation } };
    let logSens = 0;
    for (let i = 0; i < 2; i++) {
      const xi = tf.slice(x, [i, 0], [1, n]) as Tensor2D;
      const js = layerJacobians(tf, hidden, xi);
      logSens += Math.log(scalarOf(tf, () => {
        const v = tf.randomNormal([n, 4], 0, 1, 'float32', subSeed(c.seed, 20 + i));
        return tf.div(tf.norm(tf.matMul(chainProduct(tf, js), v)), tf.norm(v));
      }));
      tf.dispose([xi, ...js]);
    }
    x.dispose();
    return { backward, magnitude, sensitivity: Math.exp(logSens / 2) ** (1 / H) };
  } finally {
    mlp.dispose();
  }
}
const forwardQuote = '这种不稳定性不仅仅是训练过程中梯度的问题，它也影响[前向传播](@article_id:372045)';
const forwardStatement = 'The instability is not only a problem of gradients: it affects the forward pass too.';
const forwardCases = () => fc.record({ activation: fc.constantFrom('relu', 'tanh'), c: fc.constantFrom(0.5, 4), depth: fc.integer({ min: 8, max: 14 }), seed: fc.nat() });
const forwardTolerance = relative(0.1, '"the same instability" read as the same per-layer factor; finite width (96) and 8 inputs leave a few percent of noise, and 10% still tells a growing factor from a flat one');

export const forwardMagnitude = defineClaim({
  id: 'deep-feedforward-networks/forward-pass-also-affected-reading-a',
  alternativeOf: 'deep-feedforward-networks/forward-pass-also-affected-reading-b',
  source: { file, quote: forwardQuote },
  statement: forwardStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/forward-pass-also-affected-reading-b): the forward signal itself vanishes or explodes along with the gradient. Square MLPs of width 96 (ReLU or tanh, zero biases, Var(W) = c/n with c = 0.5 or 4, i.e. off the critical point, 8..14 hidden layers, 8 N(0, I) inputs): the per-layer factor of the activation norm, (|h_H| / |x|)^(1/H), must match the per-layer factor of the back-propagated gradient norm, (|dL/dx| / |dL/dh_H|)^(1/H), within 10%.',
  kind: 'exact',
  tolerance: forwardTolerance,
  qualifiers: [{ condition: 'activation = relu', holds: (w) => w.activation === 'relu' }],
  correction: (e) => (e.qualifiedBy ? '对ReLU网络，这种不稳定性同样使前向信号呈指数级缩小或增长；对tanh网络，前向信号有界，不会随梯度一起爆炸' : `前向信号的每层因子（${outside(e).measured?.toPrecision(3)}）与梯度的每层因子（${outside(e).asserted?.toPrecision(3)}）不同`),
  cases: forwardCases,
  runs: { quick: 4, standard: 12, full: 40 },
  check: (c, { tf, judge }) => {
    const r = forwardBackward(tf, c);
    judge.value({ label: 'per-layer factor of the activation norm (band: the gradient\'s factor)', measured: r.magnitude, asserted: r.backward });
  },
});

export const forwardSensitivity = defineClaim({
  id: 'deep-feedforward-networks/forward-pass-also-affected-reading-b',
  primary: { why: 'the next sentences describe the forward effect as the output\'s sensitivity to its input (输出对输入的敏感度, about ρ^L)' },
  source: { file, quote: forwardQuote },
  statement: forwardStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/forward-pass-also-affected-reading-a): the forward map\'s sensitivity to its input (as the next sentences describe) grows or shrinks with the gradient. Same nets as reading A; the forward sensitivity |J v| / |v| of x -> h_H (explicit layer-Jacobian product at 2 inputs, 4 random directions v) gives a per-layer factor that must match the gradient\'s within 10%.',
  kind: 'exact',
  tolerance: forwardTolerance,
  correction: (e) => `前向敏感度的每层因子（${outside(e).measured?.toPrecision(3)}）与梯度的每层因子（${outside(e).asserted?.toPrecision(3)}）不同`,
  cases: forwardCases,
  runs: { quick: 4, standard: 12, full: 40 },
  check: (c, { tf, judge }) => {
    const r = forwardBackward(tf, c);
    judge.value({ label: 'per-layer factor of the input sensitivity (band: the gradient\'s factor)', measured: r.sensitivity, asserted: r.backward });
  },
});

// A square MLP (zero biases) whose weight matrices all have spectral norm exactly rho: Gaussian draws
// rescaled by rho / ||W||_2, or rho times a Haar-orthogonal matrix. Returns the input-output Jacobian's
// spectral norm at one N(0, I) input (explicit layer Jacobians, float64 SVD of their float32 product).
function sensitivityAtRho(tf: Tf, c: { activation: string; weights: string; rho: number; depth: number; width: number; seed: number }): number {
  const n = c.width;
  const L = c.depth;
  const weights = Array.from({ length: L }, (_, l) => {
    const w: Dense = c.weights === 'orthogonal' ? randomOrthogonal(tf, n, subSeed(c.seed, l)) : gaussianMatrix(tf, n, n, 1, subSeed(c.seed, l));
    const s = c.rho / spectralNorm(w);
    return tf.tensor2d(w.map((row) => row.map((v) => v * s))) as Tensor2D;
  });
  const mlp: Mlp = { spec: { sizes: Array<number>(L + 1).fill(n), activation: c.activation as Activation, outputActivation: c.activation as Activation, weightVariance: () => 0, seed: c.seed }, weights, biases: weights.map(() => null), dispose: () => tf.dispose(weights) };
  const x = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 99)) as Tensor2D;
  const js = layerJacobians(tf, mlp, x);
  try {
    const p = chainProduct(tf, js);
    const sigma = spectralNorm(p.arraySync());
    p.dispose();
    return sigma;
  } finally {
    tf.dispose([x, ...js]);
    mlp.dispose();
  }
}
const rhoQuote = '输出对输入的敏感度会随着深度 $L$ 呈指数级变化，大约为 $\\rho^L$';
const rhoStatement = 'The sensitivity of the output to the input changes exponentially with depth, approximately as rho^L, where rho is the weights\' spectral norm.';
const rhoCases = (lo: number, hi: number) => () => fc.record({
  activation: fc.constantFrom('linear', 'relu', 'tanh'),
  weights: fc.constantFrom('gaussian', 'orthogonal'),
  rho: fc.double({ min: lo, max: hi, noNaN: true }),
  depth: fc.integer({ min: 4, max: 12 }),
  width: fc.integer({ min: 16, max: 48 }),
  seed: fc.nat(),
});

export const sensitivityBound = defineClaim({
  id: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-a',
  alternativeOf: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b',
  source: { file, quote: rhoQuote },
  statement: rhoStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b): rho^L as the scale that bounds the sensitivity: the input-output Jacobian\'s spectral norm ||J(x)||_2 is at most rho^L (activations are 1-Lipschitz). Square nets (linear, ReLU or tanh; zero biases) whose L = 4..12 weight matrices (width 16..48) all have spectral norm exactly rho in [0.7, 1.5], Gaussian or orthogonal. Measured: ||J(x)||_2 / rho^L at one input.',
  kind: 'exact',
  tolerance: atMost(1e-4, 'a bound: the ratio may not exceed 1 beyond float32 rounding of the product'),
  correction: (e) => `敏感度超过了 rho^L（比值 ${outside(e).measured?.toPrecision(4)}）`,
  cases: rhoCases(0.7, 1.5),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: '||J(x)||_2 / rho^L', measured: sensitivityAtRho(tf, c) / c.rho ** c.depth, asserted: 1 });
  },
});

export const sensitivityRate = defineClaim({
  id: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b',
  primary: { why: '大约为 ρ^L states the size of the sensitivity (approximately equal), not a bound on it' },
  source: { file, quote: rhoQuote },
  statement: rhoStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/sensitivity-rho-to-the-l-reading-a): "approximately rho^L" as the actual growth: the per-layer rate ||J(x)||_2^(1/L) must be rho within 10%. Same nets as reading A.',
  kind: 'exact',
  tolerance: relative(0.1, '"approximately rho^L" read as a per-layer rate within 10% of rho: tighter would punish finite-depth effects, looser would accept a different base'),
  qualifiers: [{ condition: 'weights = orthogonal and activation = linear', holds: (w) => w.weights === 'orthogonal' && w.activation === 'linear' }],
  correction: (e) => (e.qualifiedBy
    ? '对正交权重的线性网络，敏感度恰为 $\\rho^L$；一般情况下 $\\rho^L$ 只是上界，实际每层增长率明显小于谱范数 $\\rho$'
    : `每层敏感度增长率为 ${outside(e).measured?.toPrecision(3)}，而 rho = ${Number(outside(e).where.rho).toFixed(3)}（${outside(e).where.activation}，${outside(e).where.weights} 权重）：$\\rho^L$ 只是上界`),
  cases: rhoCases(0.7, 1.5),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer sensitivity rate ||J(x)||_2^(1/L)', measured: sensitivityAtRho(tf, c) ** (1 / c.depth), asserted: c.rho });
  },
});

export const rhoAboveOneChaotic = defineClaim({
  id: 'deep-feedforward-networks/rho-above-one-chaotic-sensitivity',
  source: { file, quote: '如果 $\\rho {sign:rel} {one:number}$，网络将对其输入变得混沌般敏感' },
  statement: 'If rho {sign} {one} the network becomes chaotically sensitive to its input.',
  reading: 'Chaotic sensitivity = the worst-case sensitivity ||J(x)||_2 grows exponentially with depth, i.e. its per-layer rate is at least 1. Nets of sensitivity-rho-to-the-l-reading-a with the spectral norm rho of every weight matrix in (1, 2].',
  kind: 'exact',
  tolerance: atLeast(0, 'exponential growth means a per-layer rate of at least 1'),
  qualifiers: [{ condition: 'weights = orthogonal and activation = linear', holds: (w) => w.weights === 'orthogonal' && w.activation === 'linear' }],
  correction: (e) => `rho = ${Number(outside(e).where.rho).toFixed(3)} > 1 时，${outside(e).where.activation} 网络（${outside(e).where.weights} 权重）的敏感度每层缩放 ${outside(e).measured?.toPrecision(3)}，并不增长：$\\rho > 1$ 只是混沌敏感的必要条件`,
  cases: (_budget: Budget, slots: Slots) => rhoCases(1.0001 * slots.number('one'), 2 * slots.number('one'))(),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer worst-case sensitivity rate', measured: sensitivityAtRho(tf, c) ** (1 / c.depth), asserted: 1 });
  },
});

export const backpropIsLinear = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-a-linear-system',
  source: { file, quote: '我们可以通过将[反向传播](@article_id:302452)视为一个**[线性动力系统](@article_id:310700)**来获得更深的直觉' },
  statement: 'Back-propagation can be viewed as a linear dynamical system.',
  reading: 'What makes the view exact: at fixed weights and input, the back-propagated gradient is a linear function of the gradient fed in at the output. For random output gradients g1, g2 and scalars a, b in [-3, 3], tfjs autodiff must give grad(a g1 + b g2) = a grad(g1) + b grad(g2) at the input. ReLU and tanh MLPs with biases, depth 1..10, widths 1..16. Measured: max defect / max(|a||grad g1| + |b||grad g2|).',
  kind: 'exact',
  tolerance: absolute(1e-5, 'linearity holds up to float32 rounding of the two extra additions, about 1e-7 of the scale'),
  correction: (e) => `反向传播对输出梯度不是线性的（相对误差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ widths: netCases().map((c) => c.widths), activation: fc.constantFrom('relu', 'tanh'), a: fc.double({ min: -3, max: 3, noNaN: true }), b: fc.double({ min: -3, max: 3, noNaN: true }), seed: fc.nat() }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ widths, activation, a, b, seed }, { tf, judge }) => {
    const mlp = buildNet(tf, widths, activation, seed);
    const sizes = mlp.spec.sizes;
    try {
      const err = scalarOf(tf, () => {
        const x = tf.randomNormal([4, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
        const out = sizes[sizes.length - 1]!;
        const [g1, g2] = [tf.randomNormal([4, out], 0, 1, 'float32', subSeed(seed, 2)), tf.randomNormal([4, out], 0, 1, 'float32', subSeed(seed, 3))];
        const back = (g: Tensor) => tf.grad((t: Tensor) => tf.sum(tf.mul(forward(tf, mlp, t as Tensor2D), g)))(x);
        const [d1, d2] = [back(g1), back(g2)];
        const mixed = back(tf.add(tf.mul(g1, a), tf.mul(g2, b)));
        const defect = tf.max(tf.abs(tf.sub(mixed, tf.add(tf.mul(d1, a), tf.mul(d2, b)))));
        return tf.div(defect, tf.add(tf.max(tf.add(tf.mul(tf.abs(d1), Math.abs(a)), tf.mul(tf.abs(d2), Math.abs(b)))), 1e-30));
      });
      judge.value({ label: 'linearity defect of back-propagation in the output gradient', measured: err, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

// A deep square net whose every layer uses the same weight matrix W (a time-invariant system).
function tiedNet(tf: Tf, w: Tensor2D, depth: number, activation: Activation): Mlp {
  const n = w.shape[0];
  return { spec: { sizes: Array<number>(depth + 1).fill(n), activation, weightVariance: () => 0, seed: 0 }, weights: Array<Tensor2D>(depth).fill(w), biases: Array(depth).fill(null), dispose: () => undefined };
}
const stepQuote = '由与矩阵 $W^T$ 的乘法控制';
const stepStatement = 'Propagating the gradient from layer l back to layer l-1 is one time step, a multiplication by W^T.';
const stepCases = () => fc.record({ width: fc.integer({ min: 2, max: 32 }), depth: fc.integer({ min: 2, max: 12 }), seed: fc.nat() });
// max over layers of |g_{l-1} - W^T g_l| / |g_{l-1}| (row form: g_l W^T), gradients by tfjs autodiff through probes.
function stepDefect(tf: Tf, c: { width: number; depth: number; seed: number }, activation: Activation): number {
  const n = c.width;
  const w = tf.randomNormal([n, n], 0, Math.sqrt((activation === 'relu' ? 2 : 1) / n), 'float32', c.seed) as Tensor2D;
  const net = tiedNet(tf, w, c.depth, activation);
  try {
    return scalarOf(tf, () => {
      const x = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
      const r = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 2));
      const probes = Array.from({ length: c.depth }, () => tf.zeros([8, n]));
      const g = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(forward(tf, net, x, ps), r)))(probes);
      const defects = g.slice(1).map((gl, i) => tf.div(tf.norm(tf.sub(g[i]!, tf.matMul(gl as Tensor2D, w, false, true))), tf.add(tf.norm(g[i]!), 1e-30)));
      return tf.max(tf.stack(defects));
    });
  } finally {
    w.dispose();
  }
}

export const stepIsWTransposeLinear = defineClaim({
  id: 'deep-feedforward-networks/gradient-step-is-w-transpose-reading-a',
  primary: { why: 'the paragraph sets back-propagation up as a linear dynamical system (线性动力系统) with one matrix W^T per time step' },
  source: { file, quote: stepQuote },
  statement: stepStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/gradient-step-is-w-transpose-reading-b): the setting the dynamical-system picture needs, a linear network with the same W at every layer (time-invariant). Gradients dL/dh_l by tfjs autodiff (probes), width 2..32, depth 2..12, 8 inputs; measured: max over layers of |g_{l-1} - W^T g_l| / |g_{l-1}|.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'one float32 matrix-vector product per step: errors near 1e-6 relative; a different step map misses by order 1'),
  correction: (e) => `一步反向传播不是乘以 W^T（相对差 ${outside(e).measured?.toPrecision(3)}）`,
  cases: stepCases,
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |g_{l-1} - W^T g_l| / |g_{l-1}|', measured: stepDefect(tf, c, 'linear'), asserted: 0 });
  },
});

export const stepIsWTransposeRelu = defineClaim({
  id: 'deep-feedforward-networks/gradient-step-is-w-transpose-reading-b',
  alternativeOf: 'deep-feedforward-networks/gradient-step-is-w-transpose-reading-a',
  source: { file, quote: stepQuote },
  statement: stepStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/gradient-step-is-w-transpose-reading-a): the networks of this section, with a nonlinearity: the same tied-weight nets with ReLU (Var(W) = 2/n). Same measurement; the true step is W^T diag(relu\'(z_l)), which changes from layer to layer and input to input.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'the same band as reading A'),
  correction: (e) => `在ReLU网络中，一步反向传播是乘以 W^T 再乘以激活导数的对角矩阵 diag(φ'(z_l))，而不只是 W^T（仅乘 W^T 的相对误差为 ${outside(e).measured?.toPrecision(3)}）`,
  cases: stepCases,
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |g_{l-1} - W^T g_l| / |g_{l-1}|', measured: stepDefect(tf, c, 'relu'), asserted: 0 });
  },
});

// Generated dynamics matrices with a prescribed spectral radius r: Gaussian rescaled, non-normal Schur form, or normal.
interface MatrixCase { family: string; n: number; r: number; offDiag: number; seed: number }
function dynamicsMatrix(tf: Tf, c: MatrixCase): Dense {
  if (c.family === 'gaussian') {
    const g = gaussianMatrix(tf, c.n, c.n, 1, c.seed);
    const s = c.r / spectralRadius(g);
    return g.map((row) => row.map((v) => v * s));
  }
  const u = tf.tidy(() => tf.randomUniform([c.n], -1, 1, 'float32', subSeed(c.seed, 7)).arraySync() as number[]);
  if (c.family === 'normal') return normalMatrix(tf, u.slice(0, Math.floor(c.n / 2)).map((v, i) => (i === 0 ? c.r : Math.abs(v) * c.r)), c.seed);
  return schurMatrix(tf, u.map((v, i) => (i === 0 ? c.r * Math.sign(v || 1) : v * c.r)), c.offDiag, c.seed);
}
const matrixCases = (rLo: number, rHi: number) => () => fc.record({
  family: fc.constantFrom('gaussian', 'schur', 'normal'),
  n: fc.integer({ min: 2, max: 8 }).map((h) => 2 * h),
  r: fc.double({ min: rLo, max: rHi, noNaN: true }),
  offDiag: fc.double({ min: 0, max: 1, noNaN: true }),
  seed: fc.nat(),
});
const startVector = (tf: Tf, n: number, seed: number) => tf.tidy(() => tf.randomNormal([n], 0, 1, 'float32', subSeed(seed, 5)).arraySync() as number[]);

export const stabilityByEigenvalues = defineClaim({
  id: 'deep-feedforward-networks/stability-set-by-eigenvalues',
  source: { file, quote: '该系统的稳定性取决于 $W^T$ 的[特征值](@article_id:315305)' },
  statement: 'The stability of back-propagation as a linear system is determined by the eigenvalues of W^T.',
  reading: 'Stable = the gradient norm |(W^T)^k g| goes to 0 rather than infinity. Generated matrices (Gaussian rescaled, non-normal Schur form with off-diagonal entries up to N(0, 1), or normal), size 4..16, spectral radius r (float64 eigenvalues, ml-matrix) in [0.3, 0.95] or [1.05, 1.7]; g iterated 800 steps in tfjs with renormalisation. Measured: whether log|(W^T)^800 g| < log|g| agrees with r < 1.',
  kind: 'exact',
  tolerance: exactly('a yes/no agreement'),
  correction: (e) => `谱半径 ${Number(outside(e).where.r).toFixed(3)} 的矩阵，其迭代的稳定性与特征值的判断不一致`,
  cases: () => fc.record({ base: matrixCases(0.3, 0.95)(), unstable: fc.boolean() }).map(({ base, unstable }) => ({ ...base, r: unstable ? base.r + 0.75 : base.r })),
  runs: { quick: 6, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    const a = dynamicsMatrix(tf, c);
    const rho = spectralRadius(a);
    const logs = logPowerNorms(tf, a, startVector(tf, c.n, c.seed), 800);
    judge.holds({ label: 'decay after 800 steps iff spectral radius < 1', holds: (logs[800]! < 0) === (rho < 1), values: { rho, logNorm: logs[800]! } });
  },
});

// The real eigenvalue of largest modulus and its eigenvector (float64), for Schur-form matrices with real spectra.
function dominantReal(a: Dense): { lambda: number; v: number[]; vectors: Matrix; values: number[] } {
  const evd = new EigenvalueDecomposition(new Matrix(a));
  const values = evd.realEigenvalues;
  const k = values.reduce((best, v, i) => (Math.abs(v) > Math.abs(values[best]!) ? i : best), 0);
  return { lambda: values[k]!, v: evd.eigenvectorMatrix.getColumn(k), vectors: evd.eigenvectorMatrix, values };
}
// |lambda| in [1.05, 2] times the modulus the text calls unstable.
const unstableCasesAbove = (one: number) => fc.record({ n: fc.integer({ min: 2, max: 12 }), lambda: fc.double({ min: 1.05 * one, max: 2 * one, noNaN: true }), negative: fc.boolean(), offDiag: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.nat() });
// Schur-form matrix with one real eigenvalue +-lambda and the others uniform in (-0.9, 0.9).
function unstableMatrix(tf: Tf, c: { n: number; lambda: number; negative: boolean; offDiag: number; seed: number }): Dense {
  const u = tf.tidy(() => tf.randomUniform([c.n], -0.9, 0.9, 'float32', subSeed(c.seed, 7)).arraySync() as number[]);
  return schurMatrix(tf, u.map((v, i) => (i === 0 ? (c.negative ? -c.lambda : c.lambda) : v)), c.offDiag, c.seed);
}

export const unstableDirection = defineClaim({
  id: 'deep-feedforward-networks/eigenvalue-above-one-unstable-direction',
  source: { file, quote: '如果任何[特征值](@article_id:315305)的模大于{one:number}，它就定义了一个不稳定的方向' },
  statement: 'An eigenvalue of modulus greater than {one} defines an unstable direction.',
  reading: 'Matrices (size 2..12, non-normal Schur form) with one real eigenvalue of modulus |lambda| in [1.05, 2] and the rest inside (-0.9, 0.9). Along its eigenvector v (float64, ml-matrix) the iteration g <- W^T g (tfjs, float32, 20 steps) must grow by exactly |lambda| per step. Measured: the largest relative deviation of |g_{k+1}| / |g_k| from |lambda|.',
  kind: 'exact',
  tolerance: absolute(1e-3, 'along an exact eigenvector the ratio is |lambda| exactly; float32 storage of v leaves components of order 1e-7 (times the eigenbasis condition) along other directions, far below 1e-3 over 20 steps'),
  correction: (e) => `沿特征向量的增长率与 |λ| 相差 ${outside(e).measured?.toPrecision(3)}`,
  cases: (_budget: Budget, slots: Slots) => unstableCasesAbove(slots.number('one')),
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    const a = unstableMatrix(tf, c);
    const { lambda, v } = dominantReal(a);
    const norms = powerNorms(tf, a, v, 20);
    const dev = Math.max(...norms.slice(1).map((nk, k) => Math.abs(nk / norms[k]! / Math.abs(lambda) - 1)));
    judge.value({ label: 'max relative deviation of the per-step growth from |lambda| along its eigenvector', measured: dev, asserted: 0 });
  },
});

export const componentAmplified = defineClaim({
  id: 'deep-feedforward-networks/unstable-component-amplified-each-step',
  source: { file, quote: '初始梯度中沿着这个方向的任何分量都会在每个步骤中被放大，导致梯度幅值的指数级爆炸' },
  statement: 'Any component of the initial gradient along this direction is amplified at every step, so the gradient\'s magnitude explodes exponentially.',
  reading: 'Matrices of eigenvalue-above-one-unstable-direction and a random starting gradient g_0. Component = coefficient in the eigenbasis (g = sum c_i v_i, solved in float64). Iterating g <- W^T g in tfjs for 30 steps, the coefficient along the unstable eigenvector must be multiplied by |lambda| at every single step; and the norm must explode: after 400 steps (tracked in the log domain with renormalisation) |g_400| / |g_0| must exceed 1. (The explosion horizon was 30 steps in the first version, too short for |lambda| = 1.05 and a small initial component; fixed after the first standard run.) Measured: the largest relative deviation of |c_1(k+1)| / |c_1(k)| from |lambda|.',
  kind: 'exact',
  tolerance: absolute(1e-3, 'the coefficient is multiplied by lambda exactly in exact arithmetic; float32 iteration and the float64 solve leave errors far below 1e-3 in 30 steps'),
  correction: (e) => (outside(e).method === 'holds' ? `梯度幅值在400步内并未爆炸（${JSON.stringify(outside(e).values)}）` : `沿不稳定方向的分量并非每步都被放大 |λ| 倍（偏差 ${outside(e).measured?.toPrecision(3)}）`),
  cases: () => unstableCasesAbove(1),
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    const a = unstableMatrix(tf, c);
    const { lambda, vectors, values } = dominantReal(a);
    const k1 = values.indexOf(lambda);
    const g0 = startVector(tf, c.n, c.seed);
    const traj = tf.tidy(() => {
      const at = tf.tensor2d(a[0]!.map((_, j) => a.map((row) => row[j]!)));
      let g = tf.tensor2d([g0]) as Tensor2D;
      const rows = [g];
      for (let k = 0; k < 30; k++) { g = tf.matMul(g, at); rows.push(g); }
      return tf.concat(rows, 0).arraySync() as number[][];
    });
    const coeff = traj.map((g) => solve(vectors, Matrix.columnVector(g)).get(k1, 0));
    const dev = Math.max(...coeff.slice(1).map((ck, k) => Math.abs(Math.abs(ck / coeff[k]!) / Math.abs(lambda) - 1)));
    const logGrowth = logPowerNorms(tf, a, g0, 400)[400]!;
    judge.value({ label: 'max relative deviation of the per-step growth of the unstable component from |lambda|', measured: dev, asserted: 0 });
    judge.holds({ label: 'the gradient norm has exploded after 400 steps', holds: logGrowth > 0, values: { logGrowth } });
  },
});

export const lyapunovExponent = defineClaim({
  id: 'deep-feedforward-networks/lyapunov-exponent-is-log-spectral-radius',
  source: { file, quote: '这个最大[特征值](@article_id:315305)模的对数是系统的最大**[李雅普诺夫指数](@article_id:297279)**' },
  statement: 'The log of the largest eigenvalue modulus of W^T is the system\'s largest Lyapunov exponent, the rate of explosion.',
  reading: 'The largest Lyapunov exponent of g <- W^T g measured as the asymptotic growth rate (log|g_2K| - log|g_K|) / K with K = 600 (tfjs iteration with renormalisation), for generated matrices of stability-set-by-eigenvalues (Gaussian, non-normal Schur, normal; size 4..16) with spectral radius r in [0.5, 1.5]. It must equal log r (float64 eigenvalues).',
  kind: 'exact',
  tolerance: absolute(0.02, 'over K = 600 steps the growth rate differs from log r by at most log(eigenbasis condition + oscillation of a complex dominant pair) / K, about 0.01 for these sizes; 0.02 still separates log r from any other eigenvalue\'s log modulus by more than the typical gap'),
  correction: (e) => `测得的增长率与 log(谱半径) 相差 ${outside(e).measured?.toPrecision(3)}`,
  cases: matrixCases(0.5, 1.5),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    const a = dynamicsMatrix(tf, c);
    const logs = logPowerNorms(tf, a, startVector(tf, c.n, c.seed), 1200);
    const rate = (logs[1200]! - logs[600]!) / 600;
    judge.value({ label: '|measured growth rate - log(spectral radius)|', measured: Math.abs(rate - Math.log(spectralRadius(a))), asserted: 0 });
  },
});

// Peak over k <= K of ||A^k||_2 for a Schur-form matrix with eigenvalues uniform in [-r, r] (one at r),
// rounded to float32 (the matrix tfjs iterates). Strongly non-normal matrices have eigenvalues so sensitive
// that rounding can move them by far more than 2^-24, so the spectral radius is taken of the rounded matrix.
function transientPeak(tf: Tf, n: number, r: number, offDiag: number, seed: number, K = 60): { peak: number; at: number; rho: number; a: Dense } {
  const u = tf.tidy(() => tf.randomUniform([n], -1, 1, 'float32', subSeed(seed, 7)).arraySync() as number[]);
  const a = schurMatrix(tf, u.map((v, i) => (i === 0 ? r : v * r)), offDiag, seed).map((row) => row.map(Math.fround));
  const ops = powerOperatorNorms(a, K);
  const peak = Math.max(...ops);
  return { peak, at: ops.indexOf(peak), rho: spectralRadius(a), a };
}
// The matrix with the largest transient among those whose (float32) spectral radius is below 1.
const largestStable = (runs: ReturnType<typeof transientPeak>[]) => runs.filter((q) => q.rho < 1).reduce((p, q) => (q.peak > p.peak ? q : p));

export const smallEigenvaluesNotEnough = defineClaim({
  id: 'deep-feedforward-networks/small-eigenvalues-not-enough',
  source: { file, quote: '仅仅确保[特征值](@article_id:315305)很小是不够的' },
  statement: 'Making sure the eigenvalues are small is not enough to keep gradients from growing.',
  reading: 'An existence statement: among 12 seeded matrices of size 8 or 16 built with eigenvalues of modulus at most 0.5 (non-normal Schur form, off-diagonal entries N(0, 1) or N(0, 4)) and rounded to float32, those whose rounded spectral radius stays at most 0.55 ("small") are kept, and at least one amplifies some gradient by a factor of 10 or more over some number of steps k <= 60: max_k ||A^k||_2 >= 10 (float64 powers; the maximising vector is the top right singular vector). The share of such matrices is recorded.',
  kind: 'exact',
  tolerance: exactly('a yes/no existence'),
  correction: () => '在所生成的矩阵中，特征值很小时梯度并未出现显著增长',
  check: ({ tf, judge, record, seed }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, i % 2 ? 16 : 8, 0.5, i % 3 ? 2 : 1, subSeed(seed, i))).filter((q) => q.rho <= 0.55);
    const peaks = runs.map((q) => q.peak);
    record('peak amplification per matrix', peaks.map((p) => p.toPrecision(3)).join(', '));
    record('share with peak >= 10', peaks.filter((p) => p >= 10).length / peaks.length);
    judge.holds({ label: 'some matrix with all |eigenvalues| <= 0.55 amplifies a gradient 10-fold', holds: Math.max(...peaks) >= 10, values: { maxPeak: Math.max(...peaks) } });
  },
});

export const nonNormalTransient = defineClaim({
  id: 'deep-feedforward-networks/non-normal-transient-growth',
  source: { file, quote: '即使谱半径（最大[特征值](@article_id:315305)模）小于{one:number}，该矩阵仍然可能在[向量范数](@article_id:301092)最终衰减之前，引起其短暂但巨大的增长' },
  statement: 'A non-normal matrix with spectral radius below {one} can make a vector\'s norm grow briefly but hugely before it finally decays.',
  reading: 'An existence statement. 12 seeded non-normal matrices (Schur form, size 8 or 16, eigenvalues in [-0.9, 0.9] with one at 0.9, off-diagonal entries N(0, 1) or N(0, 4), rounded to float32, the spectral radius taken of the rounded matrix); for the one with the largest transient among those with spectral radius below 1, the vector v maximising ||A^k* v|| (top right singular vector of A^k*, float64) is iterated in tfjs: its norm must reach at least 10 |v| ("huge": an order of magnitude) and then decay below |v| ("finally": by step 3000, tracked in the log domain with renormalisation since the transient can exceed float32\'s range). Measured: the peak and the final norm (tfjs).',
  kind: 'exact',
  tolerance: exactly('yes/no facts about the measured trajectory'),
  correction: (e) => `所生成的谱半径小于${e.slots.number('one')}的非正规矩阵并未引起显著的瞬时增长`,
  check: ({ tf, judge, record, seed, slots }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, i % 2 ? 16 : 8, 0.9, i % 3 ? 2 : 1, subSeed(seed, i)));
    record('matrices whose float32 rounding has spectral radius >= 1 (eigenvalue sensitivity), of 12', runs.filter((q) => q.rho >= 1).length);
    const best = largestStable(runs);
    let p = best.a;
    for (let k = 1; k < best.at; k++) p = new Matrix(p).mmul(new Matrix(best.a)).to2DArray();
    const svdV = new SingularValueDecomposition(new Matrix(p)).rightSingularVectors.getColumn(0);
    const logs = logPowerNorms(tf, best.a, svdV, 3000);
    const peak = Math.exp(Math.max(...logs));
    const final = logs[3000]!;
    record('spectral radius of the chosen matrix', best.rho);
    record('step of the peak', logs.indexOf(Math.max(...logs)));
    record('peak |A^k v| / |v| (tfjs)', peak);
    record('log(|A^3000 v| / |v|) (tfjs)', final);
    judge.holds({ label: `spectral radius < ${slots.number('one')}`, holds: best.rho < slots.number('one'), values: { rho: best.rho } });
    judge.holds({ label: 'transient growth to at least 10 |v|', holds: peak >= 10, values: { peak } });
    judge.holds({ label: 'final decay below |v| by step 3000', holds: final < 0, values: { logFinal: final } });
  },
});

export const onlyNonNormalGrow = defineClaim({
  id: 'deep-feedforward-networks/normal-matrices-cannot-grow-transiently',
  source: { file, quote: '确切地说是[非正规矩阵](@article_id:354109)' },
  statement: 'The matrices that can grow transiently despite a spectral radius below 1 are exactly the non-normal ones.',
  reading: 'The half that needs checking: a normal matrix with spectral radius below 1 never increases any vector\'s norm, at any step. Generated normal matrices (rotation blocks, Q D Q^T with conjugate eigenvalue pairs, size 4..16, radius in [0.3, 0.999]); measured: max over k <= 60 of ||A^k||_2 (float64 powers), which must not exceed 1, and the same for a random vector iterated in tfjs. (That non-normal ones can grow is non-normal-transient-growth.)',
  kind: 'exact',
  tolerance: atMost(1e-5, 'a bound of 1 on the gain; 1e-5 allows float32 rounding of the tfjs iteration'),
  correction: (e) => `一个谱半径小于1的正规矩阵也使向量范数增长到 ${outside(e).measured?.toPrecision(4)} 倍`,
  cases: () => fc.record({ n: fc.integer({ min: 2, max: 8 }).map((h) => 2 * h), r: fc.double({ min: 0.3, max: 0.999, noNaN: true }), seed: fc.nat() }),
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ n, r, seed }, { tf, judge }) => {
    const a = dynamicsMatrix(tf, { family: 'normal', n, r, offDiag: 0, seed });
    judge.value({ label: 'max_k ||A^k||_2 (float64)', measured: Math.max(...powerOperatorNorms(a, 60)), asserted: 1 });
    judge.value({ label: 'max_k |A^k v| / |v| (tfjs)', measured: Math.max(...powerNorms(tf, a, startVector(tf, n, seed), 60)), asserted: 1 });
  },
});

export const deepNetTransient = defineClaim({
  id: 'deep-feedforward-networks/deep-net-transient-gradient-explosion',
  source: { file, quote: '深度网络仍然可能经历梯度的瞬时爆炸' },
  statement: 'Even when the linear algebra suggests stability, a deep network can see its gradient explode transiently.',
  reading: 'An existence statement about an actual network and its autodiff gradients: a 60-layer linear network with the same weight matrix W at every layer, W non-normal with spectral radius below 1 (of 12 seeded size-16 matrices of non-normal-transient-growth, the one with the largest transient among those whose float32 rounding keeps the spectral radius below 1). Gradients dL/dh_l by tfjs autodiff for a batch of 32 random output gradients; measured: the largest |dL/dh_l| / |dL/dh_59| over layers (h_59 feeds the last layer) (must reach 10: an order of magnitude) while the spectral radius is below 1. The gradient at the input is recorded.',
  kind: 'exact',
  tolerance: exactly('yes/no facts about the measured gradients'),
  correction: () => '在所构造的深度线性网络中，梯度并未出现瞬时爆炸',
  check: ({ tf, judge, record, seed }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, 16, 0.9, i % 3 ? 2 : 1, subSeed(seed, i)));
    const best = largestStable(runs);
    const w = tf.tensor2d(best.a) as Tensor2D;
    const net = tiedNet(tf, w, 60, 'linear');
    try {
      const norms = gradientNorms(tf, net, { batchSize: 32, seed });
      const out = norms[59]!;
      const peak = Math.max(...norms) / out;
      record('spectral radius of W', best.rho);
      record('|dL/dx| / |dL/dh_59|', norms[0]! / out);
      record('layer of the peak (from the output)', 60 - norms.indexOf(Math.max(...norms)));
      judge.holds({ label: 'spectral radius < 1', holds: best.rho < 1, values: { rho: best.rho } });
      judge.holds({ label: 'some layer\'s gradient is 10x the output-side gradient', holds: peak >= 10, values: { peak } });
    } finally {
      w.dispose();
    }
  },
});

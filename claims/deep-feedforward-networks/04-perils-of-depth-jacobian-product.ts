// § 深度的危险：不稳定的级联效应, first three paragraphs: back-propagation multiplies one Jacobian per
// layer, so gradients shrink or grow exponentially when those Jacobians' norms are below or above 1. How we
// test it: explicit layer Jacobians against tfjs autodiff, and nets rescaled so every layer Jacobian has a
// prescribed norm. What would refute it: a product that is not the autodiff gradient, a norm above 1 with a
// shrinking gradient.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { absolute, atLeast, atMost, defineClaim, relative, type Budget, type CheckContext, type EvidenceView, type Slots } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, forward, type Mlp } from '../../src/nets/base/mlp.js';
import { autodiffJacobian, chainProduct, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { meanLayerFactor } from '../../src/nets/probe/gradient-norms.js';
import { spectralNorm } from '../../src/nets/base/spectra.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { buildSmallMlp, smallMlpCases } from '../../src/nets/build/small-mlps.js';
import { scalarOf } from '../../src/backend/scalar-of.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];
const productTolerance = absolute(1e-4, 'both sides are the same chain rule in float32: at most 10 products of inner dimension <= 16 err by about 2*10*16*2^-24 = 2e-5 of the magnitude scale |J_L|...|J_1|; a wrong product misses by order 1');

export const jacobianProduct = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-a-product-of-layer-jacobians',
  source: { file, quote: '这会变成一个非常、非常长的矩阵乘积（每一层变换的[雅可比矩阵](@article_id:303923)）' },
  statement: 'For a deep network the chain rule becomes a long product of matrices, one Jacobian per layer.',
  reading: 'The input-output Jacobian df/dx of an MLP, taken by tfjs autodiff (one backward pass per output), must equal the product J_L ... J_1 of the layer Jacobians J_l = diag(phi\'(z_l)) W_l^T written out by hand. ReLU and tanh MLPs with biases, depth 1..10, widths 1..16, one N(0, I) input. Measured: max |autodiff - product| / max of the magnitude product |J_L|...|J_1|.',
  kind: 'exact',
  tolerance: productTolerance,
  correction: (e) => `输入-输出雅可比矩阵与各层雅可比矩阵之积不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: smallMlpCases,
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const mlp = buildSmallMlp(tf, widths, activation, seed);
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
  correction: (e) => `输入梯度与公式 J_1^T...J_L^T ∇out 不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: smallMlpCases,
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const mlp = buildSmallMlp(tf, widths, activation, seed);
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
  correction: (e) => `梯度增益的对数并不随深度线性增长：深度3L与L之比为 ${firstOutside(e).measured?.toPrecision(3)}`,
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
const rateCorrection = (e: EvidenceView) => `层雅可比范数为 ${Number(firstOutside(e).where.target).toFixed(3)} 时，梯度每层实际缩放因子为 ${firstOutside(e).measured?.toPrecision(3)}（宽度 ${firstOutside(e).where.width}、深度 ${firstOutside(e).where.depth}）`;

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

// § 深度的危险：不稳定的级联效应, first three paragraphs: back-propagation multiplies one Jacobian per
// layer, so gradients shrink or grow exponentially when those Jacobians' norms are below or above 1. How we
// test it: explicit layer Jacobians against tfjs autodiff, and nets rescaled so every layer Jacobian has a
// prescribed norm. What would refute it: a product that is not the autodiff gradient, a norm above 1 with a
// shrinking gradient.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { above, absolute, defineClaim, noLessThan, noMoreThan, relative, type Budget, type CheckContext, type EvidenceView, type Slots } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, forward, type Mlp } from '../../src/nets/base/mlp.js';
import { autodiffJacobian, chainProduct, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { meanLayerFactor } from '../../src/nets/probe/gradients/gradient-norms.js';
import { spectralNorm, type Dense } from '../../src/nets/base/spectra.js';
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
  reading: 'The input-output Jacobian df/dx of an MLP, taken by tfjs autodiff (one backward pass per output), must equal the product J_L ... J_1 of the layer Jacobians J_l = diag(phi\'(z_l)) W_l^T written out by hand. ReLU and tanh MLPs with biases, depth 1..10, widths 1..16, one N(0, I) input. Measured: max |autodiff - product| / max of the magnitude product |J_L|...|J_1|. Scope forall: a computed identity for every generated network.',
  kind: 'exact',
  scope: 'forall',
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
  reading: 'Jacobian_l = dh_l/dh_{l-1} (layer 1 next to the input). For a random output gradient g (N(0, I)), tfjs autodiff of sum(f(x) * g) with respect to x must equal J_1^T (J_2^T (... (J_L^T g))) applied in the order the formula writes. Same nets as backprop-is-a-product-of-layer-jacobians. Measured: max |autodiff - formula| / max of |J_1|^T ... |J_L|^T |g|. Scope forall: a formula, so it must hold for every generated network.',
  kind: 'exact',
  scope: 'forall',
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
  reading: 'What a product implies: the log of the end-to-end gradient gain adds up over layers, so it grows linearly with depth and the gain itself exponentially. ReLU MLPs of width 128 with Var(W) = c/n for c in {0.5, 1, 4, 8} (off the critical c = 2), L = 3..6 hidden layers, zero biases, a batch of 32 N(0, I) inputs; the mean of log(|dL/dx| / |dL/dh_H|) over 3 networks at depth 3L, divided by the same at depth L, must be 3. Scope forall: a definite statement about the product, so every generated case must show it.',
  kind: 'statistical',
  scope: 'forall',
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
// and scales J_l by exactly s_l. Returns either the per-layer rate (|dL/dx| / |g|)^(1/L) by tfjs autodiff
// for one random output gradient g, or the per-layer rate of its mean square over g (float64, from the
// Jacobians): each claim asks for the one it judges, and only that one is computed (the other, and the
// spectral norms when the RMS gain is rescaled, were most of reading B's full-budget time).
function rescaledGain(tf: Tf, c: { depth: number; width: number; target: number; seed: number }, norm: 'spectral' | 'rms', measure: 'rate' | 'meanSquareRate'): number {
  const n = c.width;
  const mlp = buildMlp(tf, { sizes: Array<number>(c.depth + 2).fill(n), activation: 'relu', weightVariance: (k) => 2 / k, seed: c.seed });
  const x = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
  const js = layerJacobians(tf, mlp, x);
  const dense = js.map((j) => j.arraySync());
  tf.dispose(js);
  const norms = norm === 'spectral' ? dense.map(spectralNorm) : dense.map((j) => Math.sqrt(j.flat().reduce((s, v) => s + v * v, 0) / j.length));
  const scales = norms.map((v) => c.target / v);
  try {
    if (measure === 'rate') {
      const scaled: Mlp = { ...mlp, weights: mlp.weights.map((w, l) => tf.mul(w, scales[l]!) as Tensor2D) };
      try {
        const gain = scalarOf(tf, () => {
          const g = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 2));
          const dx = tf.grad((t: Tensor) => tf.sum(tf.mul(forward(tf, scaled, t as Tensor2D), g)))(x);
          return tf.div(tf.norm(dx), tf.norm(g));
        });
        return gain ** (1 / (c.depth + 1));
      } finally {
        tf.dispose(scaled.weights);
      }
    }
    // The mean over isotropic output gradients g of |P^T g|^2 / |g|^2 is ||P||_F^2 / n for the end-to-end
    // Jacobian P: the mean-field quantity, free of the finite-width drift of a single direction's log-gain.
    const p = scaledChain(dense, scales);
    const meanSquare = p.flat().reduce((s, v) => s + v * v, 0) / p.length;
    return meanSquare ** (1 / (2 * (c.depth + 1)));
  } finally {
    x.dispose();
    mlp.dispose();
  }
}

/**
 * The float64 product (s_L J_L) ... (s_1 J_1), each entry summed over k in ascending order from +0 as
 * ml-matrix's mmul sums it, but skipping the terms whose factor is zero: the rows of an inactive ReLU
 * unit (about half of every J_l, and so of every partial product). A skipped term is +-0, and adding +-0
 * to a finite sum that is never -0 leaves it unchanged, so the product is the same to the bit at about a
 * quarter of the multiplications (spectra.ts's matmul on this chain was 75% of reading B's time).
 */
function scaledChain(js: readonly Dense[], scales: readonly number[]): Dense {
  let acc = js[0]!.map((row) => row.map((v) => v * scales[0]!));
  for (let l = 1; l < js.length; l++) {
    const cols = acc[0]!.length;
    const live = acc.flatMap((row, k) => (row.some((v) => v !== 0) ? [k] : []));
    const prev = acc;
    acc = js[l]!.map((jrow) => {
      const out = new Float64Array(cols);
      for (const k of live) {
        const a = jrow[k]! * scales[l]!;
        if (a === 0) continue;
        const b = prev[k]!;
        for (let j = 0; j < cols; j++) out[j] = out[j]! + a * b[j]!;
      }
      return Array.from(out);
    });
  }
  return acc;
}
const normCases = (lo: number, hi: number) => () => fc.record({ depth: fc.integer({ min: 8, max: 16 }), width: fc.integer({ min: 16, max: 64 }), target: fc.double({ min: lo, max: hi, noNaN: true }), seed: fc.nat() });
const rateCorrection = (e: EvidenceView) => `层雅可比范数为 ${Number(firstOutside(e).where.target).toFixed(3)} 时，梯度每层实际缩放因子为 ${firstOutside(e).measured?.toPrecision(3)}（宽度 ${firstOutside(e).where.width}、深度 ${firstOutside(e).where.depth}）`;

export const normsBelowOne = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-below-one-vanish',
  source: { file, quote: '如果这些矩阵的范数平均略小于{one:number}，梯度在向后传播时将呈指数级缩小' },
  statement: 'If the layer Jacobians\' norms are on average slightly below {one}, the gradient shrinks exponentially on its way back.',
  reading: '"Norm" = the spectral (operator) norm; "slightly below 1" = every layer Jacobian rescaled to spectral norm t in [0.9, 0.99]. Square ReLU MLPs (depth 8..16 hidden layers, width 16..64, zero biases): at one N(0, I) input each layer\'s Jacobian is computed, its spectral norm taken in float64 (ml-matrix SVD), and its weights rescaled so the norm is exactly t (ReLU is positively homogeneous, so activation patterns do not change). Measured: the per-layer rate (|dL/dx| / |g|)^(1/L) of the tfjs autodiff gradient for a random output gradient g; shrinking = rate below 1. (The "numerical dust" is then a matter of depth: at rate r it takes log(2^-24)/log(r) layers.) Scope forall: the conditional "如果…将" is definite, so every case meeting its condition must shrink.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noMoreThan(1, 'exponential shrinking means a per-layer rate of at most 1'),
  correction: rateCorrection,
  cases: (_budget: Budget, slots: Slots) => normCases(0.9 * slots.number('one'), 0.99 * slots.number('one'))(),
  runs: { quick: 4, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'spectral', 'rate') });
  },
});

const aboveQuote = '如果它们的范数平均略大于{one:number}，梯度将呈指数级增长，爆炸成无法使用的无穷大';
const aboveStatement = 'If the layer Jacobians\' norms are on average slightly above {one}, the gradient grows exponentially and explodes.';

export const normsAboveOneSpectral = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-a',
  alternativeOf: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b',
  source: { file, quote: aboveQuote },
  statement: aboveStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b): "norm" = the spectral (operator) norm, the usual matrix norm. Nets and procedure of jacobian-norms-below-one-vanish, with every layer Jacobian rescaled to spectral norm t in [1.01, 1.1]. Exponential growth = per-layer rate of the autodiff gradient at least 1. Scope forall: the conditional "如果…将" is definite, so every case meeting its condition must grow.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'exponential growth means a per-layer rate of at least 1'),
  correction: (e) => `${rateCorrection(e)}：谱范数略大于1并不导致梯度爆炸（谱范数只是上界，典型增益远小于它）`,
  cases: (_budget: Budget, slots: Slots) => normCases(1.01 * slots.number('one'), 1.1 * slots.number('one'))(),
  runs: { quick: 4, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'spectral', 'rate') });
  },
});

// Widths over which the per-layer rate is extrapolated to infinite width, where mean-field theory holds.
const EXTRAPOLATION_WIDTHS = [16, 32, 64, 128];
/** Least-squares intercept at 1/width = 0 of y against 1/width: finite-width corrections are O(1/width) to leading order. */
function infiniteWidthIntercept(widths: readonly number[], ys: readonly number[]): number {
  const xs = widths.map((w) => 1 / w);
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  const slope = xs.reduce((s, x, k) => s + (x - mx) * (ys[k]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return my - slope * mx;
}

export const normsAboveOneRms = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b',
  primary: { why: 'the paragraph\'s telephone-game analogy (每一层的雅可比矩阵都扮演着乘数的角色; 范数平均略大于1) speaks of the typical gain of each layer, and nothing in that paragraph names the spectral norm' },
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'full\'s 30 replicates per case decide it: the full-budget run of session 8 (seed 1) put every generated case\'s interval inside the band, where quick\'s 4 and standard\'s 12 leave the cases nearest 1 undecided (the old projection from 4 replicates overstated the need: it omitted the falling t quantile)' },
  source: { file, quote: aboveQuote },
  statement: aboveStatement,
  reading: 'Reading B (primary; reading A is deep-feedforward-networks/jacobian-norms-above-one-explode-reading-a, and the first design of this reading is deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b-typical-rate), made the primary after the referee found the spectral norm borrowed from the next paragraph while this paragraph\'s multiplier analogy means the typical gain (docs/reviews/findings-engine.md #1): "norm" = the root-mean-square gain ||J||_F / sqrt(rows), the per-layer multiplier of mean-field theory. The multiplier picture is the mean-field (infinite-width) one, so the rate is judged at its infinite-width baseline, not at one finite width: the first design judged one output direction at widths 16..64 and failed at narrow widths through an O(1/width) correction, not through the sentence (issue 18). Procedure of jacobian-norms-below-one-vanish, every layer Jacobian rescaled to RMS gain t in [1.01, 1.1], at widths 16, 32, 64 and 128 (depth 8..16). Per width: the per-layer rate of the mean-square gain over isotropic output gradients, (||P||_F^2 / n)^(1 / 2L) for the end-to-end Jacobian P (exact, float64). Per replicate (one net per width): the least-squares intercept of log rate against 1/width, the extrapolated infinite-width rate. Judged (replicated, a gated judgement): the mean of the extrapolated rates over replicates (t-interval) must lie above 1, for every generated depth and t. The replicates\' spread (about 0.035) decides t above about 1.05 at the quick budget (4 replicates); t near 1.01, a per-layer rate of about 1.01, needs the full budget (30 replicates) and may stay inconclusive there. (In this redesign the mean-square rate was first looked at per width without extrapolation: it too fell below 1 at widths 16-17, e.g. 0.90 at depth 12, the same finite-width correction; that design was not kept as a claim, since it judges the correction, not the sentence.)',
  kind: 'statistical',
  tolerance: above(1, '"grows exponentially" means an infinite-width per-layer rate above 1'),
  correction: (e) => `层雅可比均方根增益为 ${Number(firstOutside(e).where.target).toFixed(3)} 时，外推到无限宽度的梯度每层缩放因子为 ${firstOutside(e).measured?.toPrecision(3)}（深度 ${firstOutside(e).where.depth}），并未增长`,
  cases: (_budget: Budget, slots: Slots) => fc.record({ depth: fc.integer({ min: 8, max: 16 }), target: fc.double({ min: 1.01 * slots.number('one'), max: 1.1 * slots.number('one'), noNaN: true }), seed: fc.nat() }),
  runs: { quick: 3, standard: 10, full: 30 },
  scale: { quick: { replicates: 4 }, standard: { replicates: 12 }, full: { replicates: 30 } },
  check: (c, { tf, judge, record, scaled }) => {
    record('widths extrapolated', EXTRAPOLATION_WIDTHS.join(', '));
    const rates = Array.from({ length: scaled.replicates }, (_, r) => {
      const logRates = EXTRAPOLATION_WIDTHS.map((width, k) => Math.log(rescaledGain(tf, { ...c, width, seed: subSeed(c.seed, r * EXTRAPOLATION_WIDTHS.length + k) }, 'rms', 'meanSquareRate')));
      return Math.exp(infiniteWidthIntercept(EXTRAPOLATION_WIDTHS, logRates));
    });
    judge.replicated({ label: 'per-layer mean-square gradient rate extrapolated to infinite width', samples: rates, resolution: 1e-3, training: { untrained: 'random nets at one input, rescaled; nothing is trained' } });
  },
});

export const normsAboveOneRmsTypicalRate = defineClaim({
  id: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b-typical-rate',
  alternativeOf: 'deep-feedforward-networks/jacobian-norms-above-one-explode-reading-b',
  source: { file, quote: aboveQuote },
  statement: aboveStatement,
  reading: 'The first design of reading B, kept as its own reading (ground rule 1) after a referee dismissed its finding as finite-width drift (issue 18): it judges the per-layer rate of one random output gradient, whose log-gain at width n sits about c/n below the mean-field rate t (a finite-width correction judged without its infinite-width baseline), so it fails at narrow widths through the width, not through the sentence. "norm" = the root-mean-square gain ||J||_F / sqrt(rows), the factor by which J^T scales a random vector\'s squared norm on average. Same nets and procedure, every layer Jacobian rescaled to RMS gain t in [1.01, 1.1]. Exponential growth = per-layer rate of the autodiff gradient at least 1. Scope forall: the conditional "如果…将" is definite, so every case meeting its condition must grow.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'exponential growth means a per-layer rate of at least 1'),
  qualifiers: [{ condition: 'width >= 48', holds: (w) => Number(w.width) >= 48 }],
  correction: (e) => (e.qualifiedBy ? '如果它们的均方根增益平均略大于1（且层足够宽），梯度将呈指数级增长' : rateCorrection(e)),
  cases: (_budget: Budget, slots: Slots) => normCases(1.01 * slots.number('one'), 1.1 * slots.number('one'))(),
  runs: { quick: 3, standard: 15, full: 50 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'per-layer gradient rate', measured: rescaledGain(tf, c, 'rms', 'rate') });
  },
});

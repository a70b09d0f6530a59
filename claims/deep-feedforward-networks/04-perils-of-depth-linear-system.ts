// § 深度的危险：不稳定的级联效应, the paragraph on back-propagation as a linear dynamical system: one
// step is a multiplication by W^T, stability is set by its eigenvalues, and the largest modulus gives the
// Lyapunov exponent. How we test it: tied-weight nets against tfjs autodiff, generated matrices with their
// spectra in float64 (ml-matrix) and their powers iterated in tfjs. What would refute it: a step that is not
// W^T, an eigenvalue above 1 whose direction does not grow, a rate that is not log rho.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, exactly, type Budget, type CheckContext, type Slots } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { forward } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { spectralRadius, type Dense } from '../../src/nets/base/spectra.js';
import { logNormGrowthRate, logPowerNorms, powerNorms, schurMatrix } from '../../src/nets/theory/transient-growth.js';
import { EigenvalueDecomposition, Matrix, solve } from 'ml-matrix';
import { firstOutside, shrunkOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';
import { buildSmallMlp, smallMlpCases } from '../../src/nets/build/small-mlps.js';
import { tiedNet } from '../../src/nets/build/tied-net.js';
import { dynamicsFactor, dynamicsMatrix, startVector } from '../../src/nets/theory/dynamics-matrices.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

export const backpropIsLinear = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-a-linear-system',
  source: { file, quote: '我们可以通过将[反向传播](@article_id:302452)视为一个**[线性动力系统](@article_id:310700)**来获得更深的直觉' },
  statement: 'Back-propagation can be viewed as a linear dynamical system.',
  reading: 'What makes the view exact: at fixed weights and input, the back-propagated gradient is a linear function of the gradient fed in at the output. For random output gradients g1, g2 and scalars a, b in [-3, 3], tfjs autodiff must give grad(a g1 + b g2) = a grad(g1) + b grad(g2) at the input. ReLU and tanh MLPs with biases, depth 1..10, widths 1..16. Measured: max defect / max(|a||grad g1| + |b||grad g2|). Scope forall: a modelling identity, so it must hold for every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'linearity holds up to float32 rounding of the two extra additions, about 1e-7 of the scale'),
  correction: (e) => `反向传播对输出梯度不是线性的（相对误差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ widths: smallMlpCases().map((c) => c.widths), activation: fc.constantFrom('relu', 'tanh'), a: fc.double({ min: -3, max: 3, noNaN: true }), b: fc.double({ min: -3, max: 3, noNaN: true }), seed: fc.nat() }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ widths, activation, a, b, seed }, { tf, judge }) => {
    const mlp = buildSmallMlp(tf, widths, activation, seed);
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

const stepQuote = '由与矩阵 $W^T$ 的乘法控制';
const stepStatement = 'Propagating the gradient from layer l back to layer l-1 is one time step, a multiplication by W^T.';
const stepCases = () => fc.record({ width: fc.integer({ min: 2, max: 32 }), depth: fc.integer({ min: 2, max: 12 }), seed: fc.nat() });
// max over layers of |g_{l-1} - W^T g_l| / max(|g_{l-1}|, |W^T g_l|) (row form: g_l W^T), gradients by tfjs
// autodiff through probes. The larger of the two norms as the scale: a ReLU layer can zero g_{l-1} outright,
// and dividing by that zero gave ratios of 1e31 that only measured the guard; this ratio is at most 2.
function stepDefect(tf: Tf, c: { width: number; depth: number; seed: number }, activation: Activation): number {
  const n = c.width;
  const w = tf.randomNormal([n, n], 0, Math.sqrt((activation === 'relu' ? 2 : 1) / n), 'float32', c.seed) as Tensor2D;
  const net = tiedNet(w, c.depth, activation);
  try {
    return scalarOf(tf, () => {
      const x = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
      const r = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 2));
      const probes = Array.from({ length: c.depth }, () => tf.zeros([8, n]));
      const g = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(forward(tf, net, x, ps), r)))(probes);
      const defects = g.slice(1).map((gl, i) => {
        const step = tf.matMul(gl as Tensor2D, w, false, true);
        return tf.div(tf.norm(tf.sub(g[i]!, step)), tf.maximum(tf.maximum(tf.norm(g[i]!), tf.norm(step)), 1e-30));
      });
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
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/gradient-step-is-w-transpose-reading-b): the setting the dynamical-system picture needs, a linear network with the same W at every layer (time-invariant). Gradients dL/dh_l by tfjs autodiff (probes), width 2..32, depth 2..12, 8 inputs; measured: max over layers of |g_{l-1} - W^T g_l| / max(|g_{l-1}|, |W^T g_l|) (the larger norm as the scale, so a layer whose gradient ReLU zeroed gives at most 2, not a division by zero). Scope forall: a definite statement about every step.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'one float32 matrix-vector product per step: errors near 1e-6 relative; a different step map misses by order 1'),
  correction: (e) => `一步反向传播不是乘以 W^T（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: stepCases,
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |g_{l-1} - W^T g_l| / max(|g_{l-1}|, |W^T g_l|)', measured: stepDefect(tf, c, 'linear'), asserted: 0 });
  },
});

export const stepIsWTransposeRelu = defineClaim({
  id: 'deep-feedforward-networks/gradient-step-is-w-transpose-reading-b',
  alternativeOf: 'deep-feedforward-networks/gradient-step-is-w-transpose-reading-a',
  source: { file, quote: stepQuote },
  statement: stepStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/gradient-step-is-w-transpose-reading-a): the networks of this section, with a nonlinearity: the same tied-weight nets with ReLU (Var(W) = 2/n). Same measurement; the true step is W^T diag(relu\'(z_l)), which changes from layer to layer and input to input. Scope forall: a definite statement about every step.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'the same band as reading A'),
  correction: (e) => `在ReLU网络中，一步反向传播是乘以 W^T 再乘以激活导数的对角矩阵 diag(φ'(z_l))，而不只是 W^T（仅乘 W^T 的相对误差为 ${shrunkOutside(e).measured?.toPrecision(3)}）`,
  cases: stepCases,
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |g_{l-1} - W^T g_l| / max(|g_{l-1}|, |W^T g_l|)', measured: stepDefect(tf, c, 'relu'), asserted: 0 });
  },
});

const matrixCases = (rLo: number, rHi: number) => () => fc.record({
  family: fc.constantFrom('gaussian', 'schur', 'normal'),
  n: fc.integer({ min: 2, max: 8 }).map((h) => 2 * h),
  r: fc.double({ min: rLo, max: rHi, noNaN: true }),
  offDiag: fc.double({ min: 0, max: 1, noNaN: true }),
  seed: fc.nat(),
});

export const stabilityByEigenvalues = defineClaim({
  id: 'deep-feedforward-networks/stability-set-by-eigenvalues',
  source: { file, quote: '该系统的稳定性取决于 $W^T$ 的[特征值](@article_id:315305)' },
  statement: 'The stability of back-propagation as a linear system is determined by the eigenvalues of W^T.',
  reading: 'Stable = the gradient norm |(W^T)^k g| goes to 0 rather than infinity. Generated matrices (Gaussian rescaled, non-normal Schur form with off-diagonal entries up to N(0, 1), or normal), size 4..16, spectral radius r (float64 eigenvalues, ml-matrix) in [0.3, 0.95] or [1.05, 1.7]; g iterated 800 steps in tfjs with renormalisation. Measured: whether log|(W^T)^800 g| < log|g| agrees with r < 1. Scope forall: a definite statement about every generated matrix.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a yes/no agreement'),
  correction: (e) => `谱半径 ${Number(firstOutside(e).where.r).toFixed(3)} 的矩阵，其迭代的稳定性与特征值的判断不一致`,
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
  reading: 'Matrices (size 2..12, non-normal Schur form) with one real eigenvalue of modulus |lambda| in [1.05, 2] and the rest inside (-0.9, 0.9). Along its eigenvector v (float64, ml-matrix) the iteration g <- W^T g (tfjs, float32, 20 steps) must grow by exactly |lambda| per step. Measured: the largest relative deviation of |g_{k+1}| / |g_k| from |lambda|. Scope forall: "如果任何" quantifies over every such eigenvalue.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-3, 'along an exact eigenvector the ratio is |lambda| exactly; float32 storage of v leaves components of order 1e-7 (times the eigenbasis condition) along other directions, far below 1e-3 over 20 steps'),
  correction: (e) => `沿特征向量的增长率与 |λ| 相差 ${firstOutside(e).measured?.toPrecision(3)}`,
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
  reading: 'Matrices of eigenvalue-above-one-unstable-direction and a random starting gradient g_0. Component = coefficient in the eigenbasis (g = sum c_i v_i, solved in float64). Iterating g <- W^T g in tfjs for 30 steps, the coefficient along the unstable eigenvector must be multiplied by |lambda| at every single step; and the norm must explode: after 400 steps (tracked in the log domain with renormalisation) |g_400| / |g_0| must exceed 1. (The explosion horizon was 30 steps in the first version, too short for |lambda| = 1.05 and a small initial component; fixed after the first standard run.) Measured: the largest relative deviation of |c_1(k+1)| / |c_1(k)| from |lambda|. Scope forall: "任何分量…在每个步骤中" quantifies over every component and step.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-3, 'the coefficient is multiplied by lambda exactly in exact arithmetic; float32 iteration and the float64 solve leave errors far below 1e-3 in 30 steps'),
  correction: (e) => (firstOutside(e).method === 'holds' ? `梯度幅值在400步内并未爆炸（${JSON.stringify(firstOutside(e).values)}）` : `沿不稳定方向的分量并非每步都被放大 |λ| 倍（偏差 ${firstOutside(e).measured?.toPrecision(3)}）`),
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
  reading: 'The largest Lyapunov exponent of g <- W^T g is the asymptotic growth rate lim log||(W^T)^k|| / k (the rate of almost every start vector), for generated matrices of stability-set-by-eigenvalues (Gaussian, non-normal Schur, normal; size 4..16) with spectral radius r in [0.5, 1.5]; it must equal log r (float64 eigenvalues). Measured at k = 2^40 by repeated squaring in float64 with renormalisation, where the rate provably lies within [log r, log r + b], b = (1.5 log n + (n-1) log(2k||W||/r)) / k, below 1e-9 for these sizes and radii (Schur-form bound, logNormGrowthRate). The powers are taken of the factor the matrix is built from, which has the same norms of all powers (Q T Q^T has ||(Q T Q^T)^k|| = ||T^k||): the triangular T of a Schur matrix, the rotation blocks of a normal one, the Gaussian matrix itself; in a strongly non-normal Q T Q^T rounding each product moves the dominant eigenvalue (n = 16, r = 0.5, off-diagonal N(0, 1): squaring Q T Q^T in float64 converges to 0.562, squaring T to 0.5000000000), while T keeps its exact zeros and so its eigenvalues. (The first design measured (log|g_2K| - log|g_K|) / K with K = 600 on the float32 tfjs iteration of Q T Q^T: it carries the transient bias (bound about 0.25 at K = 600 for n = 16, r = 0.5) and the rounding of every product with Q T Q^T, so the full budget found a matrix 0.096 off; replaced, not kept as a reading, since it could fail only through the instrument.) Scope forall: a definition, so it must hold for every generated matrix.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(0.02, 'the rate at k = 2^40 lies within its bias bound (about 1e-9) of log r, plus float64 rounding; 0.02 still separates log r from any other eigenvalue\'s log modulus by more than the typical gap'),
  correction: (e) => `测得的增长率与 log(谱半径) 相差 ${firstOutside(e).measured?.toPrecision(3)}`,
  cases: matrixCases(0.5, 1.5),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    const a = dynamicsFactor(tf, c);
    const rho = spectralRadius(a);
    const { rate, biasBound } = logNormGrowthRate(a, rho, 40);
    // The band judges the exponent, not the estimator: a case where the estimator may not have converged is a suite fault.
    if (biasBound > 1e-3) throw new Error(`growth-rate bias bound ${biasBound} at k = 2^40 is not far below the 0.02 band`);
    judge.value({ label: '|growth rate log||A^k|| / k at k = 2^40 - log(spectral radius)|', measured: Math.abs(rate - Math.log(rho)), asserted: 0 });
  },
});

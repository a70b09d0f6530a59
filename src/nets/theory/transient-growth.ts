// Linear dynamics g_{k+1} = A g_k: matrices with prescribed eigenvalues, normal or not, and the
// norms of their powers (transient growth before the eventual decay set by the spectral radius).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { gaussianMatrix, matmul, randomOrthogonal, spectralNorm, transpose, type Dense } from '../base/spectra.js';
import { subSeed } from '../../random/seeds.js';

/**
 * Q T Q^T with T upper triangular: diagonal `eigenvalues` (so they are exactly A's eigenvalues), strictly
 * upper entries N(0, offDiag^2), Q Haar-orthogonal. offDiag > 0 makes A non-normal; offDiag = 0 gives a
 * symmetric (normal) matrix.
 */
export function schurMatrix(tf: Tf, eigenvalues: readonly number[], offDiag: number, seed: number): Dense {
  const q = randomOrthogonal(tf, eigenvalues.length, subSeed(seed, 2));
  return matmul(matmul(q, schurFactor(tf, eigenvalues, offDiag, seed)), transpose(q));
}

/** The triangular factor T of schurMatrix with the same arguments: stored exactly, so its eigenvalues are exactly its diagonal. */
export function schurFactor(tf: Tf, eigenvalues: readonly number[], offDiag: number, seed: number): Dense {
  const noise = gaussianMatrix(tf, eigenvalues.length, eigenvalues.length, offDiag, subSeed(seed, 1));
  return eigenvalues.map((lambda, i) => eigenvalues.map((_, j) => (j === i ? lambda : j > i ? noise[i]![j]! : 0)));
}

/**
 * A normal matrix of size 2m with eigenvalues r_b e^{+-i theta_b}, b = 1..m (r_b = pairModuli[b]):
 * Q diag(r_1 R(theta_1), ..., r_m R(theta_m)) Q^T with 2x2 rotations R at seeded angles, Q Haar-orthogonal.
 */
export function normalMatrix(tf: Tf, pairModuli: readonly number[], seed: number): Dense {
  const q = randomOrthogonal(tf, 2 * pairModuli.length, subSeed(seed, 2));
  return matmul(matmul(q, normalFactor(tf, pairModuli, seed)), transpose(q));
}

/** The block-diagonal factor diag(r_b R(theta_b)) of normalMatrix with the same arguments. */
export function normalFactor(tf: Tf, pairModuli: readonly number[], seed: number): Dense {
  const m = pairModuli.length;
  const n = 2 * m;
  const angles = tf.tidy(() => tf.randomUniform([m], 0, Math.PI, 'float32', subSeed(seed, 1)).arraySync() as number[]);
  const d: Dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  pairModuli.forEach((r, b) => {
    const [c, s] = [r * Math.cos(angles[b]!), r * Math.sin(angles[b]!)];
    d[2 * b]![2 * b] = c; d[2 * b]![2 * b + 1] = -s;
    d[2 * b + 1]![2 * b] = s; d[2 * b + 1]![2 * b + 1] = c;
  });
  return d;
}

/** ||A^k v|| / ||v|| for k = 0..K, iterating g <- A g in tfjs (float32). */
export function powerNorms(tf: Tf, a: Dense, v: readonly number[], K: number): number[] {
  return tf.tidy(() => {
    const at = tf.tensor2d(transpose(a));
    let g = tf.tensor2d([v as number[]]) as Tensor2D;
    const v0 = tf.norm(g);
    const norms = [tf.scalar(1)];
    for (let k = 1; k <= K; k++) {
      g = tf.matMul(g, at); // row form of g <- A g
      norms.push(tf.div(tf.norm(g), v0));
    }
    return Array.from(tf.stack(norms).dataSync());
  });
}

/** The operator norms ||A^k||_2 for k = 0..K (powers formed in float64). */
export function powerOperatorNorms(a: Dense, K: number): number[] {
  const out = [1];
  let p = a;
  for (let k = 1; k <= K; k++) {
    out.push(spectralNorm(p));
    p = matmul(p, a);
  }
  return out;
}

/** log(||A^k v|| / ||v||) for k = 0..K, iterating g <- A g in tfjs (float32) and renormalising every step, so K can be large. */
export function logPowerNorms(tf: Tf, a: Dense, v: readonly number[], K: number): number[] {
  return tf.tidy(() => {
    const at = tf.tensor2d(transpose(a));
    let g = tf.tensor2d([v as number[]]) as Tensor2D;
    g = tf.div(g, tf.norm(g)) as Tensor2D;
    const logs = [];
    for (let k = 1; k <= K; k++) {
      g = tf.matMul(g, at);
      const n = tf.norm(g);
      logs.push(tf.log(n));
      g = tf.div(g, n) as Tensor2D;
    }
    return [0, ...Array.from(tf.cumsum(tf.stack(logs)).dataSync())];
  });
}

/**
 * The asymptotic growth rate log||A^k|| / k at k = 2^squarings, by repeated squaring in float64 with the
 * power renormalised (Frobenius norm) after every squaring, and a proven bound on how far it can still lie
 * above log(rho): from the Schur form A = Q (D + N) Q^T with ||N|| <= ||A|| + rho, ||A^k||_2 <=
 * n rho^k (2 k ||A|| / rho)^(n-1), and ||A^k||_F <= sqrt(n) ||A^k||_2; it cannot lie below log(rho), since
 * ||A^k||_F >= ||A^k||_2 >= rho^k. A finite-step iteration carries this bias at its own k, which for a
 * strongly non-normal matrix and a few hundred steps is larger than the rate's tolerance.
 */
export function logNormGrowthRate(a: Dense, rho: number, squarings: number): { rate: number; biasBound: number } {
  const n = a.length;
  const frobenius = (m: Dense) => Math.hypot(...m.flat());
  const normA = frobenius(a);
  let p = a.map((row) => row.map((v) => v / normA));
  let logNorm = Math.log(normA); // log||A^(2^i)||_F, with p = A^(2^i) / ||A^(2^i)||_F
  for (let i = 0; i < squarings; i++) {
    const sq = matmul(p, p);
    const s = frobenius(sq);
    logNorm = 2 * logNorm + Math.log(s);
    p = sq.map((row) => row.map((v) => v / s));
  }
  const k = 2 ** squarings;
  return { rate: logNorm / k, biasBound: (1.5 * Math.log(n) + (n - 1) * Math.log((2 * k * normA) / rho)) / k };
}

// Generated dynamics matrices with a prescribed spectral radius r (Gaussian rescaled, non-normal Schur
// form, or normal), and the seeded start vector their powers are applied to.
import type { Tf } from '../../backend/tf.js';
import { gaussianMatrix, spectralRadius, type Dense } from '../base/spectra.js';
import { normalFactor, normalMatrix, schurFactor, schurMatrix } from './transient-growth.js';
import { subSeed } from '../../random/seeds.js';

export interface MatrixCase { family: string; n: number; r: number; offDiag: number; seed: number }

export function dynamicsMatrix(tf: Tf, c: MatrixCase): Dense {
  if (c.family === 'gaussian') {
    const g = gaussianMatrix(tf, c.n, c.n, 1, c.seed);
    const s = c.r / spectralRadius(g);
    return g.map((row) => row.map((v) => v * s));
  }
  return c.family === 'normal' ? normalMatrix(tf, pairModuli(tf, c), c.seed) : schurMatrix(tf, schurEigenvalues(tf, c), c.offDiag, c.seed);
}

/**
 * A matrix orthogonally similar to dynamicsMatrix(c) in exact arithmetic, so with the same norms of all powers:
 * the triangular or rotation-block factor the construction starts from, stored exactly, where there is one
 * (rounding Q T Q^T to float64 can move a badly conditioned eigenvalue far more than 1e-16); the Gaussian matrix
 * itself otherwise.
 */
export function dynamicsFactor(tf: Tf, c: MatrixCase): Dense {
  if (c.family === 'gaussian') return dynamicsMatrix(tf, c);
  return c.family === 'normal' ? normalFactor(tf, pairModuli(tf, c), c.seed) : schurFactor(tf, schurEigenvalues(tf, c), c.offDiag, c.seed);
}

const uniforms = (tf: Tf, c: MatrixCase) => tf.tidy(() => tf.randomUniform([c.n], -1, 1, 'float32', subSeed(c.seed, 7)).arraySync() as number[]);
const pairModuli = (tf: Tf, c: MatrixCase) => uniforms(tf, c).slice(0, Math.floor(c.n / 2)).map((v, i) => (i === 0 ? c.r : Math.abs(v) * c.r));
const schurEigenvalues = (tf: Tf, c: MatrixCase) => uniforms(tf, c).map((v, i) => (i === 0 ? c.r * Math.sign(v || 1) : v * c.r));

export const startVector = (tf: Tf, n: number, seed: number) => tf.tidy(() => tf.randomNormal([n], 0, 1, 'float32', subSeed(seed, 5)).arraySync() as number[]);

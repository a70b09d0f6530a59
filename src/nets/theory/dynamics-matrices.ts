// Generated dynamics matrices with a prescribed spectral radius r (Gaussian rescaled, non-normal Schur
// form, or normal), and the seeded start vector their powers are applied to.
import type { Tf } from '../../backend/tf.js';
import { gaussianMatrix, spectralRadius, type Dense } from '../base/spectra.js';
import { normalMatrix, schurMatrix } from './transient-growth.js';
import { subSeed } from '../../random/seeds.js';

export interface MatrixCase { family: string; n: number; r: number; offDiag: number; seed: number }

export function dynamicsMatrix(tf: Tf, c: MatrixCase): Dense {
  if (c.family === 'gaussian') {
    const g = gaussianMatrix(tf, c.n, c.n, 1, c.seed);
    const s = c.r / spectralRadius(g);
    return g.map((row) => row.map((v) => v * s));
  }
  const u = tf.tidy(() => tf.randomUniform([c.n], -1, 1, 'float32', subSeed(c.seed, 7)).arraySync() as number[]);
  if (c.family === 'normal') return normalMatrix(tf, u.slice(0, Math.floor(c.n / 2)).map((v, i) => (i === 0 ? c.r : Math.abs(v) * c.r)), c.seed);
  return schurMatrix(tf, u.map((v, i) => (i === 0 ? c.r * Math.sign(v || 1) : v * c.r)), c.offDiag, c.seed);
}

export const startVector = (tf: Tf, n: number, seed: number) => tf.tidy(() => tf.randomNormal([n], 0, 1, 'float32', subSeed(seed, 5)).arraySync() as number[]);

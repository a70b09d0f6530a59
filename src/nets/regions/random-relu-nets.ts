// Random ReLU nets as plain data, and the architectures and scales the region claims draw them from.
import * as fc from 'fast-check';
import type { Tf } from '../../backend/tf.js';
import { buildMlp, mlpToArrays } from '../base/mlp.js';
import type { PlainNet } from './linear-regions.js';

/** A random ReLU net as plain data: weights N(0, c/fan_in), biases N(0, s^2). */
export function randomReluNet(tf: Tf, sizes: number[], weightVariance: number, biasStd: number, seed: number): PlainNet {
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => weightVariance / n, biasVariance: biasStd ** 2, seed });
  try { return mlpToArrays(mlp); } finally { mlp.dispose(); }
}

/** L = 1..5 hidden layers of width w = 1..6, weight scales c in {0.5, 2, 8, 32}, bias scales s in {0.1, 1, 10}. */
export const reluNetCases = () => fc.record({
  L: fc.integer({ min: 1, max: 5 }),
  w: fc.integer({ min: 1, max: 6 }),
  weightVariance: fc.constantFrom(0.5, 2, 8, 32),
  biasStd: fc.constantFrom(0.1, 1, 10),
  seed: fc.nat(),
});

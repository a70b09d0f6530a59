// Gaussian weight draws at exactly the stated variance (tfjs's heNormal etc. truncate at 2 sigma).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

/** An independent 31-bit seed for stream `index` of `seed` (integer hash, no collisions between neighbours). */
export function subSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h & 0x7fffffff;
}

/**
 * The seeds of an experiment shared by several claims (ctx.shared): `count` seeds drawn from the run
 * seed, distinct per experiment (`stream`); a claim's own seed differs per claim and would multiply the cost.
 */
export const sharedSeeds = (runSeed: number, stream: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => subSeed(subSeed(runSeed, stream), i));

/** A [fanIn, fanOut] matrix of i.i.d. N(0, variance) entries, untruncated, from `seed`. */
export function normalWeights(tf: Tf, shape: [number, number], variance: number, seed: number): Tensor2D {
  if (!(variance >= 0)) throw new Error(`variance must be >= 0, got ${variance}`);
  return tf.randomNormal(shape, 0, Math.sqrt(variance), 'float32', seed) as Tensor2D;
}

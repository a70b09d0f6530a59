// Gaussian weight draws at exactly the stated variance (tfjs's heNormal etc. truncate at 2 sigma).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

/** A [fanIn, fanOut] matrix of i.i.d. N(0, variance) entries, untruncated, from `seed`. */
export function normalWeights(tf: Tf, shape: [number, number], variance: number, seed: number): Tensor2D {
  if (!(variance >= 0)) throw new Error(`variance must be >= 0, got ${variance}`);
  return tf.randomNormal(shape, 0, Math.sqrt(variance), 'float32', seed) as Tensor2D;
}

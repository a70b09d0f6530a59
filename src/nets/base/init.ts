// Gaussian weight draws at exactly the stated variance (tfjs's heNormal etc. truncate at 2 sigma).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';

/** A [fanIn, fanOut] matrix of i.i.d. N(0, variance) entries, untruncated, from `seed`. */
export function normalWeights(tf: Tf, shape: [number, number], variance: number, seed: number): Tensor2D {
  if (!(variance >= 0)) throw new Error(`variance must be >= 0, got ${variance}`);
  return tf.randomNormal(shape, 0, Math.sqrt(variance), 'float32', seed) as Tensor2D;
}

/** Sample variance of a tfjs initializer's draws on a [fanIn, fanOut] kernel (repeated until >= 8192 draws), times fanIn. */
export function initializerVarianceTimesFanIn(tf: Tf, name: 'glorotUniform' | 'heUniform', fanIn: number, fanOut: number, seed: number): number {
  const reps = Math.ceil(8192 / (fanIn * fanOut));
  let sum = 0;
  let count = 0;
  for (let k = 0; k < reps; k++) {
    const init = tf.initializers[name]({ seed: subSeed(seed, k) });
    const w = init.apply([fanIn, fanOut]);
    sum += tf.tidy(() => tf.sum(tf.square(w)).dataSync()[0]!);
    count += w.size;
    w.dispose();
  }
  return (sum / count) * fanIn;
}

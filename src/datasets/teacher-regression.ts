// A seeded regression task with a known smooth target: N(0, I) inputs labelled by a random tanh teacher net.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';
import { subSeed } from '../random/seeds.js';
import { buildMlp, forward } from '../nets/base/mlp.js';

/** `examples` inputs in R^dim, N(0, I), with targets from a dim -> hidden -> 1 tanh net (Var(W) = 2/fan_in); tensors the caller owns. */
export function teacherRegression(tf: Tf, examples: number, seed: number, dim = 16, hidden = 32): { x: Tensor2D; y: Tensor2D } {
  const teacher = buildMlp(tf, { sizes: [dim, hidden, 1], activation: 'tanh', weightVariance: (n) => 2 / n, seed: subSeed(seed, 2) });
  try {
    return tf.tidy(() => {
      const x = tf.randomNormal([examples, dim], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
      return { x, y: forward(tf, teacher, x) };
    });
  } finally {
    teacher.dispose();
  }
}

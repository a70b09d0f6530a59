// Per-input gradient-norm factors through a square net: for each row b of a batch,
// |dL/dx_b| / |dL/dh_H,b|, with L = sum(output * r) for Gaussian r (tfjs autodiff).
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../../backend/tf.js';
import { subSeed } from '../../../random/seeds.js';
import { buildMlp, forward } from '../../base/mlp.js';
import type { SquareNet } from './gradient-norms.js';

/**
 * One fresh square net (depth hidden layers of `width`, input and readout also of `width`, zero biases,
 * N(0, I) inputs): the factor by which each input's back-propagated gradient norm changes from the last
 * hidden layer down to the input, one value per row. A row whose gradient vanishes exactly gives 0.
 */
export function inputGradientFactors(tf: Tf, net: Omit<SquareNet, 'fromLayer'>): number[] {
  const mlp = buildMlp(tf, { sizes: Array<number>(net.depth + 2).fill(net.width), activation: net.activation, weightVariance: net.weightVariance, seed: net.seed });
  try {
    const ratios = tf.tidy(() => {
      const B = net.batchSize;
      const n = net.width;
      const x = tf.randomNormal([B, n], 0, 1, 'float32', subSeed(net.seed, 1_000_003)) as Tensor2D;
      const r = tf.randomNormal([B, n], 0, 1, 'float32', subSeed(net.seed, 1_000_004));
      const probes = Array.from({ length: net.depth + 1 }, () => tf.zeros([B, n]));
      const grads = tf.grads((...p: Tensor[]) => tf.sum(tf.mul(forward(tf, mlp, x, p), r)))(probes);
      const rowNorm = (g: Tensor) => tf.sqrt(tf.sum(tf.square(g), 1));
      const top = rowNorm(grads[net.depth]!);
      return tf.div(rowNorm(grads[0]!), tf.maximum(top, 1e-30));
    });
    try {
      return Array.from(ratios.dataSync());
    } finally {
      ratios.dispose();
    }
  } finally {
    mlp.dispose();
  }
}


// A deep square net whose every layer uses the same weight matrix W (a time-invariant system).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Mlp } from '../base/mlp.js';
import type { Activation } from '../base/activations.js';

export function tiedNet(w: Tensor2D, depth: number, activation: Activation): Mlp {
  const n = w.shape[0];
  return { spec: { sizes: Array<number>(depth + 1).fill(n), activation, weightVariance: () => 0, seed: 0 }, weights: Array<Tensor2D>(depth).fill(w), biases: Array(depth).fill(null), dispose: () => undefined };
}

// Back-propagated gradient norms per layer at initialisation, by tfjs autodiff through zero probes.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../../backend/tf.js';
import { subSeed } from '../../../random/seeds.js';
import { buildMlp, forward, type Mlp } from '../../base/mlp.js';
import { type Activation } from '../../base/activations.js';

export interface GradientNormOptions {
  /** Inputs per batch, each N(0, I). */
  batchSize: number;
  /** Seed of the input batch and of the readout direction r. */
  seed: number;
  /** Standard deviation of the inputs (default 1): small inputs probe the mean-field fixed point q = 0. */
  inputScale?: number;
}

/**
 * |dL/dh_l| (Frobenius norm over the batch) for l = 0..L-1, where h_0 = x, h_l is hidden layer l's
 * output and L = sum(output * r) for a fixed Gaussian r.
 */
export function gradientNorms(tf: Tf, mlp: Mlp, opts: GradientNormOptions): number[] {
  const sizes = mlp.spec.sizes;
  const L = mlp.weights.length;
  const B = opts.batchSize;
  const norms = tf.tidy(() => {
    const x = tf.randomNormal([B, sizes[0]!], 0, opts.inputScale ?? 1, 'float32', subSeed(opts.seed, 0)) as Tensor2D;
    const r = tf.randomNormal([B, sizes[L]!], 0, 1, 'float32', subSeed(opts.seed, 1));
    const probes = sizes.slice(0, L).map((n) => tf.zeros([B, n]));
    const loss = (...p: Tensor[]) => tf.sum(tf.mul(forward(tf, mlp, x, p), r));
    const grads = tf.grads(loss)(probes);
    return tf.stack(grads.map((g) => tf.norm(g)));
  });
  try {
    return Array.from(norms.dataSync());
  } finally {
    norms.dispose();
  }
}

/** Per-layer factors |dL/dh_{l-1}| / |dL/dh_l| for l = 1..L-1 (hidden layers crossed backwards). */
export function layerFactors(norms: readonly number[]): number[] {
  return norms.slice(1).map((n, i) => norms[i]! / n);
}

export interface SquareNet {
  /** Hidden layers H; the net has H + 1 weight matrices, all width x width. */
  depth: number;
  width: number;
  activation: Activation;
  /** Var(W_ij) as a function of fan-in. */
  weightVariance: (fanIn: number) => number;
  /** Var(b_i); absent or 0: no biases. */
  biasVariance?: number;
  seed: number;
  batchSize: number;
  /** First layer of the window: the factor spans hidden layers fromLayer+1..H (default 0: all of them, from the input). */
  fromLayer?: number;
  /** Standard deviation of the inputs (default 1). */
  inputScale?: number;
}

/** One fresh square net's per-layer factor, geometric mean over hidden layers k+1..H: (|dL/dh_k| / |dL/dh_H|)^(1/(H-k)), k = fromLayer. */
export function meanLayerFactor(tf: Tf, net: SquareNet): number {
  const k = net.fromLayer ?? 0;
  if (!(Number.isInteger(k) && k >= 0 && k < net.depth)) throw new Error(`fromLayer must be an integer in [0, ${net.depth - 1}], got ${k}`);
  const mlp = buildMlp(tf, { sizes: Array<number>(net.depth + 2).fill(net.width), activation: net.activation, weightVariance: net.weightVariance, biasVariance: net.biasVariance ?? 0, seed: net.seed });
  try {
    const norms = gradientNorms(tf, mlp, { batchSize: net.batchSize, seed: subSeed(net.seed, 1_000_003), inputScale: net.inputScale });
    return (norms[k]! / norms[net.depth]!) ** (1 / (net.depth - k));
  } finally {
    mlp.dispose();
  }
}

// Minibatch gradient statistics of a one-hidden-layer net in the NTK parametrisation (ntk.ts) with
// a shared output scale s (f = s * net(x), s = 1): noise of the shared parameter's gradient, size of
// the per-neuron feature gradients, and SGD runs that record per-neuron weight change.
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../../backend/tf.js';
import { spherePoints } from '../../../datasets/teacher.js';
import { subSeed } from '../../../random/seeds.js';
import { buildNtkNet, ntkForward, withParams, type NtkNet } from '../../build/ntk.js';
import { permutation, uniformStream } from '../../base/rng.js';
import { trainParams } from '../../train/train.js';

export interface NoiseSpec {
  width: number;
  /** Input dimension; inputs lie on the sphere of radius sqrt(d), target sin(x . v), |v| = 1.5. */
  d: number;
  n: number;
  batchSize: number;
  /** Random minibatches drawn (without replacement within a batch). */
  draws: number;
  seed: number;
}

export interface NoiseStats {
  /** Full-batch gradient of the shared scale s. */
  sharedFull: number;
  /** Variance of the minibatch gradient of s over the draws. */
  sharedVariance: number;
  /** |full-batch gradient of s| / standard deviation of its minibatch estimates. */
  sharedSnr: number;
  /** Mean over hidden neurons of |dLoss/dw_i| (w_i = neuron i's incoming weights), full batch. */
  featureGradient: number;
  /** Mean over draws of |g_batch - g|^2 / |g|^2 over all parameters (s included). */
  relativeNoise: number;
  /** The minibatch gradients of s, one per draw (independent draws). */
  sharedDraws: number[];
}

/** The task of lazy-run.ts's experiments: sphere inputs and y = sin(x . v). */
export function sphereTask(tf: Tf, n: number, d: number, seed: number): { x: Tensor2D; y: Tensor2D } {
  return tf.tidy(() => {
    const x = spherePoints(tf, n, d, subSeed(seed, 0));
    const g = tf.randomNormal([d, 1], 0, 1, 'float32', subSeed(seed, 2));
    const v = tf.mul(tf.div(g, tf.norm(g)), 1.5) as Tensor2D;
    return { x, y: tf.sin(tf.matMul(x, v)) as Tensor2D };
  });
}

/** Row subsets of size k from 0..n-1, drawn from a seed. */
function batches(n: number, k: number, draws: number, seed: number): number[][] {
  const u = uniformStream(seed);
  return Array.from({ length: draws }, () => {
    return permutation(n, u).slice(0, k);
  });
}

const mseOf = (tf: Tf, net: NtkNet, params: readonly Tensor[], s: Tensor, x: Tensor2D, y: Tensor2D): Scalar =>
  tf.mul(0.5, tf.mean(tf.square(tf.sub(tf.mul(ntkForward(tf, net.spec, params, x), s), y)))) as Scalar;

/** Minibatch gradient statistics at initialisation. */
export function gradientNoise(tf: Tf, spec: NoiseSpec): NoiseStats {
  const net = buildNtkNet(tf, { sizes: [spec.d, spec.width, 1], activation: 'relu', weightVariance: 2, seed: subSeed(spec.seed, 3) });
  const data = sphereTask(tf, spec.n, spec.d, subSeed(spec.seed, 4));
  const s = tf.scalar(1);
  const gradOf = (rows: number[] | null): Float32Array => tf.tidy(() => {
    const idx = rows ? tf.tensor1d(rows, 'int32') : null;
    const x = idx ? tf.gather(data.x, idx) : data.x;
    const y = idx ? tf.gather(data.y, idx) : data.y;
    const g = tf.grads((sv: Tensor, ...p: Tensor[]) => mseOf(tf, net, p, sv, x, y))([s, ...net.params]);
    return tf.concat(g.map((t) => tf.reshape(t, [-1]))).dataSync() as Float32Array;
  });
  try {
    const full = gradOf(null);
    let featureGradient = 0;
    for (let i = 0; i < spec.width; i++) {
      let q = 0;
      for (let k = 0; k < spec.d; k++) q += full[1 + k * spec.width + i]! ** 2;
      featureGradient += Math.sqrt(q) / spec.width;
    }
    const fullNorm2 = full.reduce((a, v) => a + v * v, 0);
    const shared: number[] = [];
    let noise = 0;
    for (const rows of batches(spec.n, spec.batchSize, spec.draws, subSeed(spec.seed, 5))) {
      const g = gradOf(rows);
      shared.push(g[0]!);
      let dev = 0;
      for (let k = 0; k < g.length; k++) dev += (g[k]! - full[k]!) ** 2;
      noise += dev / fullNorm2 / spec.draws;
    }
    const mean = shared.reduce((a, v) => a + v, 0) / shared.length;
    const sharedVariance = shared.reduce((a, v) => a + (v - mean) ** 2, 0) / (shared.length - 1);
    return { sharedFull: full[0]!, sharedVariance, sharedSnr: Math.abs(full[0]!) / Math.sqrt(sharedVariance), featureGradient, relativeNoise: noise, sharedDraws: shared };
  } finally {
    tf.dispose([s, data.x, data.y]);
    net.dispose();
  }
}

export interface SgdSpec {
  width: number;
  d: number;
  n: number;
  /** Minibatch size (n: full-batch gradient descent). */
  batchSize: number;
  steps: number;
  lr: number;
  /** Seed of the net and the task. */
  seed: number;
  /** Seed of the minibatch order. */
  orderSeed: number;
}

/** Trains the net by SGD on 1/2 mean squared error; returns the final full-batch loss and the mean per-neuron relative change of incoming weights. */
export function sgdRun(tf: Tf, spec: SgdSpec): { initialLoss: number; finalLoss: number; neuronChange: number } {
  const net = buildNtkNet(tf, { sizes: [spec.d, spec.width, 1], activation: 'relu', weightVariance: 2, seed: subSeed(spec.seed, 3) });
  const data = sphereTask(tf, spec.n, spec.d, subSeed(spec.seed, 4));
  const s = tf.scalar(1);
  const order = batches(spec.n, spec.batchSize, spec.steps, spec.orderSeed);
  const idx = order.map((rows) => tf.tensor1d(rows, 'int32'));
  let trained: NtkNet | null = null;
  try {
    const loss = (ps: readonly Tensor[], step: number) => tf.tidy(() => {
      const rows = idx[Math.min(step, idx.length - 1)]!;
      return mseOf(tf, net, ps, s, tf.gather(data.x, rows) as Tensor2D, tf.gather(data.y, rows) as Tensor2D);
    });
    const fullLoss = (ps: readonly Tensor[]) => tf.tidy(() => mseOf(tf, net, ps, s, data.x, data.y).dataSync()[0]!);
    const initialLoss = fullLoss(net.params);
    const run = trainParams(tf, net.params, loss, { steps: spec.steps, learningRate: spec.lr, optimizer: 'sgd' });
    trained = withParams(net, run.params);
    const neuronChange = tf.tidy(() => {
      const w0 = net.params[0]!;
      const wT = trained!.params[0]!;
      return tf.mean(tf.div(tf.norm(tf.sub(wT, w0), 'euclidean', 0), tf.norm(w0, 'euclidean', 0))).dataSync()[0]!;
    });
    return { initialLoss, finalLoss: fullLoss(trained.params), neuronChange };
  } finally {
    tf.dispose([s, data.x, data.y, ...idx]);
    net.dispose();
    trained?.dispose();
  }
}

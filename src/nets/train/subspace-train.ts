// Training a classifier of train-mlp.ts inside a random affine subspace of its parameters
// (Li et al. 2018a, "intrinsic dimension"): theta = theta_0 + P z with a fixed random P and only z
// (d numbers) trained. P is Li et al.'s sparse option: every parameter is a signed combination of
// `k` random coordinates of z, scaled so that each column of P has unit expected norm; a dense
// D x d matrix would make every step a memory-bound D x d product.
import type { Scalar, Tensor, Tensor1D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { evaluateClassifier } from './classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { uniformStream } from '../base/rng.js';
import { initParams, mlpOutput, type TrainData, type TrainNetSpec } from './train-mlp.js';

/** The parameter list [W_0, b_0, ...] as one vector. */
export function flattenParams(tf: Tf, params: readonly Tensor[]): Tensor1D {
  return tf.tidy(() => tf.concat(params.map((p) => tf.reshape(p, [-1]))) as Tensor1D);
}

/** A vector cut back into tensors of the given shapes (differentiable). */
export function unflattenParams(tf: Tf, vec: Tensor1D, shapes: readonly (readonly number[])[]): Tensor[] {
  let at = 0;
  return shapes.map((s) => {
    const size = s.reduce((a, b) => a * b, 1);
    const part = tf.reshape(tf.slice(vec, [at], [size]), s as number[]);
    at += size;
    return part;
  });
}

export interface SubspaceOptions {
  /** Dimension of the subspace. */
  d: number;
  steps: number;
  /** Adam's learning rate on z. */
  lr: number;
  train: TrainData;
  test: TrainData;
  /** Seed of the projection. */
  seed: number;
  /** Nonzeros per row of P (default 4). */
  k?: number;
}

/**
 * Trains z from 0 (theta_0 drawn from `spec`) by Adam and returns the final training loss and
 * accuracies, and the test accuracy at ten evenly spaced steps (a convergence gate reads it).
 */
export function trainInSubspace(tf: Tf, spec: TrainNetSpec, o: SubspaceOptions): { trainLoss: number; trainAcc: number; testAcc: number; testCurve: number[]; params: number } {
  const init = initParams(tf, spec);
  const shapes = init.map((p) => p.shape);
  const theta0 = flattenParams(tf, init);
  tf.dispose(init);
  const base = theta0.dataSync().slice();
  theta0.dispose();
  const D = base.length;
  const k = o.k ?? 4;
  const u = uniformStream(subSeed(o.seed, 0));
  const c = Math.sqrt(o.d / (D * k));
  // Row i of P has entries signs[i k + m] at columns cols[i k + m]: P z and P^T g in O(D k), in plain JS.
  const cols = Int32Array.from({ length: D * k }, () => Math.floor(u() * o.d));
  const signs = Float32Array.from({ length: D * k }, () => (u() < 0.5 ? -c : c));
  const z = new Float64Array(o.d);
  const [m1, m2] = [new Float64Array(o.d), new Float64Array(o.d)];
  const [b1, b2, eps] = [0.9, 0.999, 1e-7];
  const theta = (): Float32Array => {
    const t = Float32Array.from(base);
    for (let i = 0; i < D; i++) for (let m = 0; m < k; m++) t[i] = t[i]! + signs[i * k + m]! * z[cols[i * k + m]!]!;
    return t;
  };
  const paramsOf = (t: Float32Array): Tensor[] => tf.tidy(() => unflattenParams(tf, tf.tensor1d(t), shapes));
  const lossGrad = tf.grads((...p: Tensor[]) => tf.losses.softmaxCrossEntropy(o.train.y, mlpOutput(tf, spec, p, o.train.x)) as Scalar);
  const testCurve: number[] = [];
  const every = Math.max(1, Math.floor(o.steps / 10));
  for (let s = 1; s <= o.steps; s++) {
    const params = paramsOf(theta());
    const g = tf.tidy(() => flattenParams(tf, lossGrad(params)).dataSync());
    tf.dispose(params);
    const gz = new Float64Array(o.d);
    for (let i = 0; i < D; i++) {
      for (let m = 0; m < k; m++) { const j = cols[i * k + m]!; gz[j] = gz[j]! + signs[i * k + m]! * g[i]!; }
    }
    for (let j = 0; j < o.d; j++) {
      m1[j] = b1 * m1[j]! + (1 - b1) * gz[j]!;
      m2[j] = b2 * m2[j]! + (1 - b2) * gz[j]! ** 2;
      z[j] = z[j]! - (o.lr * (m1[j]! / (1 - b1 ** s))) / (Math.sqrt(m2[j]! / (1 - b2 ** s)) + eps);
    }
    if (s % every === 0 && s < o.steps) {
      const ps = paramsOf(theta());
      testCurve.push(evaluateClassifier(tf, spec, ps, o.test).acc);
      tf.dispose(ps);
    }
  }
  const params = paramsOf(theta());
  try {
    const tr = evaluateClassifier(tf, spec, params, o.train);
    const testAcc = evaluateClassifier(tf, spec, params, o.test).acc;
    return { trainLoss: tr.loss, trainAcc: tr.acc, testAcc, testCurve: [...testCurve, testAcc], params: D };
  } finally {
    tf.dispose(params);
  }
}

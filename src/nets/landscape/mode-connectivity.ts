// Paths between two trained classifiers (flat parameter lists of train-mlp.ts): the barrier along a
// path as a share of the way back to chance, a piecewise-linear path whose one bend point is trained
// to keep the loss low (Garipov et al. 2018's polygonal chain), and pairs of runs that share their
// start and an early phase of minibatch SGD before their minibatch orders diverge (Frankle et al. 2020).
import type { Scalar, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { evaluateClassifier, runClassifier } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { uniformStream } from '../base/rng.js';
import { JsAdam } from '../train/adam.js';
import { mlpOutput, type TrainData, type TrainNetSpec } from '../train/train-mlp.js';

/** (peak - higher end) / (log classes - higher end) of losses along a path: 0 = no barrier, 1 = back to chance. */
export function barrierShare(losses: readonly number[], classes = 10): number {
  const end = Math.max(losses[0]!, losses.at(-1)!);
  return (Math.max(...losses) - end) / (Math.log(classes) - end);
}

// The point at t of the chain a -> bend -> b (t in [0, 1], the bend at t = 1/2).
function chainPoint(tf: Tf, a: readonly Tensor[], bend: readonly Tensor[], b: readonly Tensor[], t: number): Tensor[] {
  return a.map((ai, k) => (t < 0.5 ? tf.add(ai, tf.mul(tf.sub(bend[k]!, ai), 2 * t)) : tf.add(bend[k]!, tf.mul(tf.sub(b[k]!, bend[k]!), 2 * t - 1))));
}

/** Trains the bend (from the midpoint) by Adam on the loss at a uniformly random point of the chain each step. */
export function trainBend(tf: Tf, spec: TrainNetSpec, a: readonly Tensor[], b: readonly Tensor[], set: TrainData, o: { steps: number; lr: number; seed: number }): Tensor[] {
  const mid = tf.tidy(() => a.map((ai, k) => tf.mul(tf.add(ai, b[k]!), 0.5)));
  const bend = mid.map((m) => tf.variable(m));
  tf.dispose(mid);
  const opt = new JsAdam(tf, o.lr);
  const u = uniformStream(o.seed);
  try {
    for (let s = 0; s < o.steps; s++) {
      const t = u();
      opt.minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(set.y, mlpOutput(tf, spec, chainPoint(tf, a, bend, b, t), set.x)) as Scalar), false, bend);
    }
    return bend.map((v) => v.clone());
  } finally {
    tf.dispose(bend);
    opt.dispose();
  }
}

/** Training loss and accuracy at points t of the chain a -> bend -> b. */
export function lossAlongChain(tf: Tf, spec: TrainNetSpec, a: readonly Tensor[], bend: readonly Tensor[], b: readonly Tensor[], set: TrainData, ts: readonly number[]): { t: number; loss: number; acc: number }[] {
  return ts.map((t) => {
    const p = tf.tidy(() => chainPoint(tf, a, bend, b, t));
    try { return { t, ...evaluateClassifier(tf, spec, p, set) }; } finally { tf.dispose(p); }
  });
}

export interface SplitSgd {
  train: TrainData;
  lr: number;
  batchSize: number;
  /** Total steps of each run, shared phase included. */
  steps: number;
  /** Steps taken together before the two minibatch orders diverge. */
  shared: number;
}

/**
 * Two minibatch-SGD runs from one initial draw of `spec` that take the same first `shared` steps and
 * then continue with different minibatch orders; returns both end points (the caller disposes them).
 */
export function splitRuns(tf: Tf, spec: TrainNetSpec, o: SplitSgd): [Tensor[], Tensor[]] {
  const common = runClassifier(tf, spec, { optimizer: 'sgd', lr: o.lr, steps: Math.max(1, o.shared), batchSize: o.batchSize, orderSeed: subSeed(spec.seed, 500), train: o.train, keep: true, evalEvery: Math.max(1, o.shared) });
  // shared = 0: the "common" run is discarded and both branches start from the initial draw.
  const start = o.shared > 0 ? common.final : common.init;
  try {
    const branch = (k: number) => {
      const r = runClassifier(tf, spec, { optimizer: 'sgd', lr: o.lr, steps: o.steps - o.shared, batchSize: o.batchSize, orderSeed: subSeed(spec.seed, 600 + k), train: o.train, init: start, keep: true, evalEvery: o.steps });
      tf.dispose(r.init);
      return r.final;
    };
    return [branch(1), branch(2)];
  } finally {
    tf.dispose([...common.init, ...common.final]);
  }
}

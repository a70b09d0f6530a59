// Classifier training of train-mlp.ts's nets through the one training loop (loop.ts), for fitting
// experiments: full-batch or minibatch SGD / Adam, optional L2, fixed pruning masks, a given start
// point, frozen layers, and a stop at the first evaluation that classifies every training point.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { accuracy, lossOf, type LossKind } from '../base/losses.js';
import { trainLoop } from './loop.js';
import { dropSeedAt, initParams, mlpOutput, weightIndices, type TrainData, type TrainNetSpec } from './train-mlp.js';

export interface ClassifierRunOptions {
  optimizer: 'sgd' | 'adam';
  lr: number;
  /** The most steps taken. */
  steps: number;
  train: TrainData;
  test?: TrainData;
  /** 'softmax' cross-entropy (default) or mean squared error against the one-hot targets. */
  loss?: LossKind;
  /** Minibatch size (default: the whole training set, i.e. full-batch descent). */
  batchSize?: number;
  /** Seed of the minibatch order (a fresh permutation every epoch); default the net's seed. */
  orderSeed?: number;
  /** Penalty l2 * sum of squared weights (biases excluded). */
  l2?: number;
  /** Evaluate every k steps (and at step 0 and the end); default steps / 10. */
  evalEvery?: number;
  /** Stop at the first evaluation at which every training point is classified correctly. */
  stopWhenFit?: boolean;
  /** Start from copies of these parameters instead of a fresh draw of `spec`. */
  init?: readonly Tensor[];
  /** Per parameter: a 0/1 mask applied at the start and after every step (null: no mask). */
  masks?: readonly (Tensor | null)[];
  /** Per parameter: false freezes it (default: all train). */
  trainable?: readonly boolean[];
  /** Keep copies of the initial and final parameters in the result (the caller disposes them). */
  keep?: boolean;
}

export interface ClassifierRun {
  at: number[];
  trainLoss: number[];
  trainAcc: number[];
  testLoss: number[];
  testAcc: number[];
  /** The first evaluated step with training accuracy 1 (null: never). */
  fitStep: number | null;
  /** Steps taken. */
  steps: number;
  nonFinite: boolean;
  init: Tensor[];
  final: Tensor[];
}

/** Loss and accuracy of the parameters on a set. */
export function evaluateClassifier(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], set: TrainData, loss: LossKind = 'softmax'): { loss: number; acc: number } {
  const v = tf.tidy(() => {
    const o = mlpOutput(tf, spec, params, set.x);
    return tf.stack([lossOf(tf, loss, o, set.y), accuracy(tf, o, set.y)]).dataSync();
  });
  return { loss: v[0]!, acc: v[1]! };
}

/** Trains a classifier of `spec` and returns its curves (and, with `keep`, its initial and final parameters). */
export function runClassifier(tf: Tf, spec: TrainNetSpec, opts: ClassifierRunOptions): ClassifierRun {
  const kind = opts.loss ?? 'softmax';
  const init = opts.init ? opts.init.map((p) => p.clone()) : initParams(tf, spec);
  const measure = (ps: readonly Tensor[]): Record<string, number> => {
    const tr = evaluateClassifier(tf, spec, ps, opts.train, kind);
    if (!opts.test) return { trainLoss: tr.loss, trainAcc: tr.acc };
    const te = evaluateClassifier(tf, spec, ps, opts.test, kind);
    return { trainLoss: tr.loss, trainAcc: tr.acc, testLoss: te.loss, testAcc: te.acc };
  };
  try {
    const run = trainLoop(tf, {
      init,
      loss: (ps, batch, step) => lossOf(tf, kind, mlpOutput(tf, spec, ps, batch!.x, dropSeedAt(spec, step)), batch!.y),
      optimizer: opts.optimizer,
      lr: opts.lr,
      steps: opts.steps,
      data: { ...opts.train, batchSize: opts.batchSize, orderSeed: opts.orderSeed ?? subSeed(spec.seed, 7) },
      trainable: opts.trainable,
      masks: opts.masks,
      penalty: { l2: opts.l2, on: weightIndices(init) },
      record: { every: opts.evalEvery ?? Math.max(1, Math.floor(opts.steps / 10)), measure },
      stop: (r, step) => !Number.isFinite(r.curves.trainLoss!.at(-1)!) || (!!opts.stopWhenFit && step > 0 && r.curves.trainAcc!.includes(1)),
      stopOnNonFiniteLoss: true,
    });
    const c = run.curves;
    const fit = c.trainAcc!.indexOf(1);
    const masked = opts.keep ? maskedCopies(tf, init, opts.masks ?? []) : [];
    if (!opts.keep) tf.dispose(run.params);
    return {
      at: run.at, trainLoss: c.trainLoss!, trainAcc: c.trainAcc!, testLoss: c.testLoss ?? [], testAcc: c.testAcc ?? [],
      fitStep: fit < 0 ? null : run.at[fit]!,
      steps: run.steps,
      nonFinite: run.stopped === 'non-finite loss' || c.trainLoss!.some((l) => !Number.isFinite(l)),
      init: masked,
      final: opts.keep ? run.params : [],
    };
  } finally {
    tf.dispose(init);
  }
}

/** Copies of `params` with their masks applied (the loop's starting point). */
function maskedCopies(tf: Tf, params: readonly Tensor[], masks: readonly (Tensor | null)[]): Tensor[] {
  return params.map((p, k) => (masks[k] ? tf.tidy(() => tf.mul(p, masks[k]!)) : p.clone()));
}

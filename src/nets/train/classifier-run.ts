// A seeded classifier training loop over the flat parameters of train-mlp.ts's nets, for fitting
// experiments: full-batch or minibatch SGD / Adam, optional L2, fixed pruning masks, a given start
// point, frozen layers, and a stop at the first evaluation that classifies every training point.
import type { Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { permutation, uniformStream } from '../base/rng.js';
import { initParams, mlpOutput, type TrainData, type TrainNetSpec } from './train-mlp.js';

export interface ClassifierRunOptions {
  optimizer: 'sgd' | 'adam';
  lr: number;
  /** The most steps taken. */
  steps: number;
  train: TrainData;
  test?: TrainData;
  /** 'softmax' cross-entropy (default) or mean squared error against the one-hot targets. */
  loss?: 'softmax' | 'mse';
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

function lossOf(tf: Tf, kind: 'softmax' | 'mse', out: Tensor2D, y: Tensor2D): Scalar {
  return (kind === 'mse' ? tf.mean(tf.sum(tf.square(tf.sub(out, y)), 1)) : tf.losses.softmaxCrossEntropy(y, out)) as Scalar;
}

/** Loss and accuracy of the parameters on a set. */
export function evaluateClassifier(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], set: TrainData, loss: 'softmax' | 'mse' = 'softmax'): { loss: number; acc: number } {
  const v = tf.tidy(() => {
    const o = mlpOutput(tf, spec, params, set.x);
    return tf.stack([lossOf(tf, loss, o, set.y), tf.mean(tf.cast(tf.equal(tf.argMax(o, 1), tf.argMax(set.y, 1)), 'float32'))]).dataSync();
  });
  return { loss: v[0]!, acc: v[1]! };
}

/** Trains a classifier of `spec` and returns its curves (and, with `keep`, its initial and final parameters). */
export function runClassifier(tf: Tf, spec: TrainNetSpec, opts: ClassifierRunOptions): ClassifierRun {
  const kind = opts.loss ?? 'softmax';
  const start = opts.init ? opts.init.map((p) => p.clone()) : initParams(tf, spec);
  const masks = opts.masks ?? [];
  const init = start.map((p, k) => (masks[k] ? tf.tidy(() => tf.mul(p, masks[k]!)) : p.clone()));
  tf.dispose(start);
  const vars: Variable[] = init.map((p, k) => tf.variable(p, opts.trainable?.[k] ?? true));
  const trainVars = vars.filter((_, k) => opts.trainable?.[k] ?? true);
  const optimizer = opts.optimizer === 'sgd' ? tf.train.sgd(opts.lr) : tf.train.adam(opts.lr);
  const n = opts.train.x.shape[0];
  const batch = Math.min(opts.batchSize ?? n, n);
  const order = uniformStream(opts.orderSeed ?? subSeed(spec.seed, 7));
  let perm: number[] = [];
  const nextRows = (): number[] => {
    if (perm.length < batch) perm = permutation(n, order);
    return perm.splice(0, batch);
  };
  const every = opts.evalEvery ?? Math.max(1, Math.floor(opts.steps / 10));
  const res: ClassifierRun = { at: [], trainLoss: [], trainAcc: [], testLoss: [], testAcc: [], fitStep: null, steps: 0, nonFinite: false, init: [], final: [] };
  const evaluate = (step: number): void => {
    const tr = evaluateClassifier(tf, spec, vars, opts.train, kind);
    res.at.push(step);
    res.trainLoss.push(tr.loss);
    res.trainAcc.push(tr.acc);
    if (opts.test) { const te = evaluateClassifier(tf, spec, vars, opts.test, kind); res.testLoss.push(te.loss); res.testAcc.push(te.acc); }
    if (!Number.isFinite(tr.loss)) res.nonFinite = true;
    if (res.fitStep === null && tr.acc === 1) res.fitStep = step;
  };
  try {
    evaluate(0);
    for (let step = 1; step <= opts.steps && !res.nonFinite; step++) {
      const rows = batch < n ? tf.tensor1d(nextRows(), 'int32') : null;
      const cost = optimizer.minimize(() => tf.tidy(() => {
        const x = rows ? (tf.gather(opts.train.x, rows) as Tensor2D) : opts.train.x;
        const y = rows ? (tf.gather(opts.train.y, rows) as Tensor2D) : opts.train.y;
        let l = lossOf(tf, kind, mlpOutput(tf, spec, vars, x, spec.dropout ? subSeed(spec.seed, 1_000_000 + step) : undefined), y);
        if (opts.l2) for (let k = 0; k < vars.length; k += 2) l = tf.add(l, tf.mul(opts.l2, tf.sum(tf.square(vars[k]!)))) as Scalar;
        return l;
      }), true, trainVars);
      rows?.dispose();
      const c = cost!.dataSync()[0]!;
      cost!.dispose();
      masks.forEach((m, k) => { if (m) { const t = tf.mul(vars[k]!, m); vars[k]!.assign(t); t.dispose(); } });
      res.steps = step;
      if (!Number.isFinite(c)) { res.nonFinite = true; evaluate(step); break; }
      if (step % every === 0 || step === opts.steps) {
        evaluate(step);
        if (opts.stopWhenFit && res.fitStep !== null) break;
      }
    }
    if (opts.keep) { res.init = init.map((p) => p.clone()); res.final = vars.map((v) => v.clone()); }
    return res;
  } finally {
    tf.dispose([...init, ...vars]);
    optimizer.dispose();
  }
}

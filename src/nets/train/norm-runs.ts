// Classifier training with the l2 norm of the whole parameter vector under control, for the weight-norm
// experiments (Fort & Scherlis 2019; Liu et al. 2023, "Omnigrok"): start at a given radius, then either
// re-project onto that sphere after every step or shrink by decoupled weight decay (AdamW), recording
// the norm alongside the accuracies.
import type { Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { evaluateClassifier } from './classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { permutation, uniformStream } from '../base/rng.js';
import { initParams, mlpOutput, type TrainData, type TrainNetSpec } from './train-mlp.js';

export interface NormRunOptions {
  /** Adam's step size; on a sphere it is multiplied by radius / unitRadius, so the angular step is the same at every radius. */
  lr: number;
  steps: number;
  train: TrainData;
  test: TrainData;
  loss: 'softmax' | 'mse';
  batchSize?: number;
  /** Rescale the initial draw of `spec` to this l2 norm (of all parameters together); default: the draw as it is. */
  radius?: number;
  /** Keep the parameter vector on the sphere of the initial radius (re-projected after every step). */
  sphere?: boolean;
  /** The radius at which `lr` applies unscaled on a sphere (default: `radius`). */
  unitRadius?: number;
  /** AdamW's decoupled weight decay: every parameter is multiplied by 1 - lr * decay after each step. */
  decay?: number;
  evalEvery?: number;
}

export interface NormRun {
  at: number[];
  trainAcc: number[];
  testAcc: number[];
  trainLoss: number[];
  /** l2 norm of all parameters at each evaluation. */
  norm: number[];
  nonFinite: boolean;
}

/** The l2 norm of all the tensors together. */
export function paramNorm(tf: Tf, params: readonly Tensor[]): number {
  return tf.tidy(() => Math.sqrt(tf.addN(params.map((p) => tf.sum(tf.square(p)))).dataSync()[0]!));
}

/** Trains a fresh net of `spec` with Adam, its parameter norm set at the start and then held (sphere) or decayed (decay). */
export function runWithNormControl(tf: Tf, spec: TrainNetSpec, o: NormRunOptions): NormRun {
  const drawn = initParams(tf, spec);
  const r0 = paramNorm(tf, drawn);
  const radius = o.radius ?? r0;
  const start = tf.tidy(() => drawn.map((p) => tf.mul(p, radius / r0)));
  const vars: Variable[] = start.map((p) => tf.variable(p));
  tf.dispose([...drawn, ...start]);
  const lr = o.sphere ? (o.lr * radius) / (o.unitRadius ?? radius) : o.lr;
  const optimizer = tf.train.adam(lr);
  const n = o.train.x.shape[0];
  const batch = Math.min(o.batchSize ?? n, n);
  const order = uniformStream(subSeed(spec.seed, 7));
  let perm: number[] = [];
  const nextRows = (): number[] => {
    if (perm.length < batch) perm = permutation(n, order);
    return perm.splice(0, batch);
  };
  const scaleAll = (c: number): void => { for (const v of vars) { const t = tf.mul(v, c); v.assign(t); t.dispose(); } };
  const res: NormRun = { at: [], trainAcc: [], testAcc: [], trainLoss: [], norm: [], nonFinite: false };
  const every = o.evalEvery ?? Math.max(1, Math.floor(o.steps / 10));
  const evaluate = (step: number): void => {
    const tr = evaluateClassifier(tf, spec, vars, o.train, o.loss);
    res.at.push(step);
    res.trainAcc.push(tr.acc);
    res.trainLoss.push(tr.loss);
    res.testAcc.push(evaluateClassifier(tf, spec, vars, o.test, o.loss).acc);
    res.norm.push(paramNorm(tf, vars));
    if (!Number.isFinite(tr.loss)) res.nonFinite = true;
  };
  try {
    evaluate(0);
    for (let step = 1; step <= o.steps && !res.nonFinite; step++) {
      const rows = batch < n ? tf.tensor1d(nextRows(), 'int32') : null;
      optimizer.minimize(() => tf.tidy(() => {
        const x = rows ? (tf.gather(o.train.x, rows) as Tensor2D) : o.train.x;
        const y = rows ? (tf.gather(o.train.y, rows) as Tensor2D) : o.train.y;
        const out = mlpOutput(tf, spec, vars, x);
        return (o.loss === 'mse' ? tf.mean(tf.sum(tf.square(tf.sub(out, y)), 1)) : tf.losses.softmaxCrossEntropy(y, out)) as Scalar;
      }), false, vars);
      rows?.dispose();
      if (o.decay) scaleAll(1 - o.lr * o.decay);
      if (o.sphere) scaleAll(radius / paramNorm(tf, vars));
      if (step % every === 0 || step === o.steps) evaluate(step);
    }
    return res;
  } finally {
    tf.dispose(vars);
    optimizer.dispose();
  }
}

/** The first evaluated step from which the curve stays at or above `level` to the end (null: it ends below). */
export function settledStep(at: readonly number[], curve: readonly number[], level: number): number | null {
  let k = curve.length;
  while (k > 0 && curve[k - 1]! >= level) k--;
  return k < curve.length ? at[k]! : null;
}

// Classifier training with the l2 norm of the whole parameter vector under control, for the weight-norm
// experiments (Fort & Scherlis 2019; Liu et al. 2023, "Omnigrok"): start at a given radius, then either
// re-project onto that sphere after every step or shrink by decoupled weight decay (AdamW), recording
// the norm alongside the accuracies. Trained by the one training loop (loop.ts).
import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { evaluateClassifier } from './classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { lossOf, type LossKind } from '../base/losses.js';
import { trainLoop } from './loop.js';
import { initParams, mlpOutput, type TrainData, type TrainNetSpec } from './train-mlp.js';

export interface NormRunOptions {
  /** Adam's step size; on a sphere it is multiplied by radius / unitRadius, so the angular step is the same at every radius. */
  lr: number;
  steps: number;
  train: TrainData;
  test: TrainData;
  loss: LossKind;
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
  tf.dispose(drawn);
  const scaleAll = (vars: readonly Variable[], c: number): void => { for (const v of vars) { const t = tf.mul(v, c); v.assign(t); t.dispose(); } };
  const measure = (ps: readonly Tensor[]): Record<string, number> => {
    const tr = evaluateClassifier(tf, spec, ps, o.train, o.loss);
    return { trainAcc: tr.acc, trainLoss: tr.loss, testAcc: evaluateClassifier(tf, spec, ps, o.test, o.loss).acc, norm: paramNorm(tf, ps) };
  };
  try {
    const run = trainLoop(tf, {
      init: start,
      loss: (ps, batch) => lossOf(tf, o.loss, mlpOutput(tf, spec, ps, batch!.x), batch!.y),
      optimizer: 'adam',
      lr: o.sphere ? (o.lr * radius) / (o.unitRadius ?? radius) : o.lr,
      steps: o.steps,
      data: { ...o.train, batchSize: o.batchSize, orderSeed: subSeed(spec.seed, 7) },
      afterStep: (vars) => {
        if (o.decay) scaleAll(vars, 1 - o.lr * o.decay);
        if (o.sphere) scaleAll(vars, radius / paramNorm(tf, vars));
      },
      record: { every: o.evalEvery ?? Math.max(1, Math.floor(o.steps / 10)), measure },
      stop: (r) => !Number.isFinite(r.curves.trainLoss!.at(-1)!),
    });
    tf.dispose(run.params);
    const c = run.curves;
    return { at: run.at, trainAcc: c.trainAcc!, testAcc: c.testAcc!, trainLoss: c.trainLoss!, norm: c.norm!, nonFinite: run.stopped !== null };
  } finally {
    tf.dispose(start);
  }
}

/** The first evaluated step from which the curve stays at or above `level` to the end (null: it ends below). */
export function settledStep(at: readonly number[], curve: readonly number[], level: number): number | null {
  let k = curve.length;
  while (k > 0 && curve[k - 1]! >= level) k--;
  return k < curve.length ? at[k]! : null;
}

/** The first evaluated step at which the curve is at or above `level` (null: it never gets there). */
export function firstStep(at: readonly number[], curve: readonly number[], level: number): number | null {
  const k = curve.findIndex((v) => v >= level);
  return k < 0 ? null : at[k]!;
}

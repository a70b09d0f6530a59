// The one training loop: networks are trained here, through the adapters in this folder
// (train.ts, train-mlp.ts, classifier-run.ts, flat-train.ts, norm-runs.ts, ntk-train.ts) or
// directly. It owns the variables, the optimizer, the minibatch order, masks and penalties; the
// caller gives the forward pass inside `loss` and says what to record and when to stop.
// tests/README.md names the optimisations that are not training (path fitting between minima,
// adversarial inputs) and the one loop not folded yet (subspace-train.ts).
import type { Optimizer, Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { permutation, uniformStream } from '../base/rng.js';
import { JsAdam } from './adam.js';

export type OptimizerKind = 'sgd' | 'adam' | 'rmsprop';

/** A batch of inputs and targets. */
export interface Batch {
  x: Tensor2D;
  y: Tensor2D;
}

export interface LoopOptions {
  /** Starting parameters, copied (and masked) into the loop's variables; left untouched. */
  init: readonly Tensor[];
  /** The data loss of a step from the current parameters, the step's batch (null without `data`) and the step (1-based). */
  loss: (params: readonly Tensor[], batch: Batch | null, step: number) => Scalar;
  optimizer: OptimizerKind;
  lr: number;
  /** The most steps taken. */
  steps: number;
  /** Training data; minibatches of `batchSize` rows drawn from a fresh permutation (seeded by `orderSeed`) whenever fewer remain (default: full batch). */
  data?: Batch & { batchSize?: number; orderSeed?: number };
  /** Per parameter: false freezes it (default: all train). */
  trainable?: readonly boolean[];
  /** Per parameter: a 0/1 mask applied at the start and after every step (null: none). */
  masks?: readonly (Tensor | null)[];
  /** Added to the loss for each parameter index in `on`, in order: l2 * sum p^2, then l1 * sum |p|. */
  penalty?: { l1?: number; l2?: number; on: readonly number[] };
  /** Runs after every update (and masks), with that step's loss: decay, projection, observers. May assign to the variables. */
  afterStep?: (params: readonly Variable[], step: number, loss: number) => void;
  /** Named values measured at step 0, every `every` steps and at the last step, recorded as curves. */
  record?: { every: number; measure: (params: readonly Tensor[], step: number) => Record<string, number> };
  /** Checked after every record: true ends training. */
  stop?: (run: Recorded, step: number) => boolean;
  /** End training at the first non-finite step loss, recording that step first. */
  stopOnNonFiniteLoss?: boolean;
}

export interface Recorded {
  /** The recorded steps. */
  at: number[];
  /** Each measured value, one entry per recorded step. */
  curves: Record<string, number[]>;
  /** The loss (penalties included) of every step taken, before its update. */
  costs: number[];
  /** Steps taken. */
  steps: number;
  /** Why training ended early: the stop rule, a non-finite step loss, or null (all steps taken). */
  stopped: 'rule' | 'non-finite loss' | null;
}

export interface LoopResult extends Recorded {
  /** The final parameters (copies the caller disposes). */
  params: Tensor[];
}

function makeOptimizer(tf: Tf, kind: OptimizerKind, lr: number): Optimizer | JsAdam {
  return kind === 'sgd' ? tf.train.sgd(lr) : kind === 'adam' ? new JsAdam(tf, lr) : tf.train.rmsprop(lr);
}

/** The row indices of each step's minibatch (null: the full batch), from one seeded stream. */
export function batchOrder(n: number, batchSize: number | undefined, seed: number | undefined): () => number[] | null {
  const batch = Math.min(batchSize ?? n, n);
  if (batch < n && seed === undefined) throw new Error(`minibatches of ${batch} of ${n} rows need an orderSeed`);
  const u = uniformStream(seed ?? 0);
  let perm: number[] = [];
  return () => {
    if (batch >= n) return null;
    if (perm.length < batch) perm = permutation(n, u);
    return perm.splice(0, batch);
  };
}

/**
 * Picks rows of `t` into a new tensor, like tf.gather on axis 0 with the same values bit for bit,
 * from one read of `t` into JS: tfjs-wasm's GatherV2 took about 190 us for 100 rows of 40 floats,
 * a copy out of the read about 18 us, and a minibatch step of a small net costs 1-2 ms in all.
 */
export function rowPicker(tf: Tf, t: Tensor): (rows: readonly number[]) => Tensor {
  const data = t.dataSync();
  const width = t.shape.slice(1).reduce((p, d) => p * d, 1);
  return (rows) => {
    const out = new (data.constructor as new (n: number) => typeof data)(rows.length * width);
    rows.forEach((r, k) => out.set(data.subarray(r * width, (r + 1) * width), k * width));
    return tf.tensor(out, [rows.length, ...t.shape.slice(1)], t.dtype);
  };
}

/** Trains copies of `o.init` and returns the recorded curves and the final parameters. */
export function trainLoop(tf: Tf, o: LoopOptions): LoopResult {
  const masks = o.masks ?? [];
  const start = o.init.map((p, k) => (masks[k] ? tf.tidy(() => tf.mul(p, masks[k]!)) : p.clone()));
  const vars: Variable[] = start.map((p, k) => tf.variable(p, o.trainable?.[k] ?? true));
  tf.dispose(start);
  const trainVars = vars.filter((_, k) => o.trainable?.[k] ?? true);
  const optimizer = makeOptimizer(tf, o.optimizer, o.lr);
  const data = o.data;
  const nextRows = data ? batchOrder(data.x.shape[0], data.batchSize, data.orderSeed) : () => null;
  let pick: { x: (rows: readonly number[]) => Tensor; y: (rows: readonly number[]) => Tensor } | null = null;
  const run: Recorded = { at: [], curves: {}, costs: [], steps: 0, stopped: null };
  const record = (step: number): boolean => {
    const measured = o.record!.measure(vars, step);
    run.at.push(step);
    for (const [name, value] of Object.entries(measured)) (run.curves[name] ??= []).push(value);
    return o.stop?.(run, step) ?? false;
  };
  const penalised = (loss: Scalar): Scalar => {
    let l = loss;
    for (const k of o.penalty?.on ?? []) {
      if (o.penalty!.l2) l = tf.add(l, tf.mul(o.penalty!.l2, tf.sum(tf.square(vars[k]!))));
      if (o.penalty!.l1) l = tf.add(l, tf.mul(o.penalty!.l1, tf.sum(tf.abs(vars[k]!))));
    }
    return l;
  };
  try {
    if (o.record && record(0)) run.stopped = 'rule';
    for (let step = 1; step <= o.steps && !run.stopped; step++) {
      const rows = nextRows();
      if (rows && !pick) pick = { x: rowPicker(tf, data!.x), y: rowPicker(tf, data!.y) };
      const cost = optimizer.minimize(() => tf.tidy(() => {
        const batch = data && (rows ? { x: pick!.x(rows) as Tensor2D, y: pick!.y(rows) as Tensor2D } : data);
        return penalised(o.loss(vars, batch ?? null, step));
      }), true, trainVars)!;
      const c = cost.dataSync()[0]!;
      cost.dispose();
      run.costs.push(c);
      masks.forEach((m, k) => { if (m) { const t = tf.mul(vars[k]!, m); vars[k]!.assign(t); t.dispose(); } });
      o.afterStep?.(vars, step, c);
      run.steps = step;
      if (o.stopOnNonFiniteLoss && !Number.isFinite(c)) {
        if (o.record) record(step);
        run.stopped = 'non-finite loss';
      } else if (o.record && (step % o.record.every === 0 || step === o.steps) && record(step)) run.stopped = 'rule';
    }
    return { ...run, params: vars.map((v) => v.clone()) };
  } finally {
    tf.dispose(vars);
    optimizer.dispose();
  }
}

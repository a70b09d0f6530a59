// Adam training of any network given as a forward function over a flat parameter list (conv nets,
// students, read-outs), through the one training loop (loop.ts): on one-hot labels (softmax
// cross-entropy) or on a teacher's logits (mean squared error, distillation), full batch or
// minibatch, with frozen parameters and fixed pruning masks.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { accuracy, correctRows, lossOf } from '../base/losses.js';
import { trainLoop } from './loop.js';

export type Forward = (params: readonly Tensor[], x: Tensor2D) => Tensor2D;

export interface FlatTrainOptions {
  lr: number;
  steps: number;
  x: Tensor2D;
  /** One-hot labels ('labels') or the teacher's logits ('logits'), [n, classes]. */
  y: Tensor2D;
  target: 'labels' | 'logits';
  /** Minibatch size (default: full batch). */
  batchSize?: number;
  /** Seed of the minibatch order. */
  orderSeed?: number;
  /** Per parameter: false freezes it. */
  trainable?: readonly boolean[];
  /** Per parameter: a 0/1 mask applied at the start and after every step (null: none). */
  masks?: readonly (Tensor | null)[];
}

/** Trains copies of `init` and returns the final parameters (new tensors the caller disposes), the last loss and every step's minibatch loss. */
export function trainFlat(tf: Tf, forward: Forward, init: readonly Tensor[], o: FlatTrainOptions): { params: Tensor[]; loss: number; costs: number[] } {
  const run = trainLoop(tf, {
    init,
    loss: (ps, batch) => lossOf(tf, o.target === 'labels' ? 'softmax' : 'mse', forward(ps, batch!.x), batch!.y),
    optimizer: 'adam',
    lr: o.lr,
    steps: o.steps,
    data: { x: o.x, y: o.y, batchSize: o.batchSize, orderSeed: o.orderSeed ?? 1 },
    trainable: o.trainable,
    masks: o.masks,
  });
  return { params: run.params, loss: run.costs[o.steps - 1] ?? NaN, costs: run.costs };
}

/** Share of rows whose largest logit is at the label's one-hot position. */
export function accuracyOf(tf: Tf, forward: Forward, params: readonly Tensor[], x: Tensor2D, y: Tensor2D): number {
  return tf.tidy(() => accuracy(tf, forward(params, x), y).dataSync()[0]!);
}

/** Per row: 1 if classified correctly, else 0 (i.i.d. samples over test examples). */
export function correctness(tf: Tf, forward: Forward, params: readonly Tensor[], x: Tensor2D, y: Tensor2D): number[] {
  return tf.tidy(() => Array.from(correctRows(tf, forward(params, x), y).dataSync()));
}

/** The mean minibatch loss over each tenth of a run: a curve smooth enough for a plateau rule, where single minibatch losses are noise. */
export function lossTenths(costs: readonly number[]): number[] {
  return Array.from({ length: 10 }, (_, k) => {
    const part = costs.slice(Math.floor((k * costs.length) / 10), Math.floor(((k + 1) * costs.length) / 10));
    return part.reduce((s, x) => s + x, 0) / part.length;
  });
}

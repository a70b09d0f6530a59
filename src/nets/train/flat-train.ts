// Adam training of any network given as a forward function over a flat parameter list: on one-hot
// labels (softmax cross-entropy) or on a teacher's logits (mean squared error, distillation), full
// batch or minibatch, with frozen parameters and fixed pruning masks. classifier-run.ts does the same
// for train-mlp.ts's MLPs only; this one takes conv nets, students and read-outs alike.
import type { Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { permutation, uniformStream } from '../base/rng.js';

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

/** Trains copies of `init` and returns the final parameters (new tensors the caller disposes) and the last loss. */
export function trainFlat(tf: Tf, forward: Forward, init: readonly Tensor[], o: FlatTrainOptions): { params: Tensor[]; loss: number } {
  const masks = o.masks ?? [];
  const start = init.map((p, k) => (masks[k] ? tf.tidy(() => tf.mul(p, masks[k]!)) : p.clone()));
  const vars: Variable[] = start.map((p, k) => tf.variable(p, o.trainable?.[k] ?? true));
  tf.dispose(start);
  const trainVars = vars.filter((_, k) => o.trainable?.[k] ?? true);
  const optimizer = tf.train.adam(o.lr);
  const n = o.x.shape[0];
  const batch = Math.min(o.batchSize ?? n, n);
  const u = uniformStream(o.orderSeed ?? 1);
  let perm: number[] = [];
  let loss = NaN;
  try {
    for (let step = 0; step < o.steps; step++) {
      let rows = null;
      if (batch < n) {
        if (perm.length < batch) perm = permutation(n, u);
        rows = tf.tensor1d(perm.splice(0, batch), 'int32');
      }
      const cost = optimizer.minimize(() => tf.tidy(() => {
        const x = rows ? (tf.gather(o.x, rows) as Tensor2D) : o.x;
        const y = rows ? (tf.gather(o.y, rows) as Tensor2D) : o.y;
        const out = forward(vars, x);
        return (o.target === 'labels' ? tf.losses.softmaxCrossEntropy(y, out) : tf.mean(tf.sum(tf.square(tf.sub(out, y)), 1))) as Scalar;
      }), true, trainVars);
      rows?.dispose();
      if (step === o.steps - 1) loss = cost!.dataSync()[0]!;
      cost!.dispose();
      masks.forEach((m, k) => { if (m) { const t = tf.mul(vars[k]!, m); vars[k]!.assign(t); t.dispose(); } });
    }
    return { params: vars.map((v) => v.clone()), loss };
  } finally {
    tf.dispose(vars);
    optimizer.dispose();
  }
}

/** Share of rows whose largest logit is at the label's one-hot position. */
export function accuracyOf(tf: Tf, forward: Forward, params: readonly Tensor[], x: Tensor2D, y: Tensor2D): number {
  return tf.tidy(() => tf.mean(tf.cast(tf.equal(tf.argMax(forward(params, x), 1), tf.argMax(y, 1)), 'float32')).dataSync()[0]!);
}

/** Per row: 1 if classified correctly, else 0 (i.i.d. samples over test examples). */
export function correctness(tf: Tf, forward: Forward, params: readonly Tensor[], x: Tensor2D, y: Tensor2D): number[] {
  return tf.tidy(() => Array.from(tf.cast(tf.equal(tf.argMax(forward(params, x), 1), tf.argMax(y, 1)), 'float32').dataSync()));
}

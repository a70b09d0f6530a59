// The losses and the accuracy every classifier and regressor in src/ and claims/ is scored with,
// written once so that training and evaluation cannot drift apart.
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

/** Softmax cross-entropy on one-hot targets, or the mean over rows of the squared error summed over outputs. */
export type LossKind = 'softmax' | 'mse';

/** Mean over rows of the squared error summed over the outputs (targets [n, out]). */
export function meanSquaredError(tf: Tf, out: Tensor2D, y: Tensor2D): Scalar {
  return tf.mean(tf.sum(tf.square(tf.sub(out, y)), 1)) as Scalar;
}

/** The loss of logits `out` against targets `y` (one-hot for 'softmax'). */
export function lossOf(tf: Tf, kind: LossKind, out: Tensor2D, y: Tensor2D): Scalar {
  return kind === 'mse' ? meanSquaredError(tf, out, y) : (tf.losses.softmaxCrossEntropy(y, out) as Scalar);
}

/** Per row: 1 if the largest logit is at the one-hot label's position, else 0. */
export function correctRows(tf: Tf, out: Tensor, y: Tensor): Tensor1D {
  return tf.cast(tf.equal(tf.argMax(out, 1), tf.argMax(y, 1)), 'float32') as Tensor1D;
}

/** Share of rows classified correctly. */
export function accuracy(tf: Tf, out: Tensor, y: Tensor): Scalar {
  return tf.mean(correctRows(tf, out, y)) as Scalar;
}

// Input-space probes of trained classifiers given as forward functions: targeted projected
// gradient-sign attacks (for Ilyas et al.'s non-robust-feature data sets) and nearest-neighbour
// distances to a reference set (how far a perturbed input is from any data point).
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { Forward } from '../train/flat-train.js';

/**
 * Targeted L-infinity attack: `steps` steps of x <- clip(x - step * sign(d CE(target, f(x)) / dx), x0 +- eps),
 * step = 2.5 eps / steps (Madry et al.'s schedule). Returns the perturbed inputs (a new tensor).
 */
export function targetedSignAttack(tf: Tf, forward: Forward, params: readonly Tensor[], x0: Tensor2D, targets: Tensor2D, eps: number, steps: number): Tensor2D {
  const step = (2.5 * eps) / steps;
  const grad = tf.grad((xi: Tensor) => tf.losses.softmaxCrossEntropy(targets, forward(params, xi as Tensor2D)) as Scalar);
  let x = x0.clone();
  for (let t = 0; t < steps; t++) {
    const cur = x;
    const clipped = tf.tidy(() => tf.minimum(tf.maximum(tf.sub(cur, tf.mul(tf.sign(grad(cur)), step)), tf.sub(x0, eps)), tf.add(x0, eps)) as Tensor2D);
    cur.dispose();
    x = clipped;
  }
  return x;
}

/** For each row of a [m, d]: the Euclidean distance to the nearest row of b [n, d]. */
export function nearestDistances(tf: Tf, a: Tensor2D, b: Tensor2D): number[] {
  return tf.tidy(() => {
    const sq = tf.add(tf.sub(tf.sum(tf.square(a), 1, true), tf.mul(2, tf.matMul(a, b, false, true))), tf.transpose(tf.sum(tf.square(b), 1, true)));
    return Array.from(tf.sqrt(tf.maximum(tf.min(sq, 1), 0)).dataSync());
  });
}

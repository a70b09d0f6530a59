// Collapses a network of affine layers (no activation) into one affine map.
import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { Mlp } from '../base/mlp.js';

/** The single map x -> xW + b equal to the composition of all of `mlp`'s affine layers (activations ignored). */
export function composeAffine(tf: Tf, mlp: Mlp): { W: Tensor2D; b: Tensor1D } {
  return tf.tidy(() => {
    let W = mlp.weights[0]!;
    let b: Tensor1D = mlp.biases[0] ?? tf.zeros([W.shape[1]]);
    for (let l = 1; l < mlp.weights.length; l++) {
      const Wl = mlp.weights[l]!;
      W = tf.matMul(W, Wl);
      b = tf.squeeze(tf.matMul(tf.expandDims(b, 0) as Tensor2D, Wl), [0]) as Tensor1D;
      const bl = mlp.biases[l];
      if (bl) b = tf.add(b, bl);
    }
    return { W: tf.clone(W), b: tf.clone(b) };
  });
}

/** |x||W1| + |b1|, then |.||W2| + |b2|, ...: the entrywise magnitude that bounds float rounding in the forward pass. */
export function absoluteForward(tf: Tf, mlp: Mlp, x: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    let h: Tensor2D = tf.abs(x);
    mlp.weights.forEach((w, l) => {
      h = tf.matMul(h, tf.abs(w));
      const b = mlp.biases[l];
      if (b) h = tf.add(h, tf.abs(b));
    });
    return h;
  });
}

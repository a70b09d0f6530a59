// A forward pass with probes: tensors added to every pre-activation z_l and every hidden output h_l.
// With zero probes it is the plain forward pass, and the gradient with respect to a probe is dL/dz_l or dL/dh_l.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { activate } from '../base/activations.js';
import type { Mlp } from '../base/mlp.js';

export function probedForward(tf: Tf, mlp: Mlp, x: Tensor2D, pz: Tensor[], ph: Tensor[]): Tensor2D {
  let h: Tensor = x;
  mlp.weights.forEach((w, l) => {
    const b = mlp.biases[l];
    let z: Tensor = tf.add(tf.matMul(h as Tensor2D, w), pz[l]!);
    if (b) z = tf.add(z, b);
    h = l === mlp.weights.length - 1 ? z : tf.add(activate(tf, z, mlp.spec.activation, mlp.spec.leakyAlpha), ph[l]!);
  });
  return h as Tensor2D;
}

// The chain rule written out: activation derivatives, a forward trace, explicit layer Jacobians
// and their product, next to the full input-output Jacobian taken by tfjs autodiff.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { Mlp } from '../base/mlp.js';
import { activate, type Activation } from '../base/activations.js';

/** phi'(z) written out by hand (not by autodiff): relu 1 for z > 0 else 0; leakyRelu 1 or alpha; elu (alpha 1) 1 or e^z; tanh 1 - tanh^2; sigmoid s (1 - s); linear 1. */
export function activationDerivative(tf: Tf, z: Tensor, activation: Activation, leakyAlpha = 0.01): Tensor {
  return tf.tidy(() => {
    const positive = tf.greater(z, 0);
    switch (activation) {
      case 'relu': return tf.cast(positive, 'float32');
      case 'leakyRelu': return tf.where(positive, tf.onesLike(z), tf.fill(z.shape, leakyAlpha));
      case 'elu': return tf.where(positive, tf.onesLike(z), tf.exp(z));
      case 'tanh': return tf.sub(1, tf.square(tf.tanh(z)));
      case 'sigmoid': { const s = tf.sigmoid(z); return tf.mul(s, tf.sub(1, s)); }
      case 'linear': return tf.onesLike(z);
    }
  });
}

/** The activation of layer l (0-based) of `mlp`: hidden layers use spec.activation, the last the output activation. */
export function layerActivation(mlp: Mlp, l: number): Activation {
  return l === mlp.weights.length - 1 ? mlp.spec.outputActivation ?? 'linear' : mlp.spec.activation;
}

/** Pre-activations z_l = h_{l-1} W_l + b_l and outputs h_l = phi(z_l) of every layer; hs[0] is x itself (not a copy). */
export function forwardTrace(tf: Tf, mlp: Mlp, x: Tensor2D): { zs: Tensor2D[]; hs: Tensor2D[] } {
  const zs: Tensor2D[] = [];
  const hs: Tensor2D[] = [x];
  mlp.weights.forEach((w, l) => {
    const z = tf.tidy(() => {
      const lin = tf.matMul(hs[l]!, w);
      const b = mlp.biases[l];
      return (b ? tf.add(lin, b) : lin) as Tensor2D;
    });
    zs.push(z);
    hs.push(tf.tidy(() => activate(tf, z, layerActivation(mlp, l), mlp.spec.leakyAlpha) as Tensor2D));
  });
  return { zs, hs };
}

/** J_l = dh_l/dh_{l-1} at the single input x ([1, n_0]), as [n_l, n_{l-1}] matrices: diag(phi'(z_l)) W_l^T. */
export function layerJacobians(tf: Tf, mlp: Mlp, x: Tensor2D): Tensor2D[] {
  if (x.shape[0] !== 1) throw new Error(`layerJacobians needs a single input [1, n], got [${x.shape}]`);
  const { zs, hs } = forwardTrace(tf, mlp, x);
  try {
    return zs.map((z, l) => tf.tidy(() => {
      const d = tf.reshape(activationDerivative(tf, z, layerActivation(mlp, l), mlp.spec.leakyAlpha), [-1, 1]);
      return tf.mul(d, tf.transpose(mlp.weights[l]!)) as Tensor2D;
    }));
  } finally {
    tf.dispose([...zs, ...hs.slice(1)]);
  }
}

/** The chain rule's product J_L ... J_1 ([n_L, n_0]). */
export function chainProduct(tf: Tf, jacobians: readonly Tensor2D[]): Tensor2D {
  if (jacobians.length === 0) throw new Error('chainProduct needs at least one Jacobian');
  return tf.tidy(() => jacobians.slice(1).reduce((p, j) => tf.matMul(j, p), jacobians[0]!.clone() as Tensor2D));
}

/** df/dx at the single input x ([1, n]) by tfjs autodiff, as [outDim, n]: one backward pass over outDim copies of x, row i seeded with e_i. */
export function autodiffJacobian(tf: Tf, f: (x: Tensor2D) => Tensor2D, x: Tensor2D, outDim: number): Tensor2D {
  return tf.tidy(() => {
    const copies = tf.tile(x, [outDim, 1]) as Tensor2D;
    const seeds = tf.eye(outDim);
    return tf.grad((xs: Tensor) => tf.sum(tf.mul(f(xs as Tensor2D), seeds)))(copies) as Tensor2D;
  });
}

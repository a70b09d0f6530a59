// The Hessian of an MLP's mean squared loss with respect to all its parameters, for nets small enough
// to hold P x P in memory: central differences of exact (autodiff) gradients. tfjs's second-order
// autodiff is not used because it is wrong through tanh, sigmoid and exp: their gradient kernels
// save the forward output and differentiate as if it did not depend on the input (on a 2-2-1 tanh
// net the first layer's Hessian diagonal came out 0.002 where differences give -0.005).
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { Activation } from '../base/activations.js';
import { activate } from '../base/activations.js';

export interface FlatMlp {
  /** Layer sizes [input, hidden..., output]; parameters flattened per layer as W (row-major, fanIn x fanOut) then b. */
  sizes: readonly number[];
  activation: Activation;
}

/** Number of parameters of a FlatMlp. */
export function flatSize(net: FlatMlp): number {
  return net.sizes.slice(1).reduce((s, o, l) => s + net.sizes[l]! * o + o, 0);
}

/** The net's output on x for the flat parameter vector theta (differentiable in theta). */
export function flatForward(tf: Tf, net: FlatMlp, theta: Tensor1D, x: Tensor2D): Tensor2D {
  let at = 0;
  let h = x;
  const L = net.sizes.length - 1;
  for (let l = 0; l < L; l++) {
    const [i, o] = [net.sizes[l]!, net.sizes[l + 1]!];
    const W = tf.reshape(tf.slice(theta, [at], [i * o]), [i, o]) as Tensor2D;
    const b = tf.slice(theta, [at + i * o], [o]);
    at += i * o + o;
    const z = tf.add(tf.matMul(h, W), b) as Tensor2D;
    h = l < L - 1 ? activate(tf, z, net.activation) as Tensor2D : z;
  }
  return h;
}

/** mean over the batch of |f(x) - y|^2 (+ l2 * |theta|^2). */
export function flatLoss(tf: Tf, net: FlatMlp, theta: Tensor1D, x: Tensor2D, y: Tensor2D, l2 = 0): Scalar {
  const data = tf.div(tf.sum(tf.square(tf.sub(flatForward(tf, net, theta, x), y))), x.shape[0]) as Scalar;
  return l2 > 0 ? tf.add(data, tf.mul(l2, tf.sum(tf.square(theta)))) as Scalar : data;
}

/** Step of the central differences: small against the weights, large against float32 gradient noise. */
const STEP = 3e-3;

/** The P x P Hessian of flatLoss at theta (symmetrised; float32 gradients, returned as float64 arrays). */
export function lossHessian(tf: Tf, net: FlatMlp, theta: readonly number[], x: Tensor2D, y: Tensor2D, l2 = 0): number[][] {
  const P = flatSize(net);
  if (theta.length !== P) throw new Error(`theta has ${theta.length} entries, the net ${P}`);
  const grad = tf.grad((t: Tensor) => flatLoss(tf, net, t as Tensor1D, x, y, l2));
  const gradAt = (shift: number, i: number): Float32Array => tf.tidy(() => {
    const t = [...theta];
    t[i]! += shift;
    return grad(tf.tensor1d(t)).dataSync() as Float32Array;
  });
  const rows = Array.from({ length: P }, (_, i) => {
    const [up, down] = [gradAt(STEP, i), gradAt(-STEP, i)];
    return Array.from(up, (u, j) => (u - down[j]!) / (2 * STEP));
  });
  return rows.map((r, i) => r.map((v, j) => (v + rows[j]![i]!) / 2));
}

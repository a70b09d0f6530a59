// The Hessian of an MLP's softmax cross-entropy restricted to a random subspace of its parameters
// (Fort & Scherlis 2019): H_U = U^T H U for a random P x d matrix U, by differences of gradients
// through hessian.ts's flat forward pass. By Sylvester's law of inertia U^T H U has the same signs of
// eigenvalues as H restricted to span(U), so U need not be orthonormalised for counting them.
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { flatForward, flatSize, type FlatMlp } from '../probe/hessian.js';
import { subSeed } from '../../random/seeds.js';
import { symEig } from '../train/ntk-train.js';

/**
 * U^T H U of the mean softmax cross-entropy at theta, for U of shape [P, d], by central differences
 * (step h along each column) of the exact autodiff gradient. Not by double autodiff: tfjs's second
 * derivatives through exp, tanh and sigmoid drop the dependence of their saved outputs on the input
 * (d/dx of d exp(x)/dx comes out 0), so nested tf.grad gets the softmax's curvature wrong.
 */
export function subspaceHessian(tf: Tf, net: FlatMlp, theta: Tensor1D, x: Tensor2D, yOneHot: Tensor2D, U: Tensor2D, h = 1e-2): number[][] {
  const d = U.shape[1];
  const P = flatSize(net);
  const g = tf.grad((z: Tensor) => tf.losses.softmaxCrossEntropy(yOneHot, flatForward(tf, net, tf.add(theta, tf.reshape(tf.matMul(U, tf.reshape(z, [d, 1])), [P])) as Tensor1D, x)) as Scalar);
  const rows = tf.tidy(() => Array.from({ length: d }, (_, i) => {
    const e = tf.mul(tf.oneHot(tf.tensor1d([i], 'int32'), d).reshape([d]), h);
    return Array.from(tf.div(tf.sub(g(e), g(tf.neg(e))), 2 * h).dataSync());
  }));
  return rows.map((r, i) => r.map((v, j) => (v + rows[j]![i]!) / 2));
}

/** Squared norm of the expected Glorot-normal (Xavier) draw of the net's weights: sum over layers of fanIn fanOut 2 / (fanIn + fanOut). */
export function xavierSquaredRadius(net: FlatMlp): number {
  return net.sizes.slice(1).reduce((s, o, l) => s + (net.sizes[l]! * o * 2) / (net.sizes[l]! + o), 0);
}

/** Squared norm of the expected He draw: sum over layers of fanIn fanOut 2 / fanIn. */
export function heSquaredRadius(net: FlatMlp): number {
  return net.sizes.slice(1).reduce((s, o) => s + 2 * o, 0);
}

/**
 * Share of positive eigenvalues of the d-dimensional subspace Hessian at a random point of squared
 * norm r2: a Xavier-shaped draw (biases 0) rescaled to that norm, and a fresh Gaussian U.
 */
export function positiveShareAt(tf: Tf, net: FlatMlp, x: Tensor2D, yOneHot: Tensor2D, r2: number, d: number, seed: number): number {
  const P = flatSize(net);
  const theta = tf.tidy(() => {
    const parts: Tensor[] = [];
    net.sizes.slice(1).forEach((o, l) => {
      const i = net.sizes[l]!;
      parts.push(tf.randomNormal([i * o], 0, Math.sqrt(2 / (i + o)), 'float32', subSeed(seed, l)), tf.zeros([o]));
    });
    const v = tf.concat(parts) as Tensor1D;
    return tf.mul(v, tf.div(Math.sqrt(r2), tf.norm(v))) as Tensor1D;
  });
  const U = tf.randomNormal([P, d], 0, 1 / Math.sqrt(P), 'float32', subSeed(seed, 99)) as Tensor2D;
  try {
    const v = symEig(subspaceHessian(tf, net, theta, x, yOneHot, U)).values;
    return v.filter((l) => l > 0).length / d;
  } finally {
    tf.dispose([theta, U]);
  }
}

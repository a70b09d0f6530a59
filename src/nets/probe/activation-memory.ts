// Memory and arithmetic of a pass through an MLP, measured by tfjs itself: peak bytes allocated
// (sampled after every kernel by tf.profile) and matmul FLOPs counted from the kernels' shapes.
import type { Tensor, Tensor2D, TensorContainer } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { forward, type Mlp } from '../base/mlp.js';
import { activate } from '../base/activations.js';
import { layerActivation } from './layer-jacobians.js';

export interface PassProfile {
  /** Peak bytes held by tfjs during the pass, above what was held when it started. */
  peakBytes: number;
  /** Bytes still held when the pass returned, above the start (0 when it cleaned up). */
  newBytes: number;
  /** 2 m k n summed over every matrix-multiply kernel. */
  matmulFlops: number;
  /** Most tensors alive at once during the pass, above the start. */
  peakTensors: number;
}

const size = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

/** Profiles fn with tf.profile; fn must dispose what it allocates (tensors it returns are disposed here). */
export async function profilePass(tf: Tf, fn: () => TensorContainer): Promise<PassProfile> {
  const start = tf.memory();
  const info = await tf.profile(fn);
  tf.dispose(info.result as Tensor | Tensor[]);
  let flops = 0;
  for (const k of info.kernels) {
    if (k.name !== 'BatchMatMul' && k.name !== '_FusedMatMul') continue;
    const [a, b] = [k.inputShapes[0]!, k.inputShapes[1]!];
    const c = k.outputShapes[0]!;
    const batch = c.length > 2 ? size(c.slice(0, -2)) : 1;
    flops += 2 * batch * Math.sqrt((size(a) / batch) * (size(b) / batch) * (size(c) / batch));
  }
  const peakTensors = Math.max(0, ...info.kernels.map((k) => k.totalTensorsSnapshot)) - start.numTensors;
  return { peakBytes: Math.max(0, info.peakBytes - start.numBytes), newBytes: info.newBytes, matmulFlops: flops, peakTensors };
}

/** Layer l of the MLP applied to h: phi(h W_l + b_l), all intermediates freed. */
export function applyLayer(tf: Tf, mlp: Mlp, l: number, h: Tensor2D, weight: Tensor2D = mlp.weights[l]!): Tensor2D {
  return tf.tidy(() => {
    const lin = tf.matMul(h, weight);
    const b = mlp.biases[l];
    return activate(tf, b ? tf.add(lin, b) : lin, layerActivation(mlp, l), mlp.spec.leakyAlpha) as Tensor2D;
  });
}

/** Inference that frees each layer's input as soon as the layer's output exists (x itself is kept). */
export function forwardDiscarding(tf: Tf, mlp: Mlp, x: Tensor2D): Tensor2D {
  let h = x;
  for (let l = 0; l < mlp.weights.length; l++) {
    const next = applyLayer(tf, mlp, l, h);
    if (h !== x) h.dispose();
    h = next;
  }
  return h;
}

/** Inference that keeps every activation until the end (what a tape must do), then frees them. */
export function forwardKeeping(tf: Tf, mlp: Mlp, x: Tensor2D): Tensor2D {
  return tf.tidy(() => forward(tf, mlp, x));
}

/** A training step's gradient: d sum(mlp(x) * r) / dW_l for every weight matrix, by tfjs autodiff (its tape keeps the activations). */
export function weightGradients(tf: Tf, mlp: Mlp, x: Tensor2D, r: Tensor2D): Tensor2D[] {
  return tf.tidy(() => {
    const loss = (...ws: Tensor[]) => tf.sum(tf.mul(forward(tf, { ...mlp, weights: ws as Tensor2D[] }, x), r));
    return tf.grads(loss)(mlp.weights) as Tensor2D[];
  });
}

// 1-D convolutional classifiers for MNIST-1D over a flat parameter list, each conv layer applied as
// the dense weight-shared matrix it equals: every op has a gradient kernel on the wasm backend (tfjs's
// conv1d needs Conv2DBackpropFilter, which wasm lacks) and a layer costs four ops.
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { normalWeights } from '../base/init.js';
import { subSeed } from '../../random/seeds.js';

export interface Conv1dSpec {
  /** Input length (MNIST-1D: 40). */
  length: number;
  /** Channels of the conv layers (the input has one channel). */
  channels: readonly number[];
  kernel: number;
  stride: number;
  classes: number;
  /** Batch normalisation after every conv layer, with a trained scale and shift per channel. */
  batchNorm?: boolean;
  seed: number;
}

/** Output length of a 'same'-padded strided conv layer: ceil(length / stride). */
export const convOutLength = (length: number, stride: number): number => Math.ceil(length / stride);

/** Lengths of the input and of every conv layer's output. */
export function convLengths(spec: Conv1dSpec): number[] {
  const out = [spec.length];
  for (let l = 0; l < spec.channels.length; l++) out.push(convOutLength(out[l]!, spec.stride));
  return out;
}

/** Parameters per conv layer: [W (kernel*cin x cout), b, (gamma, beta)]. */
const perLayer = (spec: Conv1dSpec) => (spec.batchNorm ? 4 : 2);

/** Number of trainable numbers of the net. */
export function conv1dParamCount(spec: Conv1dSpec): number {
  let cin = 1;
  let n = 0;
  for (const c of spec.channels) { n += spec.kernel * cin * c + c + (spec.batchNorm ? 2 * c : 0); cin = c; }
  const lengths = convLengths(spec);
  return n + lengths.at(-1)! * cin * spec.classes + spec.classes;
}

/** He-initialised parameters: weights N(0, 2 / fan_in) exactly, biases and shifts 0, scales 1. */
export function conv1dInit(tf: Tf, spec: Conv1dSpec): Tensor[] {
  const out: Tensor[] = [];
  let cin = 1;
  spec.channels.forEach((c, l) => {
    const fanIn = spec.kernel * cin;
    out.push(normalWeights(tf, [fanIn, c], 2 / fanIn, subSeed(spec.seed, 2 * l)), tf.zeros([c]) as Tensor1D);
    if (spec.batchNorm) out.push(tf.ones([c]) as Tensor1D, tf.zeros([c]) as Tensor1D);
    cin = c;
  });
  const flat = convLengths(spec).at(-1)! * cin;
  out.push(normalWeights(tf, [flat, spec.classes], 2 / flat, subSeed(spec.seed, 2 * spec.channels.length)), tf.zeros([spec.classes]) as Tensor1D);
  return out;
}

/** 0/1 tap matrices [kernel, outLen * L]: entry (j, q * L + p) is 1 where output q reads input p through tap j (tf's 'same' padding). */
export function tapMatrices(L: number, kernel: number, stride: number): Float32Array {
  const outLen = convOutLength(L, stride);
  const left = Math.floor(Math.max((outLen - 1) * stride + kernel - L, 0) / 2);
  const s = new Float32Array(kernel * outLen * L);
  for (let j = 0; j < kernel; j++) for (let q = 0; q < outLen; q++) {
    const p = q * stride + j - left;
    if (p >= 0 && p < L) s[j * outLen * L + q * L + p] = 1;
  }
  return s;
}

/**
 * One 'same'-padded strided 1-D convolution as the dense matrix it equals: h [n, L * cin] (position-major,
 * index p * cin + c) times T [L * cin, outLen * cout], T[(p, c), (q, d)] = sum_j S_j[q, p] W_j[c, d], with
 * w [kernel * cin, cout] (row j * cin + c). Four ops and their gradients, far fewer than im2col's slices.
 */
export function conv1dLayer(tf: Tf, h: Tensor2D, w: Tensor2D, b: Tensor, L: number, kernel: number, stride: number): Tensor2D {
  const cin = h.shape[1] / L;
  const cout = w.shape[1];
  const outLen = convOutLength(L, stride);
  const taps = tf.tensor2d(tapMatrices(L, kernel, stride), [kernel, outLen * L]);
  const m = tf.matMul(taps, tf.reshape(w, [kernel, cin * cout]), true, false);
  const t = tf.reshape(tf.transpose(tf.reshape(m, [outLen, L, cin, cout]), [1, 2, 0, 3]), [L * cin, outLen * cout]) as Tensor2D;
  return tf.add(tf.matMul(h, t), tf.tile(b, [outLen])) as Tensor2D;
}

// The conv stack's output [n, L_last * c_last]; `useBn` off skips batch norm (for the random features).
function convStack(tf: Tf, spec: Conv1dSpec, params: readonly Tensor[], x: Tensor2D, useBn: boolean): Tensor2D {
  const k = perLayer(spec);
  const lengths = convLengths(spec);
  let h = x;
  spec.channels.forEach((c, l) => {
    let z = conv1dLayer(tf, h, params[k * l] as Tensor2D, params[k * l + 1]!, lengths[l]!, spec.kernel, spec.stride);
    if (spec.batchNorm && useBn) {
      const z3 = tf.reshape(z, [x.shape[0], lengths[l + 1]!, c]);
      const { mean, variance } = tf.moments(z3, [0, 1]);
      const zn = tf.add(tf.mul(tf.div(tf.sub(z3, mean), tf.sqrt(tf.add(variance, 1e-5))), params[k * l + 2]!), params[k * l + 3]!);
      z = tf.reshape(zn, [x.shape[0], -1]) as Tensor2D;
    }
    h = tf.relu(z);
  });
  return h;
}

/** Logits [n, classes] of x [n, length]; ReLU after every conv layer (after batch norm over batch and positions, if on). */
export function conv1dOutput(tf: Tf, spec: Conv1dSpec, params: readonly Tensor[], x: Tensor2D): Tensor2D {
  const L = spec.channels.length;
  const k = perLayer(spec);
  return tf.add(tf.matMul(convStack(tf, spec, params, x, true), params[k * L] as Tensor2D), params[k * L + 1]!) as Tensor2D;
}

/** The conv stack's activations without batch norm [n, L_last * c_last] (random features for a read-out). */
export function conv1dFeatures(tf: Tf, spec: Conv1dSpec, params: readonly Tensor[], x: Tensor2D): Tensor2D {
  return tf.tidy(() => convStack(tf, spec, params, x, false));
}

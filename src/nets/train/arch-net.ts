// MNIST-1D classifiers of either family (fully connected or 1-D convolutional) behind one interface,
// for experiments that compare architectures, train students on a teacher's logits, or freeze parts.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { conv1dInit, conv1dOutput, conv1dParamCount, type Conv1dSpec } from '../build/conv1d.js';
import type { Forward } from './flat-train.js';
import { initParams, mlpOutput, type TrainNetSpec } from './train-mlp.js';

export type Arch =
  | { kind: 'mlp'; hidden: readonly number[] }
  | { kind: 'conv'; channels: readonly number[]; kernel: number; stride: number; batchNorm?: boolean };

export interface ArchNet {
  forward: Forward;
  /** Fresh He-initialised parameters (new tensors the caller disposes). */
  init: () => Tensor[];
  paramCount: number;
  label: string;
}

/** A ReLU net of `arch` from 40 inputs to 10 classes, He-initialised from `seed`. */
export function archNet(tf: Tf, arch: Arch, seed: number, length = 40, classes = 10): ArchNet {
  if (arch.kind === 'mlp') {
    const spec: TrainNetSpec = { sizes: [length, ...arch.hidden, classes], phi: 'relu', weightVariance: 2, seed };
    const count = spec.sizes.slice(1).reduce((t, o, l) => t + (spec.sizes[l]! + 1) * o, 0);
    return { forward: (p, x) => mlpOutput(tf, spec, p, x), init: () => initParams(tf, spec), paramCount: count, label: `FC ${spec.sizes.join('-')}` };
  }
  const spec: Conv1dSpec = { length, channels: arch.channels, kernel: arch.kernel, stride: arch.stride, classes, batchNorm: arch.batchNorm, seed };
  return { forward: (p, x: Tensor2D) => conv1dOutput(tf, spec, p, x), init: () => conv1dInit(tf, spec), paramCount: conv1dParamCount(spec), label: `conv ${arch.channels.join('-')} (k${arch.kernel}, s${arch.stride})` };
}

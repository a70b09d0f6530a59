// MNIST-1D typed arrays as tfjs tensors.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';
import type { Mnist1dData } from './mnist1d.js';

export interface Mnist1dTensors {
  /** [nTrain, length] float32. */
  xTrain: Tensor2D;
  /** One-hot [nTrain, classes] float32. */
  yTrain: Tensor2D;
  xTest: Tensor2D;
  yTest: Tensor2D;
  dispose(): void;
}

/** Inputs as [n, length] and labels one-hot as [n, classes]: new tensors the caller owns. */
export function toTensors(tf: Tf, data: Mnist1dData): Mnist1dTensors {
  const x = (v: Float32Array) => tf.tensor2d(v, [v.length / data.length, data.length], 'float32');
  const y = (v: Int32Array) => tf.tidy(() => tf.oneHot(tf.tensor1d(v, 'int32'), data.classes).toFloat() as Tensor2D);
  const t = { xTrain: x(data.xTrain), yTrain: y(data.yTrain), xTest: x(data.xTest), yTest: y(data.yTest) };
  return { ...t, dispose: () => tf.dispose(Object.values(t)) };
}

// MNIST-1D as training and test tensors for fitting experiments, with the random-data controls.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';
import { subSeed } from '../random/seeds.js';
import { mnist1d } from './mnist1d.js';
import { gaussianInputs, randomLabels } from './mnist1d-random.js';
import { toTensors } from './mnist1d-tensors.js';

export interface Mnist1dTask {
  train: { x: Tensor2D; y: Tensor2D };
  test: { x: Tensor2D; y: Tensor2D };
  dispose(): void;
}

/** A seeded split; 'random' labels are a permutation of the real ones, 'gaussian' inputs are i.i.d. N(0, 1). */
export function mnist1dTask(tf: Tf, o: { seed: number; nTrain: number; nTest: number; labels?: 'real' | 'random'; inputs?: 'real' | 'gaussian' }): Mnist1dTask {
  const data = mnist1d({ seed: o.seed, nTrain: o.nTrain, nTest: o.nTest });
  if (o.labels === 'random') data.yTrain = randomLabels(data.yTrain, subSeed(o.seed, 100));
  if (o.inputs === 'gaussian') data.xTrain = gaussianInputs(o.nTrain, data.length, subSeed(o.seed, 101));
  const t = toTensors(tf, data);
  return { train: { x: t.xTrain, y: t.yTrain }, test: { x: t.xTest, y: t.yTest }, dispose: () => t.dispose() };
}

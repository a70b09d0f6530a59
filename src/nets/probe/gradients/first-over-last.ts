// The back-propagated gradient's shrinkage from the last hidden layer to the first, at initialisation,
// on the 4-class teacher task (8-dim N(0, I) inputs, 128 points) that why-not-deeper's claims train on.
import type { Tf } from '../../../backend/tf.js';
import { teacherClassification } from '../../../datasets/teacher.js';
import type { Seeds } from '../../../random/seeds.js';
import { initialActivationGradients, type TrainNetSpec } from '../../train/train-mlp.js';

/** |dL/dh_1| / |dL/dh_L| (first over last hidden layer's output) at initialisation of a net of L hidden layers, one value per seed. */
export function firstOverLast(tf: Tf, seeds: Seeds, spec: Omit<TrainNetSpec, 'seed' | 'sizes'>, depth: number, count: number, width = 32): number[] {
  return Array.from({ length: count }, (_, s) => {
    const data = teacherClassification(tf, { nTrain: 128, nTest: 1, d: 8, classes: 4, seed: seeds.child('task', s).value });
    try {
      const g = initialActivationGradients(tf, { ...spec, sizes: [8, ...Array<number>(depth).fill(width), 4], seed: seeds.child('net', s).value }, { x: data.xTrain, y: data.yTrain }, 'softmax');
      return g[1]! / g[depth]!;
    } finally {
      data.dispose();
    }
  });
}

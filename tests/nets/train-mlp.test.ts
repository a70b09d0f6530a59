import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { initParams, initialActivationGradients, initialWeightGradients, mlpOutput, trainMlp } from '../../src/nets/train/train-mlp.js';
import { teacherClassification } from '../../src/datasets/teacher.js';

beforeAll(async () => { await selectBackend(); });

describe('trainMlp', () => {
  it('draws weights at exactly weightVariance / fan_in and zero biases', () => {
    const p = initParams(tf, { sizes: [200, 300, 4], phi: 'relu', weightVariance: 2, seed: 1 });
    const v = tf.tidy(() => tf.moments(p[0]!).variance.dataSync()[0]!);
    expect(v * 200).toBeCloseTo(2, 1);
    expect(tf.tidy(() => tf.sum(tf.abs(p[1]!)).dataSync()[0]!)).toBe(0);
    tf.dispose(p);
  });

  it('residual blocks with zero weights pass the stream unchanged; outputs have the right shape', () => {
    const spec = { sizes: [3, 5, 5, 5, 2], phi: 'relu' as const, weightVariance: 2, residual: true, seed: 2 };
    const p = initParams(tf, spec);
    const zeroed = p.map((t, k) => (k === 2 || k === 4 ? tf.zerosLike(t) : t));
    const [a, b] = tf.tidy(() => {
      const x = tf.tensor2d([[1, -2, 0.5]]);
      const h1 = tf.relu(tf.matMul(x, zeroed[0] as never));
      return [mlpOutput(tf, spec, zeroed, x).arraySync(), tf.matMul(h1, zeroed[6] as never).arraySync()];
    });
    expect(a).toEqual(b);
    tf.dispose([...p, zeroed[2]!, zeroed[4]!]);
  });

  it('SGD lowers the training loss of a small net; gradients are reported per layer; no leaks', () => {
    const before = tf.memory().numTensors;
    const data = teacherClassification(tf, { nTrain: 64, nTest: 32, d: 8, classes: 3, seed: 5 });
    const spec = { sizes: [8, 16, 16, 3], phi: 'tanh' as const, weightVariance: 1, seed: 3 };
    const r = trainMlp(tf, spec, { optimizer: 'sgd', lr: 0.1, steps: 40, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest } });
    expect(r.trainLoss.at(-1)!).toBeLessThan(r.trainLoss[0]!);
    expect(r.trainPred).toHaveLength(64);
    expect(r.weightChange).toHaveLength(3);
    expect(initialWeightGradients(tf, spec, { x: data.xTrain, y: data.yTrain }, 'softmax')).toHaveLength(3);
    expect(initialActivationGradients(tf, spec, { x: data.xTrain, y: data.yTrain }, 'softmax')).toHaveLength(3);
    data.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports overflow as nonFinite', () => {
    const data = teacherClassification(tf, { nTrain: 32, nTest: 1, d: 8, classes: 3, seed: 6 });
    const r = trainMlp(tf, { sizes: [8, ...Array<number>(20).fill(32), 3], phi: 'relu', weightVariance: 6, seed: 1 }, { optimizer: 'sgd', lr: 1, steps: 20, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain } });
    expect(r.nonFinite).toBe(true);
    data.dispose();
  });
});

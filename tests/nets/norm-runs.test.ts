import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { firstStep, runWithNormControl, settledStep } from '../../src/nets/train/norm-runs.js';

beforeAll(async () => { await selectBackend(); });
const spec = { sizes: [40, 16, 10], phi: 'relu' as const, weightVariance: 2, seed: 4 };

describe('runWithNormControl', () => {
  it('holds the norm on the sphere, shrinks it under decay, and leaks nothing', () => {
    const task = mnist1dTask(tf, { seed: 1, nTrain: 60, nTest: 30 });
    const before = tf.memory().numTensors;
    const base = { lr: 0.01, steps: 40, batchSize: 20, train: task.train, test: task.test, loss: 'softmax' as const, evalEvery: 10 };
    const sphere = runWithNormControl(tf, spec, { ...base, radius: 7, sphere: true });
    for (const r of sphere.norm) expect(r).toBeCloseTo(7, 3);
    const decayed = runWithNormControl(tf, spec, { ...base, lr: 0.001, decay: 50 });
    expect(decayed.norm.at(-1)!).toBeLessThan(decayed.norm[0]! * 0.2);
    expect(decayed.at).toEqual([0, 10, 20, 30, 40]);
    expect(tf.memory().numTensors).toBe(before);
    task.dispose();
  });

  it('settledStep: the first step from which the curve stays at the level', () => {
    expect(settledStep([0, 10, 20, 30], [0.1, 1, 0.9, 1], 1)).toBe(30);
    expect(settledStep([0, 10, 20], [0.5, 1, 1], 1)).toBe(10);
    expect(settledStep([0, 10], [1, 0.5], 1)).toBeNull();
  });

  it('firstStep: the first step at the level, whatever follows', () => {
    expect(firstStep([0, 10, 20, 30], [0.1, 1, 0.9, 1], 1)).toBe(10);
    expect(firstStep([0, 10], [0.5, 0.9], 1)).toBeNull();
  });
});

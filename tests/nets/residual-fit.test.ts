import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { taskData } from '../../src/datasets/function-targets.js';
import { trainHeResidual } from '../../src/nets/experiments/residual-fit.js';

beforeAll(async () => { await selectBackend(); });

describe("He et al.'s residual block", () => {
  it('trains a 12-block stack, records every evalEvery steps and at the end, and leaks nothing', () => {
    const data = taskData(tf, { task: 'smooth2d', nTrain: 64, nTest: 16, seed: 5 });
    const before = tf.memory().numTensors;
    const curve = trainHeResidual(tf, { dIn: 2, width: 16, blocks: 12, seed: 6 }, data.train, { steps: 40, lr: 0.003, evalEvery: 8 });
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
    expect(curve).toHaveLength(6);
    expect(curve.every(Number.isFinite)).toBe(true);
    expect(curve.at(-1)!).toBeLessThan(curve[0]!);
  });
});

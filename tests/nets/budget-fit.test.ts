import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { fitAtBudget, widthAtBudget } from '../../src/nets/experiments/budget-fit.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { taskData, taskFunction, treeNode } from '../../src/datasets/function-targets.js';

beforeAll(async () => { await selectBackend(); });

describe('budget fits', () => {
  it('picks the largest width within the budget', () => {
    for (const [d, h, b] of [[1, 1, 100], [2, 4, 500], [4, 2, 300]] as const) {
      const w = widthAtBudget(d, h, b);
      expect(denseParamCount([d, ...Array<number>(h).fill(w), 1])).toBeLessThanOrEqual(b);
      expect(denseParamCount([d, ...Array<number>(h).fill(w + 1), 1])).toBeGreaterThan(b);
    }
  });

  it('builds seeded tasks with the stated targets and no leak', () => {
    const before = tf.memory().numTensors;
    const d = taskData(tf, { task: 'tree4d', nTrain: 8, nTest: 8, seed: 1 });
    const x = d.train.x.arraySync();
    const y = d.train.y.arraySync();
    x.forEach((row, i) => expect(y[i]![0]!).toBeCloseTo(treeNode(treeNode(row[0]!, row[1]!), treeNode(row[2]!, row[3]!)), 5));
    d.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(taskFunction({ task: 'sawtooth', depth: 2, seed: 0 }).f([0.125])).toBeCloseTo(0.5, 12);
  });

  it('fits a smooth target well below its variance', () => {
    const before = tf.memory().numTensors;
    const r = fitAtBudget(tf, { data: { task: 'smooth2d', nTrain: 128, nTest: 128, seed: 3 }, hidden: 1, budget: 200, steps: 300, lr: 0.01, seed: 4 });
    expect(r.testError).toBeLessThan(0.5);
    expect(tf.memory().numTensors).toBe(before);
  });
});

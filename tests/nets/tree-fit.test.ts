import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { fitTreeAtBudget, treeNodeWidth, treeOutput } from '../../src/nets/experiments/tree-fit.js';

beforeAll(async () => { await selectBackend(); });

describe('binary-tree net', () => {
  it('fits three 2 -> k -> 1 nodes into the budget', () => {
    expect(treeNodeWidth(300)).toBe(24);
    expect(3 * (4 * 24 + 1)).toBeLessThanOrEqual(300);
    expect(3 * (4 * 25 + 1)).toBeGreaterThan(300);
  });

  it('sees x1, x2 only through the left node and x3, x4 only through the right one', () => {
    const p = [0, 1, 2].flatMap((i) => [tf.fill([2, 3], i + 1), tf.zeros([3]), tf.ones([3, 1]), tf.zeros([1])]);
    const out = tf.tidy(() => treeOutput(tf, p, tf.tensor2d([[1, 2, 3, 4]])).dataSync()[0]!);
    // left = 3 * (1 + 2) = 9, right = 3 * 2 * (3 + 4) = 42, root = 3 * 3 * (9 + 42) = 459
    expect(out).toBeCloseTo(459, 3);
    tf.dispose(p);
  });

  it('trains on the tree task without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const r = fitTreeAtBudget(tf, { data: { task: 'tree4d', nTrain: 64, nTest: 64, seed: 3 }, budget: 300, steps: 40, lr: 0.01, seed: 4 });
    expect(r.params).toBe(291);
    expect(r.trainCurve.length).toBeGreaterThan(5);
    expect(r.trainCurve.at(-1)!).toBeLessThan(r.trainCurve[0]!);
    expect(tf.memory().numTensors).toBe(before);
  });
});

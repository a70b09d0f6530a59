import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { batchLrGrid } from '../../src/nets/experiments/batch-lr-grid.js';

beforeAll(async () => { await selectBackend(); });

describe('batchLrGrid', () => {
  it('runs every (batch, lr) pair to a fit, measures it, is deterministic and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const o = { seeds: [1], nTrain: 60, nTest: 30, hidden: [32], batches: [20, 100], lrs: [0.5], cap: 2000, iters: 5, rho: 0.05, draws: 2 };
    const [a, b] = [batchLrGrid(tf, o), batchLrGrid(tf, o)];
    expect(a.map((r) => [r.batch, r.lr])).toEqual([[20, 0.5], [60, 0.5]]);
    for (const r of a) {
      expect(r.fitStep).not.toBeNull();
      expect(r.trainAcc).toBe(1);
      expect(r.testPred).toHaveLength(30);
      expect(r.sharpness).toBeGreaterThan(0);
    }
    expect(b).toEqual(a);
    expect(tf.memory().numTensors).toBe(before);
  });
});

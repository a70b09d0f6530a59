import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { deadUnitRun } from '../../src/nets/experiments/dead-unit-run.js';

beforeAll(async () => { await selectBackend(); });

describe('deadUnitRun', () => {
  it('records dead units at every step and freezes units that stay dead under gradient descent', () => {
    const before = tf.memory().numTensors;
    const run = deadUnitRun(tf, { sizes: [4, 8, 8, 1], activation: 'relu', negativeShare: 0.5, negativeBias: 50, examples: 32, steps: 5, learningRate: 0.05, seed: 3 });
    expect(run.negative).toHaveLength(6);
    expect(run.losses).toHaveLength(6);
    expect(run.unitsBefore.map((l) => l.length)).toEqual([8, 8]);
    expect(run.unitsBefore[0]![0]).toHaveLength(5); // 4 incoming weights + bias
    let frozen = 0;
    run.unitsBefore.forEach((units, l) => units.forEach((p, j) => {
      if (run.negative.every((t) => t[l]![j])) {
        expect(p).toEqual(run.unitsAfter[l]![j]);
        frozen++;
      }
    }));
    expect(frozen).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});

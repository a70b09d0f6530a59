import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { criticalVariance, factorAt } from '../../src/nets/probe/critical-variance.js';

beforeAll(async () => { await selectBackend(); });

describe('criticalVariance', () => {
  it('finds c = 2 for wide ReLU nets (He), where the factor is 1', () => {
    const before = tf.memory().numTensors;
    const net = { activation: 'relu' as const, depth: 6, width: 256, batchSize: 32, nets: 2, seed: 1 };
    const { c, factor } = criticalVariance(tf, net);
    expect(factor).toBeCloseTo(1, 3);
    expect(c).toBeGreaterThan(1.8);
    expect(c).toBeLessThan(2.2);
    // ReLU is positively homogeneous: the factor scales exactly as sqrt(c).
    expect(factorAt(tf, net, 4) / factorAt(tf, net, 1)).toBeCloseTo(2, 4);
    expect(tf.memory().numTensors).toBe(before);
  });
});

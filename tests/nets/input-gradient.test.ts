import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { inputGradientFactors } from '../../src/nets/probe/gradients/input-gradient.js';
import { subSeed } from '../../src/random/seeds.js';

beforeAll(async () => { await selectBackend(); });

describe('inputGradientFactors', () => {
  it('deep linear Gaussian nets: E[log G] = -L/2n to leading order (instrument check)', () => {
    const [L, n] = [16, 32];
    const logs = Array.from({ length: 20 }, (_, i) => inputGradientFactors(tf, { depth: L, width: n, activation: 'linear', weightVariance: (k) => 1 / k, seed: subSeed(11, i), batchSize: 8 }).map(Math.log)).flat();
    const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
    expect(mean).toBeGreaterThan((-L / (2 * n)) * 1.5);
    expect(mean).toBeLessThan((-L / (2 * n)) * 0.5);
  });

  it('one factor per input, positive, no leaks', () => {
    const before = tf.memory().numTensors;
    const g = inputGradientFactors(tf, { depth: 4, width: 16, activation: 'relu', weightVariance: (k) => 2 / k, seed: 1, batchSize: 5 });
    expect(g).toHaveLength(5);
    g.forEach((v) => expect(v).toBeGreaterThan(0));
    expect(tf.memory().numTensors).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { gradientNoise, sgdRun } from '../../src/nets/probe/gradients/gradient-noise.js';

beforeAll(async () => { await selectBackend(); });

describe('gradient noise', () => {
  it('measures minibatch statistics without leaking tensors; full batches carry no noise', () => {
    const before = tf.memory().numTensors;
    const a = gradientNoise(tf, { width: 32, d: 4, n: 16, batchSize: 4, draws: 8, seed: 1 });
    expect(a.relativeNoise).toBeGreaterThan(0);
    expect(a.featureGradient).toBeGreaterThan(0);
    const full = gradientNoise(tf, { width: 32, d: 4, n: 16, batchSize: 16, draws: 3, seed: 1 });
    expect(full.relativeNoise).toBeLessThan(1e-8);
    expect(full.sharedFull).toBeCloseTo(a.sharedFull, 6);
    expect(a.sharedDraws).toHaveLength(8);
    expect(new Set(full.sharedDraws.map((g) => g.toPrecision(5))).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('SGD lowers the loss and moves the neurons', () => {
    const before = tf.memory().numTensors;
    const r = sgdRun(tf, { width: 64, d: 4, n: 32, batchSize: 8, steps: 60, lr: 0.5, seed: 2, orderSeed: 3 });
    expect(r.finalLoss).toBeLessThan(r.initialLoss);
    expect(r.neuronChange).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});


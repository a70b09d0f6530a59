import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { bnGradientNorms } from '../../src/nets/probe/gradients/bn-gradient-norms.js';

beforeAll(async () => { await selectBackend(); });

describe('batch-norm gradient norms', () => {
  it('is invariant to the weight scale with batch norm, and leaks no tensors', () => {
    const before = tf.memory().numTensors;
    const a = bnGradientNorms(tf, { depth: 6, width: 32, weightVariance: 1, batchNorm: true, batchSize: 32, seed: 4 });
    const b = bnGradientNorms(tf, { depth: 6, width: 32, weightVariance: 4, batchNorm: true, batchSize: 32, seed: 4 });
    expect(tf.memory().numTensors).toBe(before);
    expect(a.norms.length).toBe(7);
    // Only the readout (not normalised) feels the scale: every ratio is sqrt(4 / 1) = 2.
    a.norms.forEach((n, l) => expect(b.norms[l]! / n).toBeCloseTo(2, 2));
  });

  it('without batch norm tracks the pre-activation variance sigma_w^2 / 2 per layer', () => {
    const { preActivationVariance: v } = bnGradientNorms(tf, { depth: 6, width: 256, weightVariance: 1, batchNorm: false, batchSize: 64, seed: 2 });
    for (let l = 2; l < 6; l++) expect(v[l]! / v[l - 1]!).toBeGreaterThan(0.4);
    for (let l = 2; l < 6; l++) expect(v[l]! / v[l - 1]!).toBeLessThan(0.6);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { kernelRegressionCheck } from '../../src/nets/experiments/ntk-regression-check.js';

beforeAll(async () => { await selectBackend(); });

describe('kernel regression check', () => {
  it('a wide net ends near the kernel regression predictor and its Taylor expansion', () => {
    const before = tf.memory().numTensors;
    const r = kernelRegressionCheck(tf, { net: { sizes: [4, 1024, 1], activation: 'relu', weightVariance: 2, biasVariance: 0.1 }, nTrain: 8, nTest: 8, lrScale: 1, targetResidual: 1e-2, maxSteps: 800, seed: 4 });
    expect(r.finalResidual).toBeLessThan(0.05);
    expect(r.kernelRegressionGap).toBeLessThan(0.3);
    expect(r.taylorResidual).toBeLessThan(0.3);
    expect(tf.memory().numTensors).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { constructionRegions, endToEndGradientRatios } from '../../src/nets/experiments/depth-tradeoff.js';

beforeAll(async () => { await selectBackend(); });

describe('depth trade-off', () => {
  it('counts the constructions exactly', () => {
    expect(constructionRegions(3, 3)).toBe(64);
    expect(constructionRegions(4, 2)).toBe(2 ** 4 + 2);
  });

  it('end-to-end gradient ratios shrink like (1/sqrt 2)^depth at Var(W) = 1/fan_in, without leaking', () => {
    const before = tf.memory().numTensors;
    const r = endToEndGradientRatios(tf, { depth: 6, width: 128, weightVariance: 1, nets: 3, batchSize: 32, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    const g = Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
    expect(g).toBeGreaterThan(0.125 * 0.8);
    expect(g).toBeLessThan(0.125 * 1.25);
  });
});

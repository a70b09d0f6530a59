import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { searchRegions } from '../../src/nets/regions/region-search.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { halvingChain, zigzagWidth3 } from '../../src/nets/regions/region-constructions.js';

beforeAll(async () => { await selectBackend(); });

const scales = [{ weightVariance: 2, biasStd: 1 }, { weightVariance: 8, biasStd: 0.1 }];

describe('searchRegions', () => {
  it('is reproducible from its seed and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const a = searchRegions(tf, [1, 3, 3, 1], 200, 4, scales);
    const b = searchRegions(tf, [1, 3, 3, 1], 200, 4, scales);
    expect(a).toEqual(b);
    expect(Object.values(a.histogram).reduce((s, n) => s + n, 0)).toBe(200);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('finds counts between 1 and the (w+1)^L bound', () => {
    const r = searchRegions(tf, [1, 3, 3, 1], 500, 9, scales);
    expect(r.max).toBeGreaterThan(1);
    expect(r.max).toBeLessThanOrEqual(16);
  });

  it('never finds more than L + 1 regions in width-1 chains (each layer sees a monotone input)', () => {
    expect(searchRegions(tf, [1, 1, 1, 1, 1, 1, 1], 2000, 3, scales).max).toBeLessThanOrEqual(6);
  });
});

describe('region constructions', () => {
  it('halvingChain(L) has L + 1 regions and zigzagWidth3 has 16', () => {
    expect(countLinearRegions(halvingChain(5)).regions).toBe(6);
    expect(countLinearRegions(zigzagWidth3()).regions).toBe(16);
  });
});

import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { binomial, log10Big, montufarLowerBound, serraUpperBound, shallowMaxRegions, zaslavsky } from '../../src/nets/count/region-bounds.js';
import { countLinearRegions, type PlainNet } from '../../src/nets/regions/linear-regions.js';
import { zigzagNet } from '../../src/nets/regions/sawtooth.js';
import { normalStream } from '../../src/nets/base/rng.js';

// A random 1-D-input ReLU net as plain data.
function randomNet(sizes: number[], seed: number): PlainNet {
  const g = normalStream(seed);
  return {
    weights: sizes.slice(1).map((o, l) => Array.from({ length: sizes[l]! }, () => Array.from({ length: o }, () => g() * Math.sqrt(2 / sizes[l]!)))),
    biases: sizes.slice(1).map((o) => Array.from({ length: o }, () => g())),
  };
}

describe('binomial and log10Big', () => {
  it('match small cases and Pascal\'s rule', () => {
    expect(binomial(5, 2)).toBe(10n);
    expect(binomial(3, 5)).toBe(0n);
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (n, k) => binomial(n, k) === binomial(n - 1, k - 1) + binomial(n - 1, k)));
  });

  it('log10Big is exact on powers of ten and close elsewhere', () => {
    expect(log10Big(10n ** 150n)).toBe(150);
    expect(log10Big(2n ** 784n)).toBeCloseTo(784 * Math.log10(2), 9);
    expect(() => log10Big(0n)).toThrow();
  });
});

describe('region bounds', () => {
  it('one hidden layer on the line: n + 1 regions, the count a generic net reaches', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const n = 1 + (seed % 9);
      expect(BigInt(countLinearRegions(randomNet([1, n, 1], seed)).regions)).toBe(shallowMaxRegions(1, n));
    }
  });

  it('zaslavsky sums the binomials up to the dimension (2^n when d >= n)', () => {
    expect(zaslavsky(4, 2)).toBe(1n + 4n + 6n);
    expect(zaslavsky(7, 40)).toBe(2n ** 7n);
  });

  it('Serra\'s bound equals the one-layer count for one layer, (w+1)^L on the line, which zigzag nets reach', () => {
    expect(serraUpperBound(40, [298])).toBe(shallowMaxRegions(40, 298));
    for (const [L, w] of [[2, 3], [3, 4], [4, 3]] as const) {
      const bound = serraUpperBound(1, Array<number>(L).fill(w));
      expect(bound).toBe(BigInt((w + 1) ** L));
      expect(BigInt(countLinearRegions(zigzagNet(L, w)).regions)).toBe(bound);
    }
  });

  it('no random deep net on the line exceeds Serra\'s bound, and Montufar\'s lower bound stays below it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), fc.nat(), (widths, seed) => {
      const regions = BigInt(countLinearRegions(randomNet([1, ...widths, 1], seed)).regions);
      return regions <= serraUpperBound(1, widths) && montufarLowerBound(1, widths) <= serraUpperBound(1, widths);
    }));
    expect(montufarLowerBound(40, [400, 400]) <= serraUpperBound(40, [400, 400])).toBe(true);
  });

  it('rejects widths below the input dimension for Montufar\'s bound, and empty nets', () => {
    expect(() => montufarLowerBound(40, [30, 63])).toThrow(/n0/);
    expect(() => serraUpperBound(3, [])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { spearman } from '../../src/stats/rank-correlation.js';

describe('spearman', () => {
  it('is 1 for any increasing relation and -1 for any decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [5, 3, 2, -9])).toBeCloseTo(-1, 12);
  });
  it('averages tied ranks', () => {
    // ranks 0, 1.5, 1.5, 3 against 0, 1, 2, 3: the Pearson correlation of the ranks, 4.5 / sqrt(4.5 * 5)
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
    expect(spearman([1, 2, 3], [0, 0, 1])).toBeCloseTo(Math.sqrt(3) / 2, 12);
  });
  it('is 0 when a list is constant, and refuses lists of different lengths', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(() => spearman([1, 2], [1])).toThrow(/equal length/);
  });
});

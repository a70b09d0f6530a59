import { describe, expect, it } from 'vitest';
import { geometricMeanInterval, meanInterval } from '../../src/stats/interval.js';

describe('meanInterval', () => {
  it('matches the textbook t-interval', () => {
    // n = 4, mean 2.5, sd 1.291; t(0.975, 3) = 3.182 -> half-width 2.054
    const ci = meanInterval([1, 2, 3, 4], 0.95);
    expect(ci.estimate).toBe(2.5);
    expect(ci.hi - ci.estimate).toBeCloseTo(2.054, 3);
  });
  it('widens with the confidence level', () => {
    const xs = [0.1, 0.4, -0.2, 0.3, 0.05];
    const a = meanInterval(xs, 0.9);
    const b = meanInterval(xs, 0.999);
    expect(b.hi - b.lo).toBeGreaterThan(a.hi - a.lo);
  });
  it('refuses fewer than two samples and non-finite values', () => {
    expect(() => meanInterval([1], 0.95)).toThrow();
    expect(() => meanInterval([1, NaN], 0.95)).toThrow();
  });
  it('maps the log-scale interval back for geometric means', () => {
    const ci = geometricMeanInterval([1, 4], 0.95);
    expect(ci.estimate).toBeCloseTo(2, 12);
    expect(ci.lo * ci.hi).toBeCloseTo(4, 9);
  });
});

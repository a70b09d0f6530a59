import { describe, expect, it } from 'vitest';
import { clopperPearson, signCounts, signTestMinimum } from '../../src/stats/proportion.js';
import { converged } from '../../src/stats/convergence.js';
import { detectableShift, slopeInterval } from '../../src/stats/interval.js';

describe('discrete intervals', () => {
  it('gives 5 of 5 a Clopper-Pearson interval, not [1, 1]', () => {
    const ci = clopperPearson(5, 5, 0.95);
    expect(ci.hi).toBe(1);
    expect(ci.lo).toBeCloseTo(0.025 ** (1 / 5), 10);
  });
  it('matches the textbook interval for 7 of 20 (0.1539, 0.5922)', () => {
    const ci = clopperPearson(7, 20, 0.95);
    expect(ci.lo).toBeCloseTo(0.1539, 4);
    expect(ci.hi).toBeCloseTo(0.5922, 4);
    expect(clopperPearson(0, 5, 0.95).lo).toBe(0);
  });
  it('rejects impossible counts', () => {
    expect(() => clopperPearson(6, 5, 0.95)).toThrow(/successes/);
    expect(() => clopperPearson(0, 0, 0.95)).toThrow(/n >= 1/);
  });
  it('counts orderings with ties within the resolution, and needs 6 agreeing seeds at 95%', () => {
    expect(signCounts([1, 2, 3, 4], [0.5, 2.005, 3.5, 4], 0.01)).toEqual({ wins: 1, losses: 1, ties: 2 });
    expect(signTestMinimum(0.95)).toBe(6);
  });
});

describe('convergence rules', () => {
  it('calls a curve still improving over its window unconverged', () => {
    const rule = { kind: 'plateau', window: 2, tolerance: 0.01, goal: 'min' } as const;
    expect(converged([1, 0.5, 0.3, 0.3, 0.3], rule).converged).toBe(true);
    expect(converged([1, 0.8, 0.6, 0.45, 0.3], rule)).toMatchObject({ converged: false, why: expect.stringMatching(/still improving/) });
    expect(converged([0.5, 0.9, 0.9, 0.9], { ...rule, goal: 'max' }).converged).toBe(true);
    expect(converged([1, 0.5], rule).converged).toBe(false);
    expect(converged([1, NaN, 0.3], rule).converged).toBe(false);
  });
  it('checks a target in the curve\'s direction', () => {
    expect(converged([1, 0.01], { kind: 'target', value: 0.05, goal: 'min' }).converged).toBe(true);
    expect(converged([0.5, 0.9], { kind: 'target', value: 0.95, goal: 'max' }).converged).toBe(false);
  });
});

describe('trends and detectable effects', () => {
  it('recovers an exact slope with a zero-width interval and widens with noise', () => {
    const s = slopeInterval([1, 2, 3, 4], [3, 5, 7, 9], 0.95);
    expect(s.estimate).toBeCloseTo(2, 12);
    expect(s.hi - s.lo).toBeCloseTo(0, 12);
    expect(slopeInterval([1, 2, 3, 4], [3, 5.2, 6.9, 9], 0.95).hi).toBeGreaterThan(2.05);
    expect(() => slopeInterval([1, 1, 1], [1, 2, 3], 0.95)).toThrow(/distinct x/);
  });
  it('reports a smaller detectable shift for more replicates of the same spread', () => {
    expect(detectableShift([0, 1, 2], 0.95)).toBeGreaterThan(detectableShift([0, 1, 2, 0, 1, 2, 0, 1, 2], 0.95));
    expect(detectableShift([1], 0.95)).toBe(Infinity);
  });
});

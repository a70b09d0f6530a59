import { describe, expect, it } from 'vitest';
import { about, above, below, lastSignificantUnit, noLessThan, noMoreThan } from '../../src/claim/tolerance.js';

const inBand = ([lo, hi]: [number, number], x: number) => x >= lo && x <= hi;

describe('threshold tolerances', () => {
  it('fix the band from the sentence\'s threshold, strict or not', () => {
    expect(inBand(above(0.5, 'more than half').band(NaN), 0.5)).toBe(false);
    expect(inBand(above(0.5, 'more than half').band(NaN), 0.5000001)).toBe(true);
    expect(inBand(below(2, 'less than two').band(NaN), 2)).toBe(false);
    expect(inBand(below(2, 'less than two').band(NaN), 1.999999)).toBe(true);
    expect(inBand(noLessThan(0.5, 'at least half').band(NaN), 0.5)).toBe(true);
    expect(inBand(noMoreThan(2, 'at most two').band(NaN), 2)).toBe(true);
    expect(above(0.5, 'x').threshold).toBe(0.5);
    expect(() => above(Infinity, 'x')).toThrow(/finite threshold/);
  });
});

describe('the rule for approximate words', () => {
  it('reads the last significant unit of a stated value', () => {
    expect(lastSignificantUnit(4000)).toBe(1000);
    expect(lastSignificantUnit(11.7e6)).toBe(1e5);
    expect(lastSignificantUnit(0.05)).toBe(0.01);
    expect(lastSignificantUnit(4095)).toBe(1);
  });
  it('admits rounding and truncation, nothing wider: x is about v when x is in [v - u/2, v + u)', () => {
    const t = about('约');
    expect(inBand(t.band(4000), 4095)).toBe(true); // 约 4000 参数 for a 4,095-parameter net
    expect(inBand(t.band(11e6), 11.7e6)).toBe(true); // 11.7M is about 11M
    expect(inBand(t.band(11e6), 12e6)).toBe(false);
    expect(inBand(t.band(11e6), 10.5e6)).toBe(true);
    expect(inBand(t.band(11e6), 10.49e6)).toBe(false);
    expect(inBand(t.band(-11), -11.7)).toBe(true);
    expect(inBand(t.band(-11), -12)).toBe(false);
    expect(inBand(about('约 4.0', { unit: 0.1 }).band(4), 4.2)).toBe(false);
  });
});

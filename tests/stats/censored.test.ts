import { describe, expect, it } from 'vitest';
import { censoredRange, settledSign } from '../../src/stats/censored.js';

describe('censored step comparisons', () => {
  it('places a step not reached anywhere after the horizon', () => {
    expect(censoredRange([[1, null]], 100)).toEqual([101, Infinity]);
    expect(censoredRange([[1, null], [-1, 40]], 100)).toEqual([61, Infinity]);
    expect(censoredRange([[1, 30], [-1, null]], 100, 5)).toEqual([-Infinity, -66]);
    expect(censoredRange([[0, null], [1, 7]], 100)).toEqual([7, 7]);
  });
  it('settles "a later than b" when a was not reached and b was, and leaves it open when neither was', () => {
    expect(settledSign([[1, null], [-1, 40]], 100, { strict: true })).toBe(true);
    expect(settledSign([[1, 40], [-1, null]], 100, { strict: true })).toBe(false);
    expect(settledSign([[1, null], [-1, null]], 100, { strict: true })).toBeNull();
    expect(settledSign([[1, 60], [-1, 40]], 100, { strict: true })).toBe(true);
    expect(settledSign([[1, 40], [-1, 40]], 100, { strict: true })).toBe(false);
    expect(settledSign([[1, 40], [-1, 40]], 100)).toBe(true);
  });
  it('decides a gap comparison only when the censored step cannot change it', () => {
    // (gen - fit) - (heGen - heFit) - 10 with gen censored after 100: at least 101 - 20 - 30 - 10 > 0.
    expect(settledSign([[1, null], [-1, 20], [-1, 40], [1, 10]], 100, { constant: -10 })).toBe(true);
    // With fit at 95 the gap could be as small as 101 - 95 - 30 - 10 < 0: undecided.
    expect(settledSign([[1, null], [-1, 95], [-1, 40], [1, 10]], 100, { constant: -10 })).toBeNull();
  });
});

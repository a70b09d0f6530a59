import { describe, expect, it } from 'vitest';
import { absolute, atLeast, atMost, exactly, relative } from '../../src/claim/tolerance.js';
import { locateQuote } from '../../src/claim/quote.js';

describe('tolerance bands', () => {
  it('centre on the asserted value', () => {
    expect(exactly('x').band(3)).toEqual([3, 3]);
    expect(absolute(0.5, 'x').band(1)).toEqual([0.5, 1.5]);
    expect(relative(0.1, 'x').band(-2)).toEqual([-2.2, -1.8]);
    expect(atMost(0, 'x').band(4)).toEqual([-Infinity, 4]);
    expect(atLeast(1, 'x').band(4)).toEqual([3, Infinity]);
  });
  it('refuse a tolerance without a reason', () => {
    expect(() => relative(0.1, '  ')).toThrow(/reason/);
  });
});

describe('locateQuote', () => {
  it('counts occurrences and finds the first line', () => {
    expect(locateQuote('a\nbc\nbc', 'bc')).toMatchObject({ count: 2, line: 2 });
    expect(locateQuote('a\nbc', 'zz')).toMatchObject({ count: 0, line: null });
    expect(locateQuote('aaa', 'aa')).toMatchObject({ count: 2, line: 1 });
  });
});

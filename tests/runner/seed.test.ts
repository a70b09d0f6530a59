import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { deriveSeed } from '../../src/runner/seed.js';

describe('deriveSeed', () => {
  it('is a deterministic 31-bit integer that depends on both inputs', () => {
    fc.assert(fc.property(fc.nat(), fc.string(), (s, id) => {
      const a = deriveSeed(s, id);
      return a === deriveSeed(s, id) && Number.isInteger(a) && a >= 0 && a < 2 ** 31;
    }));
    expect(deriveSeed(1, 'a/b')).not.toBe(deriveSeed(2, 'a/b'));
    expect(deriveSeed(1, 'a/b')).not.toBe(deriveSeed(1, 'a/c'));
  });
});

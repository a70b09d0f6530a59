import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { deriveSeed, Seeds } from '../../src/random/seeds.js';

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

describe('Seeds', () => {
  it('derives a stream per name and index, deterministically, never 0', () => {
    fc.assert(fc.property(fc.nat(), fc.string({ minLength: 1 }), fc.nat(1000), (s, name, i) => {
      const a = new Seeds(s).child(name, i).value;
      return a === new Seeds(s).child(name, i).value && Number.isInteger(a) && a > 0 && a < 2 ** 31;
    }));
    const root = new Seeds(7);
    expect(root.child('teacher').value).not.toBe(root.child('student').value);
    expect(root.child('net', 1).value).not.toBe(root.child('net', 2).value);
    expect(new Seeds(0).value).toBe(1);
  });

  it('gives distinct replicate seeds', () => {
    const r = new Seeds(3).replicates('run', 20);
    expect(new Set(r).size).toBe(20);
  });

  it('refuses a nameless stream and a fractional index', () => {
    expect(() => new Seeds(1).child('')).toThrow(/name/);
    expect(() => new Seeds(1).child('x', 0.5)).toThrow(/integer/);
  });
});

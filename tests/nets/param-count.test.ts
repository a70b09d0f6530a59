import { describe, expect, it } from 'vitest';
import { denseParamCount } from '../../src/nets/count/param-count.js';

describe('denseParamCount', () => {
  it('counts weights and biases layer by layer', () => {
    expect(denseParamCount([1, 1])).toBe(2);
    expect(denseParamCount([3, 5, 2])).toBe(3 * 5 + 5 + 5 * 2 + 2);
    expect(denseParamCount([784, 100, 10], { bias: false })).toBe(78400 + 1000);
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => denseParamCount([3, 0, 2])).toThrow(/positive integers/);
    expect(() => denseParamCount([3, 2.5])).toThrow(/positive integers/);
  });

  it('has no layers when given one size', () => {
    expect(denseParamCount([7])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { gridCriticalPoints } from '../../src/nets/landscape/grid-critical-points.js';

const sample = (f: (x: number, y: number) => number, n: number, lo: number, hi: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(lo + ((hi - lo) * i) / (n - 1), lo + ((hi - lo) * j) / (n - 1))));

describe('gridCriticalPoints', () => {
  it('finds the two minima and the saddle of a double well', () => {
    const { minima, saddles } = gridCriticalPoints(sample((x, y) => (x * x - 1) ** 2 + y * y + 0.01 * x, 41, -2, 2));
    expect(minima.length).toBe(2);
    expect(saddles.length).toBe(1);
    expect(saddles[0]).toMatchObject({ i: 20, j: 20 });
  });

  it('finds one minimum and no saddle in a bowl, a saddle and no minimum in x^2 - y^2 / 2', () => {
    expect(gridCriticalPoints(sample((x, y) => x * x + 2 * y * y + 0.1 * x * y, 21, -1, 1))).toMatchObject({ minima: [{ i: 10, j: 10 }], saddles: [] });
    const s = gridCriticalPoints(sample((x, y) => x * x - 0.5 * y * y, 21, -1, 1));
    expect(s.minima).toEqual([]);
    expect(s.saddles.map((p) => [p.i, p.j])).toEqual([[10, 10]]);
  });

  it('rejects grids too small or ragged', () => {
    expect(() => gridCriticalPoints([[1, 2], [3, 4]])).toThrow();
  });
});

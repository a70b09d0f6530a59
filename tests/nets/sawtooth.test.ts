import { describe, expect, it } from 'vitest';
import { countLinearRegions, outputKinks } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNet } from '../../src/nets/regions/pwl-nets.js';
import { sawtoothNet, sawtoothPower, tent, tentPower, yarotskySquareNet, zigzagNet } from '../../src/nets/regions/sawtooth.js';

const grid = (n: number) => Array.from({ length: n + 1 }, (_, i) => i / n);

describe('sawtooth constructions', () => {
  it('tent^L is the 2-tooth sawtooth folded L times, exact on dyadic points', () => {
    for (const L of [1, 3, 6]) for (const x of grid(256)) expect(sawtoothPower(x, L, 2)).toBeCloseTo(tentPower(x, L), 12);
    expect(tent(0.25)).toBe(0.5);
    expect(tent(0.75)).toBe(0.5);
  });

  it.each([[1, 2], [3, 2], [5, 2], [2, 3], [3, 4], [2, 5]])('sawtoothNet(%i, %i) computes the folded sawtooth with w^L pieces on [0, 1]', (L, w) => {
    const net = sawtoothNet(L, w);
    for (const x of grid(w ** L * 8)) expect(evalPlainNet(net, x)).toBeCloseTo(sawtoothPower(x, L, w), 9);
    const kinksIn01 = outputKinks(countLinearRegions(net)).filter((t) => t > 1e-12 && t < 1 - 1e-12);
    expect(kinksIn01.length).toBe(w ** L - 1);
  });

  it.each([1, 2, 4, 7])('yarotskySquareNet(%i) approximates x^2 within 4^-(m+1), from above', (m) => {
    const net = yarotskySquareNet(m);
    let worst = 0;
    for (const x of grid(4096)) {
      const d = evalPlainNet(net, x) - x * x;
      expect(d).toBeGreaterThanOrEqual(-1e-12);
      worst = Math.max(worst, d);
    }
    expect(worst).toBeLessThanOrEqual(4 ** -(m + 1) + 1e-12);
    expect(worst).toBeGreaterThan(0.9 * 4 ** -(m + 1));
  });

  it.each([[1, 3], [3, 3], [2, 4], [4, 5], [3, 6]])('zigzagNet(%i, %i) has exactly (w+1)^L regions, each output piece a distinct slope', (L, w) => {
    const count = countLinearRegions(zigzagNet(L, w));
    expect(count.regions).toBe((w + 1) ** L);
    expect(outputKinks(count).length).toBe((w + 1) ** L - 1);
  });
});

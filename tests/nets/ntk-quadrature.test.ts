// The quadrature is an independent route to the two-layer ReLU NTK: it must agree with the closed form
// at every angle, and tell it from the closed form with a term dropped or a wrong angle (so the
// claim judged with it can fail).
import { describe, expect, it } from 'vitest';
import { limitNtk } from '../../src/nets/theory/ntk-limit.js';
import { twoLayerReluNtkByQuadrature } from '../../src/nets/theory/ntk-quadrature.js';

const at = (deg: number, norm: number) => [norm * Math.cos((deg * Math.PI) / 180), norm * Math.sin((deg * Math.PI) / 180), 0, 0];
const spec = { sizes: [4, 64, 1], activation: 'relu' as const, weightVariance: 2 };

describe('twoLayerReluNtkByQuadrature', () => {
  it('agrees with the arc-cosine closed form at every angle, including the obtuse ones', () => {
    for (let deg = 0; deg <= 180; deg += 30) {
      const xs = [at(0, 1), at(deg, 2)];
      expect(twoLayerReluNtkByQuadrature(xs[0]!, xs[1]!, 2, 2 ** 20)).toBeCloseTo(limitNtk(spec, xs)[0]![1]!, 5);
    }
  });

  it('tells the closed form from one with the first-layer term dropped or the angle term wrong', () => {
    const xs = [at(0, 1), at(60, 2)];
    const q = twoLayerReluNtkByQuadrature(xs[0]!, xs[1]!, 2, 2 ** 20);
    const t = Math.PI / 3;
    const readout = 2 * (2 / 4) * 2 * (Math.sin(t) + (Math.PI - t) * Math.cos(t)) / (2 * Math.PI);
    const firstLayer = 2 * (2 * 1 / 4) * (Math.PI - t) / (2 * Math.PI);
    expect(Math.abs(q - (readout + firstLayer))).toBeLessThan(1e-6);
    expect(Math.abs(q - readout)).toBeGreaterThan(0.1);
    expect(Math.abs(q - (readout + 2 * (2 * 1 / 4) * (Math.PI - 2 * t) / (2 * Math.PI)))).toBeGreaterThan(0.1);
  });
});

import { describe, expect, it } from 'vitest';
import { rawExample } from '../../src/datasets/mnist1d-example.js';
import { mnist1dParams, MNIST1D_DEFAULTS } from '../../src/datasets/mnist1d-params.js';
import { gaussianSmooth, resample } from '../../src/datasets/mnist1d-signal.js';
import { RAW_TEMPLATES, TEMPLATES } from '../../src/datasets/mnist1d-templates.js';
import { normalStream, uniformStream } from '../../src/nets/base/rng.js';

const close = (a: ArrayLike<number>, b: ArrayLike<number>, eps = 1e-12) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(eps);
};

describe('templates', () => {
  it('are ten 12-point shapes that start and end at 0 with std 1/6', () => {
    expect(TEMPLATES).toHaveLength(10);
    for (const [d, t] of TEMPLATES.entries()) {
      expect(t).toHaveLength(12);
      expect(t[0]).toBe(0);
      expect(Math.abs(t[11]!)).toBeLessThan(1e-15);
      const m = t.reduce((s, v) => s + v, 0) / 12;
      expect(Math.sqrt(t.reduce((s, v) => s + (v - m) ** 2, 0) / 12)).toBeCloseTo(1 / 6, 12);
      // an affine image of the raw heights: same order
      const raw = RAW_TEMPLATES[d]!;
      for (let i = 1; i < 12; i++) expect(Math.sign(t[i]! - t[i - 1]!)).toBe(Math.sign(raw[i]! - raw[i - 1]!));
    }
  });
});

describe('signal operations', () => {
  it('resample keeps the end points and is exact on straight lines', () => {
    const line = Array.from({ length: 13 }, (_, i) => 2 - 0.5 * i);
    const out = resample(line, 40);
    close(out, Array.from({ length: 40 }, (_, i) => 2 - (0.5 * 12 * i) / 39));
    close(resample([3, 1, 4, 1, 5], 5), [3, 1, 4, 1, 5]);
    close(resample([0, 1], 3), [0, 0.5, 1]);
  });

  it('gaussianSmooth keeps constants, spreads a spike as the normalised kernel, shrinks white noise', () => {
    close(gaussianSmooth(new Float64Array(30).fill(2.5), 2), new Float64Array(30).fill(2.5));
    const spike = new Float64Array(41);
    spike[20] = 1;
    const out = gaussianSmooth(spike, 2);
    const z = Array.from({ length: 17 }, (_, k) => Math.exp(-((k - 8) ** 2) / 8)).reduce((s, v) => s + v, 0);
    expect(out[20]).toBeCloseTo(1 / z, 14);
    expect(out[21]).toBeCloseTo(Math.exp(-1 / 8) / z, 14);
    expect(out[11]).toBe(0); // cut at radius floor(4 sigma + 1/2) = 8
    expect(out.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    // white N(0,1) noise keeps variance sum(w^2) ~ 1 / (2 sqrt(pi) sigma) = 0.141 for sigma = 2
    const g = normalStream(3);
    const x = Float64Array.from({ length: 20000 }, () => g());
    const s = gaussianSmooth(x, 2);
    const v = s.reduce((a, b) => a + b * b, 0) / s.length;
    expect(v).toBeGreaterThan(0.13);
    expect(v).toBeLessThan(0.155);
    close(gaussianSmooth([1, 2, 3], 0), [1, 2, 3]);
  });
});

describe('rawExample', () => {
  const quiet = mnist1dParams({ padding: [0, 0], scaleCoeff: 0, maxTranslation: 1, corrNoiseScale: 0, iidNoiseScale: 0, shearScale: 0 });

  it('is the template resampled to 40 points when every transformation is off', () => {
    for (const t of TEMPLATES) close(rawExample(t, quiet, uniformStream(1), normalStream(2)), resample(t, 40));
  });

  it('puts the digit, stretched by 72 / (12 + p), first when unshifted, and only noise outside it', () => {
    // p = 60 and no shift: the digit fills the first 12/72 of the window, then exact zeros without noise
    const p = { ...quiet, padding: [60, 60] as const };
    const x = rawExample(TEMPLATES[3]!, p, uniformStream(1), normalStream(2));
    const padded = new Float64Array(72);
    padded.set(TEMPLATES[3]!);
    close(x, resample(padded, 40));
    expect(x.slice(7).every((v) => v === 0)).toBe(true);
    // with correlated noise on, the digit's points are untouched and the background is not zero
    const noisy = rawExample(TEMPLATES[3]!, { ...p, corrNoiseScale: 0.25 }, uniformStream(1), normalStream(2));
    close(noisy.slice(0, 6), x.slice(0, 6));
    expect(noisy.slice(8).every((v) => v !== 0)).toBe(true);
  });

  it('shifts the working signal circularly by one of 0..maxTranslation - 1 places', () => {
    // length 72 = the working width, so the final resampling is the identity
    const p = { ...quiet, padding: [60, 60] as const, length: 72 };
    const still = rawExample(TEMPLATES[7]!, p, uniformStream(1), normalStream(2));
    const roll = (x: Float64Array, k: number) => x.map((_, i) => x[(i - k + 72) % 72]!);
    const found = new Set<number>();
    for (let s = 0; s < 40; s++) {
      const moved = rawExample(TEMPLATES[7]!, { ...p, maxTranslation: 48 }, uniformStream(s), normalStream(2));
      const k = Array.from({ length: 72 }, (_, k) => k).filter((k) => roll(still, k).every((v, i) => v === moved[i]));
      expect(k.length).toBeGreaterThan(0);
      expect(k[0]).toBeLessThan(48);
      found.add(k[0]!);
    }
    expect(found.size).toBeGreaterThan(20);
  });

  it('shear adds a straight line through the middle of the window', () => {
    const u = () => uniformStream(4);
    const base = rawExample(TEMPLATES[5]!, MNIST1D_DEFAULTS, u(), normalStream(5));
    const flat = rawExample(TEMPLATES[5]!, { ...MNIST1D_DEFAULTS, shearScale: 0 }, u(), normalStream(5));
    const d = base.map((v, i) => v - flat[i]!);
    const slope = (d[39]! - d[0]!) / 39;
    close(d, d.map((_, i) => d[0]! + slope * i), 1e-12);
    expect(Math.abs(d[0]! + d[39]!)).toBeLessThan(1e-12);
    expect(Math.abs(d[39]! - d[0]!)).toBeLessThanOrEqual(0.75 / 2);
  });
});

import { describe, expect, it } from 'vitest';
import { classificationError, minNormReadout, noisyLabels, oneHot, readoutOutput, reluFeatures } from '../../src/nets/train/random-features.js';
import { normalStream } from '../../src/nets/base/rng.js';

const gaussian = (n: number, seed: number) => { const g = normalStream(seed); return Float64Array.from({ length: n }, () => g()); };

describe('random features', () => {
  it('the read-out interpolates above the threshold with a row-space (minimum-norm) solution', () => {
    const [n, p, k] = [6, 15, 2];
    const f = gaussian(n * p, 1);
    const y = gaussian(n * k, 2);
    const a = minNormReadout(f, n, p, y, k, 0);
    const out = readoutOutput(f, n, p, a, k);
    out.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 8));
    // Minimum norm: each column of a lies in the span of F's rows (a = F^T c), so least squares of it on F^T leaves no residual.
    const ft = Float64Array.from({ length: p * n }, (_, t) => f[(t % n) * p + Math.floor(t / n)]!);
    for (let col = 0; col < k; col++) {
      const ac = Float64Array.from({ length: p }, (_, j) => a[j * k + col]!);
      const back = readoutOutput(ft, p, n, minNormReadout(ft, p, n, ac, 1, 0), 1);
      back.forEach((v, j) => expect(v).toBeCloseTo(ac[j]!, 8));
    }
  });

  it('below the threshold it solves the normal equations (least squares)', () => {
    const [n, p] = [12, 4];
    const f = gaussian(n * p, 4);
    const y = gaussian(n, 5);
    const a = minNormReadout(f, n, p, y, 1, 0);
    const r = readoutOutput(f, n, p, a, 1).map((v, i) => y[i]! - v);
    for (let j = 0; j < p; j++) expect(r.reduce((s, v, i) => s + v * f[i * p + j]!, 0)).toBeCloseTo(0, 8);
  });

  it('features are ReLUs of a He draw; noisy labels move exactly the share asked, never to the same class', () => {
    const f = reluFeatures([1, -1, 2, 0], 2, 2, 50, 7);
    expect(f.every((v) => v >= 0)).toBe(true);
    expect(f.some((v) => v > 0)).toBe(true);
    const labels = Int32Array.from({ length: 100 }, (_, i) => i % 10);
    const noisy = noisyLabels(labels, 10, 0.2, 9);
    expect(noisy.filter((v, i) => v !== labels[i]).length).toBe(20);
    expect(classificationError(oneHot(noisy, 10), labels, 10)).toBeCloseTo(0.2, 12);
  });
});

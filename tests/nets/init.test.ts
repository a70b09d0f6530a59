import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { normalWeights } from '../../src/nets/base/init.js';
import { subSeed } from '../../src/random/seeds.js';

beforeAll(async () => { await selectBackend(); });

const sampleVariance = (xs: Float32Array | number[]): number => {
  const n = xs.length;
  const mean = Array.from(xs).reduce((s, x) => s + x, 0) / n;
  return Array.from(xs).reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
};

describe('normalWeights', () => {
  // 65536 draws: the sample variance's relative sd is sqrt(2/65536) ~ 0.55%, so 3% is > 5 sd.
  it.each([0.01, 2 / 256, 1 / 256, 1, 4])('draws at exactly variance %f', (v) => {
    const before = tf.memory().numTensors;
    const w = normalWeights(tf, [256, 256], v, 7);
    expect(w.shape).toEqual([256, 256]);
    expect(Math.abs(sampleVariance(w.dataSync() as Float32Array) / v - 1)).toBeLessThan(0.03);
    w.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const [a, b, c] = [normalWeights(tf, [4, 4], 1, 3), normalWeights(tf, [4, 4], 1, 3), normalWeights(tf, [4, 4], 1, 4)];
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(c.dataSync()));
    tf.dispose([a, b, c]);
  });

  it('is untruncated: tails beyond 2 sigma occur at the Gaussian rate (~4.55%)', () => {
    const w = normalWeights(tf, [256, 256], 1, 11);
    const beyond = Array.from(w.dataSync()).filter((x) => Math.abs(x) > 2).length / w.size;
    w.dispose();
    expect(beyond).toBeGreaterThan(0.04);
    expect(beyond).toBeLessThan(0.051);
  });
});

describe('tf.initializers.heNormal (why we do not use it)', () => {
  // Normal truncated at 2 sigma without rescaling: variance factor 1 - 4 phi(2) / (2 Phi(2) - 1) = 0.774.
  it('draws at about 0.77 of its nominal variance 2/fanIn', () => {
    const w = tf.initializers.heNormal({ seed: 5 }).apply([256, 256]);
    const ratio = sampleVariance(w.dataSync() as Float32Array) / (2 / 256);
    w.dispose();
    expect(ratio).toBeGreaterThan(0.74);
    expect(ratio).toBeLessThan(0.81);
  });
});

describe('subSeed', () => {
  it('gives distinct seeds for neighbouring seeds and indices', () => {
    const seen = new Set<number>();
    for (let s = 0; s < 50; s++) for (let i = 0; i < 50; i++) seen.add(subSeed(s, i));
    expect(seen.size).toBe(2500);
    expect([...seen].every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 31)).toBe(true);
  });
});

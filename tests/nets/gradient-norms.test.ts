import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { gradientNorms, layerFactors, meanLayerFactor } from '../../src/nets/probe/gradients/gradient-norms.js';

beforeAll(async () => { await selectBackend(); });

// Hand-written back-propagation in float64 on the same inputs, r and weights.
function referenceNorms(w: number[][][], b: number[][], xs: number[][], r: number[][], a: Activation): number[] {
  const L = w.length;
  const sq = new Array<number>(L).fill(0);
  xs.forEach((x, n) => {
    const hs: number[][] = [x];
    const zs: number[][] = [];
    for (let l = 0; l < L; l++) {
      const z = w[l]![0]!.map((_, j) => hs[l]!.reduce((s, hi, i) => s + hi * w[l]![i]![j]!, b[l]![j]!));
      zs.push(z);
      hs.push(l === L - 1 ? z : z.map((v) => (a === 'relu' ? Math.max(0, v) : Math.tanh(v))));
    }
    let g = r[n]!; // dL/dz_L
    for (let l = L - 1; l >= 0; l--) {
      const gh = w[l]!.map((row) => row.reduce((s, wij, j) => s + wij * g[j]!, 0)); // dL/dh_l
      sq[l]! += gh.reduce((s, v) => s + v * v, 0);
      if (l > 0) g = gh.map((v, i) => v * (a === 'relu' ? (zs[l - 1]![i]! > 0 ? 1 : 0) : 1 - Math.tanh(zs[l - 1]![i]!) ** 2));
    }
  });
  return sq.map(Math.sqrt);
}

describe('gradientNorms', () => {
  it.each<Activation>(['relu', 'tanh'])('matches hand-written back-propagation (%s)', (a) => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [4, 6, 5, 3], activation: a, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed: 12 });
    const seed = 99;
    const norms = gradientNorms(tf, mlp, { batchSize: 5, seed });
    // The same x and r gradientNorms draws.
    const [xs, r] = tf.tidy(() => [
      tf.randomNormal([5, 4], 0, 1, 'float32', subSeed(seed, 0)).arraySync() as number[][],
      tf.randomNormal([5, 3], 0, 1, 'float32', subSeed(seed, 1)).arraySync() as number[][],
    ]);
    const { weights, biases } = mlpToArrays(mlp);
    const ref = referenceNorms(weights, biases, xs!, r!, a);
    expect(norms).toHaveLength(3);
    norms.forEach((n, l) => expect(n / ref[l]!).toBeCloseTo(1, 4));
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives per-layer factors as ratios of neighbouring norms', () => {
    expect(layerFactors([8, 4, 2])).toEqual([2, 2]);
  });

  it('keeps the gradient norm roughly constant in a wide He-initialised ReLU net', () => {
    const mlp = buildMlp(tf, { sizes: [256, 256, 256, 256, 256], activation: 'relu', weightVariance: (n) => 2 / n, seed: 4 });
    const f = layerFactors(gradientNorms(tf, mlp, { batchSize: 32, seed: 1 }));
    mlp.dispose();
    f.forEach((x) => { expect(x).toBeGreaterThan(0.9); expect(x).toBeLessThan(1.1); });
  });
});

describe('meanLayerFactor', () => {
  const net = { depth: 4, width: 16, activation: 'tanh' as const, weightVariance: (n: number) => 2 / n, seed: 3, batchSize: 8 };

  it('is the geometric mean of the per-layer factors in its window, reproducibly, without leaks', () => {
    const before = tf.memory().numTensors;
    const all = meanLayerFactor(tf, net);
    const tail = meanLayerFactor(tf, { ...net, fromLayer: 2 });
    expect(meanLayerFactor(tf, net)).toBe(all);
    expect(meanLayerFactor(tf, { ...net, fromLayer: 0 })).toBe(all);
    expect(all).toBeGreaterThan(0);
    expect(tail).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('matches layerFactors of the same net', () => {
    const mlp = buildMlp(tf, { sizes: Array(6).fill(16), activation: 'tanh', weightVariance: (n) => 2 / n, seed: 3 });
    const f = layerFactors(gradientNorms(tf, mlp, { batchSize: 8, seed: subSeed(3, 1_000_003) }));
    mlp.dispose();
    const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
    expect(meanLayerFactor(tf, net)).toBeCloseTo(geo(f), 5);
    expect(meanLayerFactor(tf, { ...net, fromLayer: 2 })).toBeCloseTo(geo(f.slice(2)), 5);
  });

  it('rejects a window outside the hidden layers', () => {
    expect(() => meanLayerFactor(tf, { ...net, fromLayer: 4 })).toThrow(/fromLayer/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp, forward, mlpToArrays } from '../../src/nets/base/mlp.js';
import { activate, type Activation } from '../../src/nets/base/activations.js';

beforeAll(async () => { await selectBackend(); });

const act = (a: Activation, z: number, alpha = 0.01): number =>
  a === 'relu' ? Math.max(0, z) : a === 'tanh' ? Math.tanh(z) : a === 'leakyRelu' ? (z > 0 ? z : alpha * z) : z;

// Float64 reference forward pass from the net's own weights.
function reference(w: number[][][], b: number[][], x: number[], hidden: Activation, out: Activation): number[] {
  let h = x;
  w.forEach((m, l) => {
    const z = m[0]!.map((_, j) => h.reduce((s, hi, i) => s + hi * m[i]![j]!, b[l]![j]!));
    h = z.map((v) => act(l === w.length - 1 ? out : hidden, v));
  });
  return h;
}

describe('buildMlp / forward', () => {
  it.each<Activation>(['relu', 'tanh', 'linear', 'leakyRelu'])('matches a float64 reference (%s)', (a) => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [3, 5, 4, 2], activation: a, weightVariance: (n) => 1 / n, biasVariance: 0.5, seed: 3 });
    const { weights, biases } = mlpToArrays(mlp);
    const xs = [[0.3, -1.2, 2], [1, 0, -0.5]];
    const y = tf.tidy(() => forward(tf, mlp, tf.tensor2d(xs)).arraySync());
    xs.forEach((x, i) => reference(weights, biases, x, a, 'linear').forEach((v, j) => expect(y[i]![j]!).toBeCloseTo(v, 5)));
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('has no biases when biasVariance is 0 and reports zeros for them', () => {
    const mlp = buildMlp(tf, { sizes: [2, 3], activation: 'relu', weightVariance: () => 1, seed: 1 });
    expect(mlp.biases).toEqual([null]);
    expect(mlpToArrays(mlp).biases).toEqual([[0, 0, 0]]);
    mlp.dispose();
  });

  it('draws each layer at weightVariance(fanIn)', () => {
    const mlp = buildMlp(tf, { sizes: [400, 200, 100], activation: 'relu', weightVariance: (n) => 2 / n, seed: 9 });
    for (const w of mlp.weights) {
      const xs = Array.from(w.dataSync());
      const v = xs.reduce((s, x) => s + x * x, 0) / xs.length;
      expect(v / (2 / w.shape[0])).toBeGreaterThan(0.97);
      expect(v / (2 / w.shape[0])).toBeLessThan(1.03);
    }
    mlp.dispose();
  });

  it('adds probes to h_l before each layer', () => {
    const mlp = buildMlp(tf, { sizes: [2, 2, 1], activation: 'linear', weightVariance: () => 1, seed: 2 });
    const [y0, y1] = tf.tidy(() => {
      const x = tf.tensor2d([[1, 2]]);
      return [forward(tf, mlp, tf.add(x, tf.tensor2d([[0.5, -1]])) as never).arraySync(), forward(tf, mlp, x, [tf.tensor2d([[0.5, -1]])]).arraySync()];
    });
    expect(y1![0]![0]).toBeCloseTo(y0![0]![0]!, 6);
    mlp.dispose();
  });

  it('activate applies the named nonlinearity', () => {
    const out = tf.tidy(() => (['relu', 'tanh', 'linear', 'leakyRelu'] as const).map((a) => Array.from(activate(tf, tf.tensor1d([-2, 3]), a, 0.1).dataSync())));
    expect(out[0]).toEqual([0, 3]);
    expect(out[1]![0]).toBeCloseTo(Math.tanh(-2), 6);
    expect(out[2]).toEqual([-2, 3]);
    expect(out[3]![0]).toBeCloseTo(-0.2, 6);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { absoluteForward, composeAffine } from '../../src/nets/build/compose-affine.js';

beforeAll(async () => { await selectBackend(); });

describe('composeAffine', () => {
  it('collapses a deep linear net into one map with the same outputs', () => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [3, 7, 2, 5, 4], activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 1, seed: 21 });
    const { W, b } = composeAffine(tf, mlp);
    expect(W.shape).toEqual([3, 4]);
    expect(b.shape).toEqual([4]);
    const [deep, flat] = tf.tidy(() => {
      const x = tf.randomNormal([6, 3], 0, 1, 'float32', 5) as never;
      return [forward(tf, mlp, x).arraySync(), tf.add(tf.matMul(x, W), b).arraySync() as number[][]];
    });
    deep!.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(flat![i]![j]!, 5)));
    tf.dispose([W, b]);
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('treats missing biases as zero and a single layer as itself', () => {
    const mlp = buildMlp(tf, { sizes: [2, 3], activation: 'linear', weightVariance: () => 1, seed: 2 });
    const { W, b } = composeAffine(tf, mlp);
    expect(Array.from(W.dataSync())).toEqual(Array.from(mlp.weights[0]!.dataSync()));
    expect(Array.from(b.dataSync())).toEqual([0, 0, 0]);
    tf.dispose([W, b]);
    mlp.dispose();
  });
});

describe('absoluteForward', () => {
  it('bounds the magnitude of every output entry', () => {
    const mlp = buildMlp(tf, { sizes: [4, 6, 3], activation: 'linear', weightVariance: () => 1, biasVariance: 1, seed: 8 });
    const [y, s] = tf.tidy(() => {
      const x = tf.randomNormal([5, 4], 0, 1, 'float32', 1) as never;
      return [Array.from(forward(tf, mlp, x).dataSync()), Array.from(absoluteForward(tf, mlp, x).dataSync())];
    });
    y!.forEach((v, i) => expect(Math.abs(v)).toBeLessThanOrEqual(s![i]! * (1 + 1e-6)));
    mlp.dispose();
  });
});

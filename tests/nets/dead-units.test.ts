import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { deadUnits, unitParams } from '../../src/nets/probe/dead-units.js';

beforeAll(async () => { await selectBackend(); });

describe('deadUnits', () => {
  it('finds exactly the units whose bias keeps them negative on the data', () => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [3, 4, 2], activation: 'relu', weightVariance: () => 0.01, biasVariance: 0.0001, seed: 1 });
    const b = mlp.biases[0] as Tensor1D;
    const nb = tf.tensor1d([-100, 5, -100, 5]);
    mlp.biases[0] = nb;
    b.dispose();
    const x = tf.randomNormal([20, 3], 0, 1, 'float32', 2) as Tensor2D;
    expect(deadUnits(tf, mlp, x)).toEqual([[true, false, true, false]]);
    const p = unitParams(mlp, 0, 2);
    expect(p).toHaveLength(4);
    expect(p[3]).toBe(-100);
    expect(p[0]).toBeCloseTo(mlp.weights[0]!.arraySync()[0]![2]!, 7);
    x.dispose();
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

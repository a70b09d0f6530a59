import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { forward } from '../../src/nets/base/mlp.js';
import { plainMlpOf, randomResidualNet, residualForward } from '../../src/nets/build/residual-as-plain.js';

beforeAll(async () => { await selectBackend(); });

describe('residualToPlain', () => {
  it('computes the same function as the residual net, with widths 2d + k and 2d', () => {
    const before = tf.memory().numTensors;
    const net = randomResidualNet(tf, 3, 5, 4, 1, 9);
    const plain = plainMlpOf(tf, net);
    expect(plain.spec.sizes).toEqual([3, 6, 11, 6, 11, 6, 11, 6, 11, 6, 3]);
    const x = tf.randomNormal([16, 3], 0, 2, 'float32', 1) as Tensor2D;
    const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(forward(tf, plain, x), residualForward(tf, net, x)))).dataSync()[0]!);
    expect(diff).toBeLessThan(1e-5);
    x.dispose();
    plain.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor2D, Tensor4D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { conv1dFeatures, conv1dInit, conv1dLayer, conv1dOutput, conv1dParamCount, convLengths, tapMatrices } from '../../src/nets/build/conv1d.js';

beforeAll(async () => { await selectBackend(); });

describe('conv1d', () => {
  it('a layer equals tf.conv2d with \'same\' padding on a 1 x L image, for several kernels and strides', () => {
    for (const [L, cin, cout, k, s] of [[40, 1, 4, 5, 2], [20, 3, 2, 3, 1], [11, 2, 5, 4, 3], [7, 1, 1, 1, 2]] as const) {
      const gap = tf.tidy(() => {
        const x3 = tf.randomNormal([3, L, cin], 0, 1, 'float32', 1);
        const w = tf.randomNormal([k * cin, cout], 0, 1, 'float32', 2) as Tensor2D;
        const b = tf.randomNormal([cout], 0, 1, 'float32', 3);
        const ours = conv1dLayer(tf, tf.reshape(x3, [3, L * cin]) as Tensor2D, w, b, L, k, s);
        const ref = tf.add(tf.conv2d(tf.reshape(x3, [3, 1, L, cin]) as Tensor4D, tf.reshape(w, [1, k, cin, cout]) as Tensor4D, [1, s], 'same'), b);
        return tf.max(tf.abs(tf.sub(ours, tf.reshape(ref, ours.shape)))).dataSync()[0]!;
      });
      expect(gap).toBeLessThan(1e-4);
    }
  });

  it('tap matrices put one 1 per in-range tap and output position', () => {
    const s = tapMatrices(5, 3, 2);
    expect(s.length).toBe(3 * 3 * 5);
    expect(s.reduce((a, b) => a + b, 0)).toBe(3 * 3 - 2);
  });

  it('counts, initialises and differentiates a net, with and without batch norm, leaking nothing', () => {
    for (const batchNorm of [false, true]) {
      const spec = { length: 40, channels: [4, 6], kernel: 5, stride: 2, classes: 10, batchNorm, seed: 7 };
      expect(convLengths(spec)).toEqual([40, 20, 10]);
      const before = tf.memory().numTensors;
      const p = conv1dInit(tf, spec);
      expect(p.reduce((a, t) => a + t.size, 0)).toBe(conv1dParamCount(spec));
      const x = tf.randomNormal([8, 40], 0, 1, 'float32', 4) as Tensor2D;
      const grads = tf.grads((...q) => tf.sum(tf.square(conv1dOutput(tf, spec, q, x))))(p);
      expect(grads.every((g) => Number.isFinite(tf.tidy(() => tf.sum(tf.abs(g)).dataSync()[0]!)))).toBe(true);
      expect(tf.tidy(() => conv1dOutput(tf, spec, p, x).shape)).toEqual([8, 10]);
      const f = conv1dFeatures(tf, spec, p, x);
      expect(f.shape).toEqual([8, 60]);
      tf.dispose([...p, ...grads, x, f]);
      expect(tf.memory().numTensors).toBe(before);
    }
  });
});

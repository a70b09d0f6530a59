import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { archNet } from '../../src/nets/train/arch-net.js';
import { accuracyOf, correctness, trainFlat } from '../../src/nets/train/flat-train.js';

beforeAll(async () => { await selectBackend(); });

describe('trainFlat', () => {
  it('fits a separable problem on labels and on logits, keeps frozen parameters and masked zeros, leaks nothing', () => {
    const before = tf.memory().numTensors;
    const x = tf.randomNormal([60, 40], 0, 1, 'float32', 1) as Tensor2D;
    const labels = tf.tidy(() => tf.oneHot(tf.cast(tf.greater(tf.slice(x, [0, 0], [60, 1]).reshape([60]), 0), 'int32'), 10).toFloat() as Tensor2D);
    const net = archNet(tf, { kind: 'mlp', hidden: [16] }, 3);
    expect(net.paramCount).toBe(40 * 16 + 16 + 16 * 10 + 10);
    const init = net.init();
    const r = trainFlat(tf, net.forward, init, { lr: 0.01, steps: 200, x, y: labels, target: 'labels', batchSize: 20, orderSeed: 2 });
    expect(accuracyOf(tf, net.forward, r.params, x, labels)).toBe(1);
    expect(correctness(tf, net.forward, r.params, x, labels)).toHaveLength(60);
    const logits = tf.tidy(() => net.forward(r.params, x));
    const s = trainFlat(tf, net.forward, init, { lr: 0.01, steps: 300, x, y: logits, target: 'logits' });
    expect(accuracyOf(tf, net.forward, s.params, x, labels)).toBeGreaterThan(0.9);
    const mask = tf.tidy(() => tf.cast(tf.greater(tf.randomUniform([40, 16], 0, 1, 'float32', 5), 0.5), 'float32'));
    const frozen = trainFlat(tf, net.forward, init, { lr: 0.01, steps: 5, x, y: labels, target: 'labels', trainable: [true, false, true, true], masks: [mask, null, null, null] });
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(frozen.params[1]!, init[1]!))).dataSync()[0])).toBe(0);
    expect(tf.tidy(() => tf.sum(tf.abs(tf.mul(frozen.params[0]!, tf.sub(1, mask)))).dataSync()[0])).toBe(0);
    tf.dispose([x, labels, logits, mask, ...init, ...r.params, ...s.params, ...frozen.params]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('builds conv nets through the same interface', () => {
    const net = archNet(tf, { kind: 'conv', channels: [5], kernel: 5, stride: 2 }, 1);
    const p = net.init();
    expect(net.paramCount).toBe(1040);
    expect(p.reduce((a, t) => a + t.size, 0)).toBe(1040);
    tf.dispose(p);
  });
});

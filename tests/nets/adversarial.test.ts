import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { nearestDistances, targetedSignAttack } from '../../src/nets/probe/adversarial.js';

beforeAll(async () => { await selectBackend(); });

describe('adversarial probes', () => {
  it('a targeted attack stays in the eps box and pushes a linear classifier to the target', () => {
    const before = tf.memory().numTensors;
    // Logits (x1, -x1): class 0 when x1 > 0. x = (0.1, 0) targeted at class 1 with eps 0.3 crosses to x1 = -0.2.
    const w = tf.tensor2d([[1, -1], [0, 0]]);
    const forward = (p: readonly Tensor[], x: Tensor2D) => tf.matMul(x, p[0] as Tensor2D) as Tensor2D;
    const x0 = tf.tensor2d([[0.1, 0]]);
    const target = tf.tensor2d([[0, 1]]);
    const adv = targetedSignAttack(tf, forward, [w], x0, target, 0.3, 10);
    const d = tf.tidy(() => Array.from(tf.sub(adv, x0).dataSync()));
    expect(Math.max(...d.map(Math.abs))).toBeLessThanOrEqual(0.3 + 1e-6);
    expect(adv.dataSync()[0]).toBeCloseTo(-0.2, 5);
    tf.dispose([w, x0, target, adv]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('nearest distances match a brute-force search', () => {
    const a = tf.tensor2d([[0, 0], [3, 4], [1, 1]]);
    const b = tf.tensor2d([[0, 1], [3, 0], [6, 8]]);
    const d = nearestDistances(tf, a, b);
    expect(d[0]).toBeCloseTo(1, 4);
    expect(d[1]).toBeCloseTo(Math.min(Math.hypot(3, 3), 4, 5), 4);
    expect(d[2]).toBeCloseTo(1, 4);
    tf.dispose([a, b]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { flatForward, flatSize, lossHessian, type FlatMlp } from '../../src/nets/hessian.js';
import { flattenNet } from '../../src/nets/symmetries.js';
import { evalPlainNetAt } from '../../src/nets/pwl-nets.js';
import type { PlainNet } from '../../src/nets/linear-regions.js';

beforeAll(async () => { await selectBackend(); });

describe('lossHessian', () => {
  it('of a linear model is 2 X^T X / n (plus 2 l2 I), exactly known', () => {
    const spec: FlatMlp = { sizes: [2, 1], activation: 'linear' };
    const xs = [[1, 2], [0.5, -1], [-1, 0.3]];
    const before = tf.memory().numTensors;
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d([[1], [0], [2]]);
    const H = lossHessian(tf, spec, [0.3, -0.2, 0.1], x, y, 0.05);
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(before);
    const rows = xs.map((r) => [...r, 1]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const exact = (2 / 3) * rows.reduce((s, r) => s + r[i]! * r[j]!, 0) + (i === j ? 0.1 : 0);
        expect(H[i]![j]!).toBeCloseTo(exact, 4);
      }
    }
  });

  it('flatForward reads parameters in flattenNet\'s order', () => {
    const net: PlainNet = { weights: [[[1, -2], [0.5, 0.3]], [[1], [-1]]], biases: [[0.1, -0.2], [0.4]] };
    const spec: FlatMlp = { sizes: [2, 2, 1], activation: 'relu' };
    expect(flatSize(spec)).toBe(flattenNet(net).length);
    const y = tf.tidy(() => flatForward(tf, spec, tf.tensor1d(flattenNet(net)), tf.tensor2d([[0.7, -0.3]])).dataSync()[0]!);
    expect(y).toBeCloseTo(evalPlainNetAt(net, [0.7, -0.3]), 5);
  });
});

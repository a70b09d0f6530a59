import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { flatForward, flatSize, lossHessian, type FlatMlp } from '../../src/nets/probe/hessian.js';
import { flattenNet } from '../../src/nets/regions/symmetries.js';
import { evalPlainNetAt } from '../../src/nets/regions/pwl-nets.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';

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

  // tfjs's second-order autodiff through tanh is wrong (see src/nets/probe/hessian.ts); the reference here
  // is a float64 second difference of the loss itself, written out for a 2-2-1 tanh net.
  it('of a tanh net matches float64 second differences of the loss', () => {
    const spec: FlatMlp = { sizes: [2, 2, 1], activation: 'tanh' };
    const xs = [[0.5, -1], [1, 0.3], [-0.7, 0.8]];
    const ys = [0.2, -0.5, 0.9];
    const theta = Array.from({ length: flatSize(spec) }, (_, i) => 0.3 * Math.sin(3 * i + 1));
    const loss = (t: number[]) => xs.reduce((s, [a, b], n) => {
      const h = [0, 1].map((k) => Math.tanh(a! * t[k]! + b! * t[2 + k]! + t[4 + k]!));
      return s + (h[0]! * t[6]! + h[1]! * t[7]! + t[8]! - ys[n]!) ** 2;
    }, 0) / xs.length;
    const e = 1e-4;
    const second = (i: number, j: number) => {
      const at = (si: number, sj: number) => { const t = [...theta]; t[i]! += si * e; t[j]! += sj * e; return loss(t); };
      return (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * e * e);
    };
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys.map((v) => [v]));
    const H = lossHessian(tf, spec, theta, x, y);
    tf.dispose([x, y]);
    for (let i = 0; i < theta.length; i++) for (let j = 0; j < theta.length; j++) expect(Math.abs(H[i]![j]! - second(i, j))).toBeLessThan(2e-3);
  });
});

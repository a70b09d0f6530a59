import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildNtkNet, empiricalNtk, jacobian, ntkForward, paramCount, predict } from '../../src/nets/build/ntk.js';
import { limitNtk } from '../../src/nets/theory/ntk-limit.js';

beforeAll(async () => { await selectBackend(); });

const xs = [[1, 0, 0, 0], [0.6, 0.8, 0, 0], [-1, 0.5, 0.3, 2]];

describe('NTK-parametrised nets', () => {
  it('computes sigma_w/sqrt(fan_in)-scaled layers (float64 reference)', () => {
    const before = tf.memory().numTensors;
    const net = buildNtkNet(tf, { sizes: [4, 5, 1], activation: 'relu', weightVariance: 2, biasVariance: 0.5, seed: 3 });
    const [w0, b0, w1, b1] = net.params.map((p) => p.arraySync()) as [number[][], number[], number[][], number[]];
    const ref = xs.map((x) => {
      const h = w0[0]!.map((_, j) => Math.max(0, (Math.SQRT2 / 2) * x.reduce((s, v, i) => s + v * w0[i]![j]!, 0) + Math.sqrt(0.5) * b0[j]!));
      return (Math.SQRT2 / Math.sqrt(5)) * h.reduce((s, v, j) => s + v * w1[j]![0]!, 0) + Math.sqrt(0.5) * b1[0]!;
    });
    const x = tf.tensor2d(xs);
    predict(tf, net, x).forEach((v, i) => expect(v).toBeCloseTo(ref[i]!, 4));
    expect(paramCount(net)).toBe(4 * 5 + 5 + 5 + 1);
    x.dispose();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('empirical NTK is J J^T: symmetric, positive semi-definite, matching the Jacobian', () => {
    const net = buildNtkNet(tf, { sizes: [4, 16, 16, 1], activation: 'tanh', weightVariance: 1, residual: 0.5, seed: 5 });
    const x = tf.tensor2d(xs);
    const k = empiricalNtk(tf, net, x);
    const j = tf.tidy(() => jacobian(tf, net, x).arraySync());
    k.forEach((row, a) => row.forEach((v, b) => {
      expect(v).toBeCloseTo(k[b]![a]!, 4);
      expect(v).toBeCloseTo(j[a]!.reduce((s, ja, p) => s + ja * j[b]![p]!, 0), 3);
    }));
    expect(k[0]![0]! * k[1]![1]!).toBeGreaterThanOrEqual(k[0]![1]! ** 2 - 1e-6);
    x.dispose();
    net.dispose();
  });

  it('the layer-wise kernel of a plain net with biases matches J1 J2^T between two input sets', () => {
    const net = buildNtkNet(tf, { sizes: [4, 12, 8, 1], activation: 'relu', weightVariance: 2, biasVariance: 0.3, seed: 6 });
    const [x1, x2] = [tf.tensor2d(xs), tf.tensor2d(xs.map((r) => r.map((v) => -0.5 * v + 0.1)))];
    const before = tf.memory().numTensors;
    const k = empiricalNtk(tf, net, x1, x2);
    expect(tf.memory().numTensors).toBe(before);
    const [j1, j2] = tf.tidy(() => [jacobian(tf, net, x1).arraySync(), jacobian(tf, net, x2).arraySync()]);
    k.forEach((row, a) => row.forEach((v, b) => expect(v).toBeCloseTo(j1[a]!.reduce((s, ja, p) => s + ja * j2[b]![p]!, 0), 3)));
    tf.dispose([x1, x2]);
    net.dispose();
  });

  it('Monte Carlo average of wide two-layer ReLU kernels matches the arc-cosine closed form', () => {
    const spec = { sizes: [4, 2048, 1], activation: 'relu' as const, weightVariance: 2 };
    const x = tf.tensor2d(xs);
    const N = 12;
    const acc = xs.map(() => xs.map(() => 0));
    for (let s = 0; s < N; s++) {
      const net = buildNtkNet(tf, { ...spec, seed: 100 + s });
      empiricalNtk(tf, net, x).forEach((r, i) => r.forEach((v, j) => { acc[i]![j]! += v / N; }));
      net.dispose();
    }
    x.dispose();
    const lim = limitNtk(spec, xs);
    // diagonal and the positive off-diagonal entries: per-net scatter ~3-5%, 12 nets
    for (const [i, j] of [[0, 0], [1, 1], [2, 2], [0, 1], [1, 2]] as const) expect(Math.abs(acc[i]![j]! / lim[i]![j]! - 1)).toBeLessThan(0.06);
  });

  it('limit kernel of a residual net differs from the plain one and depends on depth', () => {
    const plain = limitNtk({ sizes: [4, 1, 1, 1, 1], activation: 'relu', weightVariance: 2 }, xs);
    const res = limitNtk({ sizes: [4, 1, 1, 1, 1], activation: 'relu', weightVariance: 2, residual: 0.5 }, xs);
    const shallow = limitNtk({ sizes: [4, 1, 1], activation: 'relu', weightVariance: 2 }, xs);
    expect(Math.abs(res[0]![1]! - plain[0]![1]!)).toBeGreaterThan(0.01);
    expect(Math.abs(plain[0]![0]! - shallow[0]![0]!)).toBeGreaterThan(0.01);
    // linear activation: Theta = (layers) * sigma_w^2 ... reduces to depth-weighted x.x'
    const lin = limitNtk({ sizes: [4, 1, 1], activation: 'linear', weightVariance: 1 }, xs);
    expect(lin[0]![1]!).toBeCloseTo((2 * 0.6) / 4, 10);
  });

  it('forward output shape', () => {
    const net = buildNtkNet(tf, { sizes: [4, 8, 8, 8, 2], activation: 'relu', weightVariance: 2, residual: 1, seed: 1 });
    const out = tf.tidy(() => ntkForward(tf, net.spec, net.params, tf.tensor2d(xs)).shape);
    expect(out).toEqual([3, 2]);
    net.dispose();
  });
});

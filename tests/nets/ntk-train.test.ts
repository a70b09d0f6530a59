import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildNtkNet, empiricalNtk, predict } from '../../src/nets/build/ntk.js';
import { kernelOde, kernelRegression, linearGd, symEig, trainGd } from '../../src/nets/train/ntk-train.js';
import { spherePoints } from '../../src/datasets/teacher.js';

beforeAll(async () => { await selectBackend(); });

const K = [[3, 1, 0.5], [1, 2, 0.2], [0.5, 0.2, 1]];

describe('kernel dynamics', () => {
  it('symEig: ascending eigenvalues with orthonormal eigenvectors reconstructing K', () => {
    const { values, vectors } = symEig(K);
    expect(values[0]!).toBeLessThan(values[1]!);
    K.forEach((row, i) => row.forEach((v, j) => expect(values.reduce((s, l, a) => s + l * vectors[i]![a]! * vectors[j]![a]!, 0)).toBeCloseTo(v, 10)));
  });

  it('linear gradient descent approaches the ODE as the step shrinks, and kernel regression is its limit', () => {
    const f0 = [0.3, -0.2, 1];
    const y = [1, 0, -1];
    const lr = 1e-3;
    const gd = linearGd(K, null, f0, null, y, lr, [0, 1000]);
    const ode = kernelOde(K, f0, y, [0, 1]);
    gd.train[1]!.forEach((v, i) => expect(v).toBeCloseTo(ode[1]![i]!, 2));
    const kr = kernelRegression(K, K, f0, f0, y);
    kr.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 10));
    const far = linearGd(K, K, f0, f0, y, 0.2, [5000]);
    far.test[0]!.forEach((v, i) => expect(v).toBeCloseTo(kr[i]!, 6));
  });

  it('trainGd: one small step changes f by about -eta K (f - y); the input net is untouched; no leaks', () => {
    const before = tf.memory().numTensors;
    const net = buildNtkNet(tf, { sizes: [4, 64, 1], activation: 'relu', weightVariance: 2, seed: 9 });
    const x = spherePoints(tf, 5, 4, 1);
    const y = [0.5, -0.5, 0, 1, -1];
    const k = empiricalNtk(tf, net, x);
    const lr = 1e-3 / symEig(k).values[4]!;
    const f0 = predict(tf, net, x);
    const run = trainGd(tf, net, { x, y, lr, steps: 1, record: [0, 1] });
    const expected = f0.map((f, i) => f - lr * k[i]!.reduce((s, kij, j) => s + kij * (f0[j]! - y[j]!), 0));
    run.train[1]!.forEach((v, i) => expect(v - f0[i]!).toBeCloseTo(expected[i]! - f0[i]!, 5));
    predict(tf, net, x).forEach((v, i) => expect(v).toBe(f0[i]));
    run.net.dispose();
    net.dispose();
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

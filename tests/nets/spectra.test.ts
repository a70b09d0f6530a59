import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { eigenModuli, matmul, randomOrthogonal, singularValues, spectralNorm, spectralRadius, transpose } from '../../src/nets/base/spectra.js';
import { normalMatrix, powerNorms, powerOperatorNorms, schurMatrix } from '../../src/nets/theory/transient-growth.js';

beforeAll(async () => { await selectBackend(); });

describe('spectra', () => {
  it('gives eigenvalue moduli and singular values of known matrices', () => {
    const rot = [[0, -2], [2, 0]]; // eigenvalues +-2i
    expect(eigenModuli(rot).map((v) => +v.toFixed(9))).toEqual([2, 2]);
    const jordan = [[0.5, 10], [0, 0.5]];
    expect(spectralRadius(jordan)).toBeCloseTo(0.5, 9);
    expect(spectralNorm(jordan)).toBeGreaterThan(10);
    expect(singularValues([[3, 0, 0], [0, 1, 0]])).toEqual([3, 1]);
  });

  it('draws orthogonal matrices', () => {
    const q = randomOrthogonal(tf, 6, 4);
    const qtq = matmul(transpose(q), q);
    qtq.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 5)));
  });
});

describe('transient growth', () => {
  it('builds matrices with the prescribed eigenvalues, normal or not', () => {
    const eig = [0.9, -0.5, 0.3, 0.1];
    const a = schurMatrix(tf, eig, 3, 7);
    expect(eigenModuli(a).map((v) => +v.toFixed(5))).toEqual([0.9, 0.5, 0.3, 0.1]);
    const nrm = normalMatrix(tf, [0.8, 0.4], 8);
    expect(eigenModuli(nrm).map((v) => +v.toFixed(5))).toEqual([0.8, 0.8, 0.4, 0.4]);
    const [ab, ba] = [matmul(nrm, transpose(nrm)), matmul(transpose(nrm), nrm)];
    ab.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ba[i]![j]!, 9)));
  });

  it('computes the norms of powers in tfjs as in float64', () => {
    const before = tf.memory().numTensors;
    const a = [[0.5, 4], [0, 0.5]];
    const v = [0, 1];
    const norms = powerNorms(tf, a, v, 6);
    // A^k v = (k 4 0.5^(k-1), 0.5^k)
    norms.forEach((n, k) => expect(n).toBeCloseTo(Math.hypot(k * 4 * 0.5 ** (k - 1), 0.5 ** k), 4));
    const ops = powerOperatorNorms(a, 3);
    expect(ops[0]).toBe(1);
    expect(ops[1]).toBeCloseTo(spectralNorm(a), 12);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('logPowerNorms', () => {
  it('tracks log ||A^k v|| far past float32 range', async () => {
    const { logPowerNorms } = await import('../../src/nets/theory/transient-growth.js');
    const before = tf.memory().numTensors;
    const logs = logPowerNorms(tf, [[3, 0], [0, 0.5]], [1, 1], 400);
    expect(logs[400]! - logs[399]!).toBeCloseTo(Math.log(3), 4);
    expect(logs[1]).toBeCloseTo(Math.log(Math.hypot(3, 0.5) / Math.SQRT2), 5);
    expect(tf.memory().numTensors).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { chi, fixedPointVariance, gaussianMoments, gaussianRule, meanFieldTrajectory, meanSquare, probeTangent, probeWideNet, standardNormals } from '../../src/nets/theory/mean-field.js';

beforeAll(async () => { await selectBackend(); });

describe('mean-field signal propagation', () => {
  const u = () => standardNormals(tf, 1 << 14, 7);

  it('standardised samples: symmetric with mean square exactly 1', () => {
    const s = u();
    expect(s.reduce((a, v) => a + v, 0)).toBeCloseTo(0, 8);
    expect(s.reduce((a, v) => a + v * v, 0) / s.length).toBeCloseTo(1, 10);
  });

  it('Gaussian moments: ReLU E[phi^2] = q/2, E[phi\'^2] = 1/2; tanh at q -> 0 has E[phi\'^2] -> 1', () => {
    const s = u();
    const relu = gaussianMoments(tf, 'relu', 3, s);
    expect(relu.phi2).toBeCloseTo(1.5, 2);
    expect(relu.dphi2).toBeCloseTo(0.5, 2);
    expect(chi(tf, 'tanh', 0.7, 1e-8, s)).toBeCloseTo(0.7, 5);
    expect(meanSquare('linear', 2, s)).toBeCloseTo(2, 6);
  });

  it('the deterministic Gaussian rule has the normal moments to rounding, so tanh\'s ill-conditioned chi = 1 root is 1', () => {
    const r = gaussianRule();
    const moment = (k: number) => r.nodes.reduce((a, z, i) => a + r.weights[i]! * z ** k, 0);
    [[0, 1], [2, 1], [4, 3], [6, 15]].forEach(([k, m]) => expect(moment(k!)).toBeCloseTo(m!, 10));
    expect(meanSquare('linear', 2, r)).toBeCloseTo(2, 10);
    // Past sigma_w^2 = 1 chi - 1 grows as (7/4) eps^2: about 0.0136 at 1.25 at the fixed point.
    expect(chi(tf, 'tanh', 1.25, fixedPointVariance('tanh', 1.25, 0, r), r)).toBeCloseTo(1.0136, 3);
    expect(chi(tf, 'tanh', 0.9, fixedPointVariance('tanh', 0.9, 0, r), r)).toBeCloseTo(0.9, 5);
  });

  it('fixed points: tanh below sigma_w^2 = 1 contracts to 0; ReLU with bias has q* = sigma_b^2 / (1 - sigma_w^2 / 2)', () => {
    const s = u();
    expect(fixedPointVariance('tanh', 0.9, 0, s)).toBe(0);
    expect(fixedPointVariance('relu', 1, 0.5, s)).toBeCloseTo(1, 2);
    expect(fixedPointVariance('tanh', 2, 0, s)).toBeGreaterThan(0.3);
  });

  it('recursion: ReLU at sigma_w^2 = 2 preserves q and has chi = 1 at every layer', () => {
    const { q, chi: c } = meanFieldTrajectory(tf, 'relu', 2, 0, 1.3, 5, u());
    q.forEach((v) => expect(v).toBeCloseTo(1.3, 2));
    c.forEach((v) => expect(v).toBeCloseTo(1, 2));
  });

  it('wide linear nets multiply a tangent\'s squared norm by sigma_w^2 per layer; identical pairs have cosine 1', () => {
    const before = tf.memory().numTensors;
    const t = probeTangent(tf, { phi: 'linear', weightVariance: 0.8, width: 512, depth: 4, rows: 16, seed: 2 });
    t.tangent2.slice(1).forEach((v, l) => expect(v / t.tangent2[l]!).toBeCloseTo(0.8, 1));
    const p = probeWideNet(tf, { phi: 'tanh', weightVariance: 1, width: 64, depth: 3, pairs: 4, pair: { kind: 'perturbation', eps: 0 }, seed: 3 });
    p.cosine.forEach((c) => expect(c).toBeCloseTo(1, 5));
    p.distance2.forEach((d) => expect(d).toBe(0));
    expect(tf.memory().numTensors).toBe(before);
  });
});

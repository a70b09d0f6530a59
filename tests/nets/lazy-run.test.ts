import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { lazyRun, widthExponent, type LazyRunResult } from '../../src/nets/experiments/lazy-run.js';
import { fitByGd, originSaddle, permutationMidpoint } from '../../src/nets/landscape/landscape.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import type { Tensor2D } from '@tensorflow/tfjs';

beforeAll(async () => { await selectBackend(); });

describe('lazy-training run', () => {
  it('a wide net stays close to its linearisation; every metric is finite; no leaks', () => {
    const before = tf.memory().numTensors;
    const r = lazyRun(tf, { net: { sizes: [4, 512, 1], activation: 'relu', weightVariance: 2 }, nTrain: 8, nTest: 4, lrScale: 0.5, steps: 60, seed: 4 });
    expect(r.trainDeviation).toBeLessThan(0.05);
    expect(r.kernelChange).toBeLessThan(0.1);
    expect(r.finalResidual).toBeLessThan(0.5);
    expect(r.guidanceCosine).toBeGreaterThan(0.9);
    expect(r.residualNorms[0]!).toBeGreaterThan(r.residualNorms[r.residualNorms.length - 1]!);
    for (const v of [r.featureChange, r.paramChange, r.testDeviation, r.odeDeviation, r.kernelRegressionDeviation, r.pathOverChord]) expect(Number.isFinite(v)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('widthExponent recovers a planted power law', () => {
    const runs = [16, 64, 256].map((width) => ({ width, result: { kernelChange: 3 * width ** -0.5 } as LazyRunResult }));
    expect(widthExponent(runs, (r) => r.kernelChange)).toBeCloseTo(-0.5, 10);
  });
});

describe('landscape probes', () => {
  it('a permuted net computes the same loss; a fitted net reaches low loss', () => {
    const fit = fitByGd(tf, { net: { sizes: [8, 32, 1], activation: 'tanh', weightVariance: 1 }, n: 6, steps: 80, lrScale: 1, seed: 2 });
    const r = permutationMidpoint(tf, fit.net, fit.x, fit.y, 5);
    expect(r.permuted).toBeCloseTo(r.loss, 4);
    expect(fit.finalLoss).toBeLessThan(fit.initialLoss);
    fit.dispose();
  });

  it('the origin of a bias-free tanh net is a critical point', () => {
    const x = spherePoints(tf, 4, 8, 1);
    const y = tf.tensor2d([[1], [-1], [0.5], [0]]) as Tensor2D;
    const r = originSaddle(tf, { sizes: [8, 16, 1], activation: 'tanh', weightVariance: 1, seed: 0 }, x, y, 0.3, 3);
    expect(r.gradNorm).toBe(0);
    expect((r.along - r.atOrigin) * (r.against - r.atOrigin)).toBeLessThan(0);
    tf.dispose([x, y]);
  });
});

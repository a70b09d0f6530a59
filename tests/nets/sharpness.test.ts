import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { evaluateClassifier, runClassifier } from '../../src/nets/train/classifier-run.js';
import { averageParams, ensembleLoss, perturbationIncrease, topHessianEigenvalue } from '../../src/nets/landscape/sharpness.js';
import { mlpOutput } from '../../src/nets/train/train-mlp.js';

beforeAll(async () => { await selectBackend(); });
const spec = { sizes: [40, 16, 10], phi: 'relu' as const, weightVariance: 2, seed: 5 };

describe('sharpness probes', () => {
  it('the top eigenvalue bounds the curvature along a random direction, is positive at a fit, and leaks nothing', () => {
    const task = mnist1dTask(tf, { seed: 2, nTrain: 80, nTest: 40 });
    const r = runClassifier(tf, spec, { optimizer: 'sgd', lr: 0.5, steps: 300, train: task.train, keep: true });
    const before = tf.memory().numTensors;
    const top = topHessianEigenvalue(tf, spec, r.final, task.train, { iters: 20, seed: 1 });
    const loss = (ps: readonly Tensor[]) => evaluateClassifier(tf, spec, ps, task.train).loss;
    const v = r.final.map((p, k) => tf.randomNormal(p.shape, 0, 1, 'float32', 10 + k));
    const nv = tf.tidy(() => Math.sqrt(v.reduce((s, t) => s + tf.sum(tf.square(t)).dataSync()[0]!, 0)));
    const eps = 3e-3;
    const at = (c: number) => { const p = tf.tidy(() => r.final.map((w, k) => tf.add(w, tf.mul(v[k]!, (c * eps) / nv)))); try { return loss(p); } finally { tf.dispose(p); } };
    const curvature = (at(1) - 2 * at(0) + at(-1)) / eps ** 2;
    tf.dispose(v);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeGreaterThan(curvature);
    expect(perturbationIncrease(tf, spec, r.final, task.train, { rho: 0, draws: 2, seed: 1 })).toBeCloseTo(0, 5);
    expect(perturbationIncrease(tf, spec, r.final, task.train, { rho: 0.2, draws: 2, seed: 1 })).toBeGreaterThan(0);
    expect(ensembleLoss(tf, spec, [r.final], task.test)).toBeCloseTo(evaluateClassifier(tf, spec, r.final, task.test).loss, 4);
    const avg = averageParams(tf, [r.init, r.final]);
    const expected = tf.tidy(() => tf.div(tf.add(r.init[0]!, r.final[0]!), 2).arraySync());
    expect(tf.tidy(() => avg[0]!.arraySync())).toEqual(expected);
    tf.dispose(avg);
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.tidy(() => mlpOutput(tf, spec, r.final, task.train.x).shape)).toEqual([80, 10]);
    tf.dispose([...r.init, ...r.final]);
    task.dispose();
  });
});

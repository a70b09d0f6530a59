import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { evaluateClassifier } from '../../src/nets/train/classifier-run.js';
import { findCritical, findMinimum, gaussianFunction, negativeShare, tanhNetLoss } from '../../src/nets/landscape/critical-points.js';
import { flatLoss } from '../../src/nets/probe/hessian.js';
import { descendLinearNet, linearTask, rankCriticalLosses } from '../../src/nets/landscape/linear-net-minima.js';
import { barrierShare, lossAlongChain, splitRuns, trainBend } from '../../src/nets/landscape/mode-connectivity.js';
import { subspaceHessian, heSquaredRadius, xavierSquaredRadius } from '../../src/nets/landscape/subspace-hessian.js';
import { flattenParams, trainInSubspace, unflattenParams } from '../../src/nets/train/subspace-train.js';
import { chordDeviation, pcaShares, randomWalkShares, sgdTrajectory } from '../../src/nets/landscape/trajectory.js';
import { initParams } from '../../src/nets/train/train-mlp.js';

beforeAll(async () => { await selectBackend(); });
const spec = { sizes: [40, 16, 10], phi: 'relu' as const, weightVariance: 2, seed: 3 };

describe('subspace training', () => {
  it('flattens and unflattens exactly, and training z lowers the loss deterministically without leaks', () => {
    const before = tf.memory().numTensors;
    const p = initParams(tf, spec);
    const v = flattenParams(tf, p);
    const back = tf.tidy(() => unflattenParams(tf, v, p.map((t) => t.shape)));
    expect(Array.from(back[2]!.dataSync())).toEqual(Array.from(p[2]!.dataSync()));
    tf.dispose([...p, v, ...back]);
    const task = mnist1dTask(tf, { seed: 1, nTrain: 100, nTest: 50 });
    const init = initParams(tf, spec);
    const l0 = evaluateClassifier(tf, spec, init, task.train).loss;
    tf.dispose(init);
    const run = () => trainInSubspace(tf, spec, { d: 50, steps: 60, lr: 0.02, train: task.train, test: task.test, seed: 4 });
    const [a, b] = [run(), run()];
    expect(a.trainLoss).toBeLessThan(l0);
    expect(b).toEqual(a);
    expect(a.params).toBe(40 * 16 + 16 + 16 * 10 + 10);
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trajectory geometry', () => {
  it('gives a line one component and no deviation, a random walk about 61% in the first', () => {
    const line = Array.from({ length: 10 }, (_, t) => Float64Array.from([t, 2 * t, -t]));
    expect(pcaShares(line)[0]).toBeCloseTo(1, 10);
    expect(chordDeviation(line)).toBeCloseTo(0, 10);
    const bent = [Float64Array.from([0, 0]), Float64Array.from([1, 1]), Float64Array.from([2, 0])];
    expect(chordDeviation(bent)).toBeCloseTo(0.5, 10);
    expect(randomWalkShares(200)[0]).toBeCloseTo(6 / Math.PI ** 2, 1);
  });

  it('records a snapshot per segment', () => {
    const before = tf.memory().numTensors;
    const task = mnist1dTask(tf, { seed: 2, nTrain: 64, nTest: 10 });
    const r = sgdTrajectory(tf, spec, { train: task.train, lr: 0.1, batchSize: 16, steps: 40, every: 10 });
    expect(r.snapshots).toHaveLength(5);
    expect(r.snapshots[0]!.length).toBe(40 * 16 + 16 + 16 * 10 + 10);
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('mode connectivity', () => {
  it('measures barriers, splits runs, and trains a bend that keeps its end points', () => {
    expect(barrierShare([1, 1.5, 1])).toBeCloseTo(0.5 / (Math.log(10) - 1), 10);
    expect(barrierShare([1, 0.5, 0.8])).toBe(0);
    const before = tf.memory().numTensors;
    const task = mnist1dTask(tf, { seed: 3, nTrain: 64, nTest: 10 });
    const [a, b] = splitRuns(tf, spec, { train: task.train, lr: 0.1, batchSize: 16, steps: 30, shared: 30 });
    expect(Array.from(a[0]!.dataSync())).toEqual(Array.from(b[0]!.dataSync()));
    const [c, d] = splitRuns(tf, spec, { train: task.train, lr: 0.1, batchSize: 16, steps: 30, shared: 10 });
    expect(Array.from(c[0]!.dataSync())).not.toEqual(Array.from(d[0]!.dataSync()));
    const bend = trainBend(tf, spec, c, d, task.train, { steps: 5, lr: 0.01, seed: 1 });
    const chain = lossAlongChain(tf, spec, c, bend, d, task.train, [0, 1]);
    expect(chain[0]!.loss).toBeCloseTo(evaluateClassifier(tf, spec, c, task.train).loss, 5);
    tf.dispose([...a, ...b, ...c, ...d, ...bend]);
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('critical points', () => {
  it('finds the saddle of x^2 - y^2 and counts its negative share', () => {
    const f = { dim: 2, value: (x: readonly number[]) => x[0]! ** 2 - x[1]! ** 2, grad: (x: readonly number[]) => [2 * x[0]!, -2 * x[1]!], hess: () => [[2, 0], [0, -2]] };
    const x = findCritical(f, [0.3, -0.7], { iters: 50, tol: 1e-10 })!;
    expect(Math.hypot(x[0]!, x[1]!)).toBeLessThan(1e-9);
    expect(negativeShare(f.hess())).toBe(0.5);
  });

  it('descends to a minimum of a double well with saddle-free Newton', () => {
    const f = { dim: 2, value: (x: readonly number[]) => (x[0]! ** 2 - 1) ** 2 + x[1]! ** 2, grad: (x: readonly number[]) => [4 * x[0]! * (x[0]! ** 2 - 1), 2 * x[1]!], hess: (x: readonly number[]) => [[12 * x[0]! ** 2 - 4, 0], [0, 2]] };
    const x = findMinimum(f, [0.1, 0.5], { iters: 100, tol: 1e-10 })!;
    expect(Math.abs(x[0]!)).toBeCloseTo(1, 8);
    expect(negativeShare(f.hess(x))).toBe(0);
  });

  it('has gradients that match finite differences, and a tanh loss equal to hessian.ts\'s', () => {
    const fd = (f: { value(x: readonly number[]): number }, x: number[], i: number) => {
      const [u, d] = [x.slice(), x.slice()];
      u[i] = u[i]! + 1e-6; d[i] = d[i]! - 1e-6;
      return (f.value(u) - f.value(d)) / 2e-6;
    };
    const g = gaussianFunction(3, 50, 5);
    const x = [0.2, -0.4, 0.9];
    g.grad(x).forEach((v, i) => expect(v).toBeCloseTo(fd(g, x, i), 5));
    const xs = [[0.5, -1], [1.2, 0.3], [-0.7, 0.8]];
    const ys = [0.3, -0.2, 1];
    const net = tanhNetLoss(xs, ys, 2);
    const t = Array.from({ length: net.dim }, (_, i) => Math.sin(i + 1));
    net.grad(t).forEach((v, i) => expect(v).toBeCloseTo(fd(net, t, i), 5));
    const tfLoss = tf.tidy(() => flatLoss(tf, { sizes: [2, 2, 1], activation: 'tanh' }, tf.tensor1d(t) as Tensor1D, tf.tensor2d(xs) as Tensor2D, tf.tensor2d(ys, [3, 1]) as Tensor2D).dataSync()[0]!);
    expect(net.value(t)).toBeCloseTo(tfLoss, 5);
  });
});

describe('subspace Hessian', () => {
  it('matches finite differences of the gradient along the basis, and the initialisation radii', () => {
    const net = { sizes: [3, 4, 2], activation: 'tanh' as const };
    expect(xavierSquaredRadius(net)).toBeCloseTo((3 * 4 * 2) / 7 + (4 * 2 * 2) / 6, 10);
    expect(heSquaredRadius(net)).toBe(12);
    const P = 3 * 4 + 4 + 4 * 2 + 2;
    const x = tf.tensor2d([[0.1, 0.5, -0.3], [1, -1, 0.2]]) as Tensor2D;
    const y = tf.tensor2d([[1, 0], [0, 1]]) as Tensor2D;
    const theta = tf.randomNormal([P], 0, 0.7, 'float32', 2) as Tensor1D;
    const U = tf.randomNormal([P, 2], 0, 1, 'float32', 3) as Tensor2D;
    const H = subspaceHessian(tf, net, theta, x, y, U);
    // second difference of L(theta + s u_0) at s = 0
    const along = (s: number) => tf.tidy(() => {
      const t = tf.add(theta, tf.mul(tf.reshape(tf.slice(U, [0, 0], [P, 1]), [P]), s)) as Tensor1D;
      return subspaceLoss(t);
    });
    const subspaceLoss = (t: Tensor1D) => tf.tidy(() => tf.losses.softmaxCrossEntropy(y, tf.tidy(() => {
      let h: Tensor2D = x;
      let at = 0;
      [[3, 4], [4, 2]].forEach(([i, o], l) => {
        const W = tf.reshape(tf.slice(t, [at], [i! * o!]), [i!, o!]) as Tensor2D;
        const b = tf.slice(t, [at + i! * o!], [o!]);
        at += i! * o! + o!;
        const z = tf.add(tf.matMul(h, W), b) as Tensor2D;
        h = l === 0 ? tf.tanh(z) : z;
      });
      return h;
    })).dataSync()[0]!);
    const e = 1e-2;
    expect(H[0]![0]).toBeCloseTo((along(e) - 2 * along(0) + along(-e)) / (e * e), 1);
    expect(H[0]![1]).toBeCloseTo(H[1]![0]!, 10);
    tf.dispose([x, y, theta, U]);
  });
});

describe('linear nets', () => {
  it('descends to the reduced-rank optimum, below the nearest saddle level', () => {
    const t = linearTask(100, 5, 4, 0.3, 1);
    const c = rankCriticalLosses(t, 2);
    expect(c.optimum).toBeLessThan(c.nextBest);
    const d = descendLinearNet(t, 2, { scale: 0.01, lr: 0.01, maxSteps: 100000, gradTol: 1e-9, seed: 2 });
    expect(d.converged).toBe(true);
    expect(d.steps).toBeLessThan(100000);
    expect(d.loss).toBeCloseTo(c.optimum, 6);
    expect(descendLinearNet(t, 2, { scale: 0.01, lr: 0.01, maxSteps: 10, gradTol: 1e-9, seed: 2 })).toMatchObject({ steps: 10, converged: false });
  });
});

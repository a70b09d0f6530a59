// A grid of SGD runs over batch size and learning rate on one MNIST-1D draw per seed, every run from
// the same initial parameters, trained until it classifies every training point (or a step cap), then
// measured: accuracies and losses, the largest Hessian eigenvalue of the training loss and the loss
// increase under random parameter perturbations. For the §20.4.1–20.4.2 experiments (Keskar et al.
// 2017; He et al. 2019), whose claims share one grid.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { mnist1dTask } from '../../datasets/mnist1d-task.js';
import { evaluateClassifier, runClassifier } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { perturbationIncrease, topHessianEigenvalue } from '../landscape/sharpness.js';
import { initParams, mlpOutput, type TrainNetSpec } from '../train/train-mlp.js';

export interface GridOptions {
  seeds: readonly number[];
  nTrain: number;
  nTest: number;
  hidden: readonly number[];
  /** Batch sizes; a size >= nTrain is full-batch descent. */
  batches: readonly number[];
  lrs: readonly number[];
  /** Step cap per run. */
  cap: number;
  /** Power iterations for the top Hessian eigenvalue. */
  iters: number;
  /** Relative size of the random perturbations, and how many are averaged. */
  rho: number;
  draws: number;
}

export interface GridRun {
  seed: number;
  batch: number;
  lr: number;
  /** The first evaluated step with every training point classified (evaluated once an epoch); null: not within the cap. */
  fitStep: number | null;
  trainAcc: number;
  testAcc: number;
  trainLoss: number;
  testLoss: number;
  /** Largest-magnitude Hessian eigenvalue of the training cross-entropy at the end. */
  sharpness: number;
  /** Predicted class of every test point. */
  testPred: number[];
  /** Mean training-loss and test-loss increase under random perturbations of relative size rho. */
  trainRise: number;
  testRise: number;
}

/** Runs every (batch, lr) pair for every seed; seed i draws the data and the shared initial parameters. */
export function batchLrGrid(tf: Tf, o: GridOptions): GridRun[] {
  const out: GridRun[] = [];
  for (const seed of o.seeds) {
    const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: o.nTrain, nTest: o.nTest });
    const spec: TrainNetSpec = { sizes: [40, ...o.hidden, 10], phi: 'relu', weightVariance: 2, seed: subSeed(seed, 1) };
    const init = initParams(tf, spec);
    try {
      for (const batch of o.batches) {
        for (const lr of o.lrs) {
          const b = Math.min(batch, o.nTrain);
          const r = runClassifier(tf, spec, { optimizer: 'sgd', lr, steps: o.cap, batchSize: b, orderSeed: subSeed(seed, 2), init, train: task.train, evalEvery: Math.ceil(o.nTrain / b), stopWhenFit: true, keep: true });
          try {
            const final: readonly Tensor[] = r.final;
            const tr = evaluateClassifier(tf, spec, final, task.train);
            const te = evaluateClassifier(tf, spec, final, task.test);
            const finite = Number.isFinite(tr.loss);
            const probe = { rho: o.rho, draws: o.draws, seed: subSeed(seed, 3) };
            out.push({
              seed, batch: b, lr, fitStep: r.fitStep, trainAcc: tr.acc, testAcc: te.acc, trainLoss: tr.loss, testLoss: te.loss,
              testPred: tf.tidy(() => Array.from(tf.argMax(mlpOutput(tf, spec, final, task.test.x), 1).dataSync())),
              sharpness: finite ? topHessianEigenvalue(tf, spec, final, task.train, { iters: o.iters, seed: subSeed(seed, 4) }) : NaN,
              trainRise: finite ? perturbationIncrease(tf, spec, final, task.train, probe) : NaN,
              testRise: finite ? perturbationIncrease(tf, spec, final, task.test, probe) : NaN,
            });
          } finally {
            tf.dispose([...r.init, ...r.final]);
          }
        }
      }
    } finally {
      tf.dispose(init);
      task.dispose();
    }
  }
  return out;
}

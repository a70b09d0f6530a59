// Architectures of a given depth at a fixed parameter budget, and one seeded fit of such a net to a
// regression task (Adam on MSE via train-mlp.ts), reported as relative test error.
import type { Tf } from '../../backend/tf.js';
import { taskData, type TaskSpec } from '../../datasets/function-targets.js';
import { denseParamCount } from '../count/param-count.js';
import { trainMlp } from '../train/train-mlp.js';

/** The largest common width w such that [dIn, w x hidden, 1] has at most `budget` parameters (at least 1). */
export function widthAtBudget(dIn: number, hidden: number, budget: number): number {
  let w = 1;
  while (denseParamCount([dIn, ...Array<number>(hidden).fill(w + 1), 1]) <= budget) w++;
  return w;
}

export interface BudgetFit {
  hidden: number;
  width: number;
  params: number;
  /** Test MSE / test-target variance after training. */
  testError: number;
  /** Train MSE / test-target variance after training. */
  trainError: number;
  /** Train MSE / test-target variance at every tenth of the steps (the convergence gates read it). */
  trainCurve: number[];
  diverged: boolean;
}

/** Trains a ReLU MLP with `hidden` equal-width hidden layers at the budget on the task (He init, Adam). */
export function fitAtBudget(tf: Tf, opts: { data: TaskSpec; hidden: number; budget: number; steps: number; lr: number; seed: number }): BudgetFit {
  const data = taskData(tf, opts.data);
  const dIn = data.train.x.shape[1];
  const width = widthAtBudget(dIn, opts.hidden, opts.budget);
  const sizes = [dIn, ...Array<number>(opts.hidden).fill(width), 1];
  try {
    const r = trainMlp(tf, { sizes, phi: 'relu', weightVariance: 2, seed: opts.seed }, { optimizer: 'adam', lr: opts.lr, steps: opts.steps, loss: 'mse', train: data.train, test: data.test, evalEvery: Math.max(1, Math.floor(opts.steps / 10)) });
    return {
      hidden: opts.hidden, width, params: denseParamCount(sizes),
      testError: r.testLoss[r.testLoss.length - 1]! / data.testVariance,
      trainError: r.trainLoss[r.trainLoss.length - 1]! / data.testVariance,
      trainCurve: r.trainLoss.map((v) => v / data.testVariance),
      diverged: r.nonFinite,
    };
  } finally {
    data.dispose();
  }
}

/** Test errors of nets with each number of hidden layers at the budget, for `seeds` seeds (one task draw per seed): errors[d][s]. */
export function fitsByDepth(tf: Tf, opts: { task: TaskSpec['task']; depths: readonly number[]; budget: number; seeds: readonly number[]; steps: number; lr: number; nTrain: number; nTest: number }): BudgetFit[][] {
  return opts.depths.map((hidden) => opts.seeds.map((seed) => fitAtBudget(tf, { data: { task: opts.task, nTrain: opts.nTrain, nTest: opts.nTest, seed }, hidden, budget: opts.budget, steps: opts.steps, lr: opts.lr, seed: seed + 1 })));
}

// Figure 20.2's experiment: the caption's four nets (1-4 hidden layers, ~15,200 parameters each)
// trained by plain full-batch gradient descent from He initialisation on MNIST-1D with random
// labels, each until it classifies every training point (or a step cap). Shared by the claims that
// read the figure's fit and its depth ordering at the text's learning rate.
import type { Tf } from '../../backend/tf.js';
import { mnist1dTask } from '../../datasets/mnist1d-task.js';
import { runClassifier } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import type { Judge } from '../../claim/types.js';

/** Hidden widths of figure 20.2's nets with 1, 2, 3 and 4 hidden layers. */
export const FIG202_HIDDEN = [[298], [100, 100], [75, 75, 75], [63, 63, 63, 63]] as const;

export interface Fig202Run {
  layers: number;
  /** First evaluated step with training accuracy 1 (null: not within the cap). */
  fitStep: number | null;
  finalTrainAcc: number;
  /** Training accuracy at every evaluation, with its step. */
  curve: { step: number; acc: number }[];
}

/** The four nets on one seeded random-label draw of n examples, GD at `lr` on the mean cross-entropy. */
export function fig202Runs(tf: Tf, o: { n: number; lr: number; cap: number; every: number; seed: number }): Fig202Run[] {
  const task = mnist1dTask(tf, { seed: subSeed(o.seed, 0), nTrain: o.n, nTest: 10, labels: 'random' });
  try {
    return FIG202_HIDDEN.map((hidden, i) => {
      const r = runClassifier(tf, { sizes: [40, ...hidden, 10], phi: 'relu', weightVariance: 2, seed: subSeed(o.seed, i + 1) }, { optimizer: 'sgd', lr: o.lr, steps: o.cap, evalEvery: o.every, train: task.train, stopWhenFit: true });
      return { layers: i + 1, fitStep: r.fitStep, finalTrainAcc: r.trainAcc.at(-1)!, curve: r.at.map((step, k) => ({ step, acc: r.trainAcc[k]! })) };
    });
  } finally {
    task.dispose();
  }
}

/**
 * Judges "each deeper net fits in fewer steps than the net one layer shallower" over seeds (one
 * `fig202Runs` per seed): for 2, 3 and 4 layers, paired by seed, the mean of ln(steps to fit / steps
 * one layer shallower). A run that did not fit enters at the cap and fails the convergence gate
 * (training accuracy 1), so a cut-off run decides nothing; the resolution is one evaluation
 * interval over the fastest fit.
 */
export function judgeDeeperFaster(judge: Judge, bySeed: readonly (readonly Fig202Run[])[], cap: number, every: number): void {
  const steps = (r: Fig202Run) => r.fitStep ?? cap;
  const resolution = every / Math.max(every, Math.min(...bySeed.flat().map(steps)));
  for (let i = 1; i < FIG202_HIDDEN.length; i++) {
    const [deeper, shallower] = [bySeed.map((runs) => runs[i]!), bySeed.map((runs) => runs[i - 1]!)];
    judge.paired({
      label: 'ln(steps to zero training error / steps one layer fewer), paired by seed',
      a: deeper.map(steps),
      b: shallower.map(steps),
      statistic: 'logRatio',
      resolution,
      training: { curves: [...shallower, ...deeper].map((r) => r.curve.map((p) => p.acc)), rule: { kind: 'target', value: 1, goal: 'max' } },
      where: { layers: i + 1 },
    });
  }
}

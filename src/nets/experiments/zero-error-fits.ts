// Fitting experiments on MNIST-1D shared by several claims: steps to zero training error of one net
// on real data and on its random-data controls (shuffled labels, Gaussian inputs).
import type { Tf } from '../../backend/tf.js';
import { mnist1dTask } from '../../datasets/mnist1d-task.js';
import { runClassifier, type ClassifierRunOptions } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import type { TrainNetSpec } from '../train/train-mlp.js';
import type { Judge } from '../../claim/types.js';

export type DataCondition = 'real' | 'gaussian inputs' | 'random labels';

export interface FitOutcome {
  condition: DataCondition;
  seed: number;
  /** First evaluated step with every training point classified correctly (null: not within the cap). */
  fitStep: number | null;
  finalTrainAcc: number;
  stepsTaken: number;
}

/** For each seed and condition: a fresh net of `net` trained on a fresh MNIST-1D draw until it fits (or the cap). */
export function fitConditions(tf: Tf, o: {
  net: Omit<TrainNetSpec, 'seed'>;
  conditions: readonly DataCondition[];
  seeds: readonly number[];
  nTrain: number;
  train: Omit<ClassifierRunOptions, 'train' | 'test' | 'stopWhenFit'>;
}): FitOutcome[] {
  const out: FitOutcome[] = [];
  for (const seed of o.seeds) {
    for (const condition of o.conditions) {
      const task = mnist1dTask(tf, {
        seed: subSeed(seed, 0), nTrain: o.nTrain, nTest: 10,
        ...(condition === 'random labels' ? { labels: 'random' as const } : {}),
        ...(condition === 'gaussian inputs' ? { inputs: 'gaussian' as const } : {}),
      });
      try {
        const r = runClassifier(tf, { ...o.net, seed: subSeed(seed, 1) }, { ...o.train, train: task.train, stopWhenFit: true });
        out.push({ condition, seed, fitStep: r.fitStep, finalTrainAcc: r.trainAcc.at(-1)!, stepsTaken: r.steps });
      } finally {
        task.dispose();
      }
    }
  }
  return out;
}

/**
 * Judges "slower than the real data" for each random-data condition: paired by seed, the mean of
 * ln(steps to fit on the condition / steps on the real data). A run that did not fit enters at the cap
 * and fails the convergence gate (training accuracy 1), so a cut-off run decides nothing; the
 * resolution is one evaluation interval over the real data's fastest fit.
 */
export function judgeSlower(judge: Judge, runs: readonly FitOutcome[], conditions: readonly DataCondition[], cap: number, evalEvery: number): void {
  const real = runs.filter((r) => r.condition === 'real');
  if (real.length === 0 || conditions[0] !== 'real') throw new Error('judgeSlower needs the real data as the first condition');
  const resolution = evalEvery / Math.max(evalEvery, Math.min(...real.map((r) => r.fitStep ?? cap)));
  for (const condition of conditions.slice(1)) {
    const random = runs.filter((r) => r.condition === condition);
    judge.paired({
      label: `ln(steps to fit, ${condition} / real data), paired by seed`,
      a: random.map((r) => r.fitStep ?? cap),
      b: real.map((r) => r.fitStep ?? cap),
      statistic: 'logRatio',
      resolution,
      training: { curves: [...real, ...random].map((r) => [r.finalTrainAcc]), rule: { kind: 'target', value: 1, goal: 'max' } },
      where: { condition },
    });
  }
}

// The data sweep of why-not-deeper's need-for-data claims: a deep and a shallow ReLU net trained on
// 64 and on 512 points of one teacher task per seed; every claim on it judges the same runs.
import type { CheckContext, PerBudget } from '../claim/types.js';
import { Seeds } from '../random/seeds.js';
import { trainMlp, type TrainResult } from '../nets/train/train-mlp.js';
import { teacherClassification } from '../datasets/teacher.js';
import { defineExperiment } from './define-experiment.js';

/**
 * Seeds and Adam steps per budget: every claim on the sweep declares this scale. Quick has 6 seeds, not 4
 * (until session 10): each seed is one setting of a typical claim, and 6 of 6 is the least that can decide it.
 */
export const DATA_SWEEP_SCALE: PerBudget<{ seeds: number; steps: number }> = { quick: { seeds: 6, steps: 100 }, standard: { seeds: 8, steps: 200 }, full: { seeds: 12, steps: 400 } };

export interface SweepRuns { seed: number; runs: Record<string, TrainResult> }

const dataSweep = defineExperiment<void, SweepRuns[]>({
  key: 'data-sweep',
  seeds: { quick: DATA_SWEEP_SCALE.quick.seeds, standard: DATA_SWEEP_SCALE.standard.seeds, full: DATA_SWEEP_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => replicates.map((seed) => {
    const { steps } = DATA_SWEEP_SCALE[budget];
    const streams = new Seeds(seed);
    const runs: Record<string, TrainResult> = {};
    for (const n of [64, 512]) {
      // Both sizes are drawn from the task of the same seed.
      const data = teacherClassification(tf, { nTrain: n, nTest: 512, d: 8, classes: 4, seed: streams.child('task').value });
      try {
        for (const [name, sizes] of [['deep', [8, 48, 48, 48, 48, 4]], ['shallow', [8, 16, 4]]] as const) {
          // Evaluated every quarter of training: the gated claims' convergence gate reads the training-accuracy curve.
          runs[`${name}${n}`] = trainMlp(tf, { sizes, phi: 'relu', weightVariance: 2, seed: streams.child(`${name}-net`).value }, { optimizer: 'adam', lr: 0.003, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: steps / 4 });
        }
      } finally {
        data.dispose();
      }
    }
    return { seed, runs };
  }),
});

/** The key claims judging the sweep list in `shares`. */
export const DATA_SWEEP = dataSweep.key;

/** The sweep's runs per seed (deep64, shallow64, deep512, shallow512), each recorded as train / test accuracy. */
export function sweepRuns(ctx: CheckContext): SweepRuns[] {
  const sweep = dataSweep.of(ctx, undefined);
  for (const { seed, runs } of sweep) for (const [k, r] of Object.entries(runs)) ctx.record(`${k} (seed ${seed % 1000}): train / test accuracy`, `${r.trainAcc.at(-1)!.toFixed(3)} / ${r.testAcc.at(-1)!.toFixed(3)}`);
  return sweep;
}

// The overfitting runs of why-not-deeper's remedy claims: per seed one noisy task, the big net trained
// without a remedy and with each remedy; every remedy claim and its first design judge the same runs.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { CheckContext, PerBudget } from '../claim/types.js';
import { Seeds } from '../random/seeds.js';
import { trainMlp, type TrainNetSpec, type TrainOptions, type TrainResult } from '../nets/train/train-mlp.js';
import { teacherClassification } from '../datasets/teacher.js';
import { defineExperiment } from './define-experiment.js';

/**
 * Seeds per budget; 500 Adam steps at every budget (quick ran 150 until session 10): by 500 the
 * unremedied net fits every noisy training label and its test cross-entropy, lowest near step 50, is
 * still rising, which the positive control checks; the remedies' effect is measured on that net.
 */
export const REMEDY_SCALE: PerBudget<{ seeds: number; steps: number }> = { quick: { seeds: 4, steps: 500 }, standard: { seeds: 8, steps: 500 }, full: { seeds: 12, steps: 500 } };

/** The noisy task and its big net, as the readings of why-not-deeper's overfitting claims describe them. */
export const NOISY_TASK_READING = 'Task: 64 training points (8-dim N(0, I)) labelled by a random teacher (4 classes) with 30% of the labels replaced by a different random class; 512 clean test points. Big net: 3 hidden ReLU layers of width 48 (He init, about 5.3k parameters), Adam lr 0.003 on the cross-entropy, full batch.';

/** The big net of the noisy task (3 hidden ReLU layers of width 48, He init, about 5.3k parameters). */
export const bigNet = (seed: number): TrainNetSpec => ({ sizes: [8, 48, 48, 48, 4], phi: 'relu', weightVariance: 2, seed });

type Remedy = (seeds: Seeds) => { spec?: Partial<TrainNetSpec>; opts?: Partial<TrainOptions> };
const jitter = (sd: number): Remedy => (seeds) => ({ opts: { augment: (tf, x, step) => tf.add(x, tf.randomNormal(x.shape, 0, sd, 'float32', seeds.child(`jitter-${sd}`, step).value)) as Tensor2D } });
/** Each remedy as a change of the unremedied run (augmentation: fresh N(0, sd^2 I) input jitter at every step). */
export type RemedyName = 'l2' | 'l1' | 'dropout' | 'jitter02' | 'jitter05';
const REMEDIES: Record<RemedyName, Remedy> = {
  l2: () => ({ opts: { l2: 1e-3 } }),
  l1: () => ({ opts: { l1: 1e-4 } }),
  dropout: () => ({ spec: { dropout: 0.3 } }),
  jitter02: jitter(0.2),
  jitter05: jitter(0.5),
};

export interface RemedyRuns { seed: number; base: TrainResult; remedies: Record<RemedyName, TrainResult> }

const remedyRuns = defineExperiment<void, RemedyRuns[]>({
  key: 'remedy-runs',
  seeds: { quick: REMEDY_SCALE.quick.seeds, standard: REMEDY_SCALE.standard.seeds, full: REMEDY_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => replicates.map((seed) => {
    const streams = new Seeds(seed);
    // 64 training and 128 validation points with the same 30% label noise, 512 clean test points.
    const data = teacherClassification(tf, { nTrain: 192, nTest: 512, d: 8, classes: 4, labelNoise: 0.3, seed: streams.child('task').value });
    const [xt, xv] = tf.split(data.xTrain, [64, 128]) as Tensor2D[];
    const [yt, yv] = tf.split(data.yTrain, [64, 128]) as Tensor2D[];
    try {
      const net = bigNet(streams.child('net').value);
      const opts: TrainOptions = { optimizer: 'adam', lr: 0.003, steps: REMEDY_SCALE[budget].steps, loss: 'softmax', train: { x: xt!, y: yt! }, valid: { x: xv!, y: yv! }, test: { x: data.xTest, y: data.yTest }, evalEvery: 10 };
      const base = trainMlp(tf, net, opts);
      const remedies = Object.fromEntries(Object.entries(REMEDIES).map(([name, remedy]) => {
        const r = remedy(streams.child('remedy'));
        return [name, trainMlp(tf, { ...net, ...r.spec }, { ...opts, ...r.opts })];
      })) as Record<RemedyName, TrainResult>;
      return { seed, base, remedies };
    } finally {
      tf.dispose([xt!, xv!, yt!, yv!]);
      data.dispose();
    }
  }),
});

/** The key the remedy claims list in `shares`. */
export const REMEDY_RUNS = remedyRuns.key;

/** The runs per seed, each recorded as its test cross-entropy at mid-training and at the end. */
export function remedyRunsOf(ctx: CheckContext): RemedyRuns[] {
  const runs = remedyRuns.of(ctx, undefined);
  for (const { seed, base } of runs) ctx.record(`seed ${seed % 1000}: unremedied test cross-entropy at mid-training / at the end`, `${testLossAt(base, 0.5).toFixed(3)} / ${base.testLoss.at(-1)!.toFixed(3)}`);
  return runs;
}

/** Test cross-entropy at the evaluation step nearest to the fraction `f` of training. */
export function testLossAt(r: TrainResult, f: number): number {
  const target = f * r.at.at(-1)!;
  const i = r.at.reduce((best, s, k) => (Math.abs(s - target) < Math.abs(r.at[best]! - target) ? k : best), 0);
  return r.testLoss[i]!;
}

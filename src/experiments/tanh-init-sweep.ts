// The trainability sweep of infinite-width-ntk's edge-of-chaos section: deep tanh nets trained at
// several weight variances sigma_w^2, their final training loss and test accuracy per replicate.
// Three sentences judge it (a healthy net lives at the edge of chaos; chi = 1 is ideal, for training
// or for the trained model).
import type { CheckContext } from '../claim/types.js';
import { defineExperiment } from './define-experiment.js';
import { Seeds } from '../random/seeds.js';
import { trainMlp } from '../nets/train/train-mlp.js';
import { teacherClassification } from '../datasets/teacher.js';

export const tanhSweepReading = 'Square tanh MLPs of 12 hidden layers of width 16 (zero biases, Var(W) = sigma_w^2 / fan_in exactly) trained by full-batch SGD (lr 0.05) with softmax cross-entropy on 128 points of a 4-class task labelled by a random teacher (8-dim N(0, I) inputs), test accuracy on 256 clean held-out points; each replicate (seed) draws its own teacher, data and nets, the same for every sigma_w^2; an ordering is judged over the replicates by a sign test (Clopper-Pearson interval of the share of untied seeds that agree). For tanh with zero bias chi = 1 at sigma_w^2 = 1 (infinite-width-ntk/tanh-critical-weight-variance).';

const STEPS = { quick: 40, standard: 80, full: 120 } as const;
const [DEPTH, WIDTH] = [12, 16];

/** Per replicate and sigma_w^2: the final training loss (Infinity when the run overflows) and test accuracy. */
export interface TanhSweepResult { steps: number; loss: number[][]; acc: number[][]; curves: number[][][] }

export const tanhInitSweep = defineExperiment<readonly number[], TanhSweepResult>({
  key: 'tanh-init-sweep',
  // Enough replicates for a sign test over seeds to pass 1/2 when every seed agrees (7 at least at 95%).
  seeds: { quick: 8, standard: 10, full: 16 },
  run: (env, variances) => {
    const steps = STEPS[env.budget];
    const runs = env.replicates.map((seed) => {
      const seeds = new Seeds(seed);
      const data = teacherClassification(env.tf, { nTrain: 128, nTest: 256, d: 8, classes: 4, seed: seeds.child('teacher').value });
      try {
        return variances.map((v) => {
          const r = trainMlp(env.tf, { sizes: [8, ...Array<number>(DEPTH).fill(WIDTH), 4], phi: 'tanh', weightVariance: v, seed: seeds.child('net').value }, { optimizer: 'sgd', lr: 0.05, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: steps });
          return { loss: r.nonFinite ? Infinity : r.trainLoss.at(-1)!, acc: r.testAcc.at(-1)!, curve: r.trainLoss };
        });
      } finally {
        data.dispose();
      }
    });
    return { steps, loss: runs.map((r) => r.map((x) => x.loss)), acc: runs.map((r) => r.map((x) => x.acc)), curves: runs.map((r) => r.map((x) => x.curve)) };
  },
});

/** Per sigma_w^2 (in the order asked), its value at every replicate. */
export const perVariance = (rows: number[][], i: number): number[] => rows.map((row) => row[i]!);

/** The training behind the compared numbers: every run's loss curve; a run that learned nothing (loss above chance, ln 4 for 4 classes) cannot refute. */
export const tanhSweepTraining = (r: TanhSweepResult, idx: readonly number[]) => ({ curves: r.curves.flatMap((row) => idx.map((i) => row[i]!)), rule: { kind: 'target' as const, value: Math.log(4), goal: 'min' as const } });

/** The sweep at these variances (claims list `shares: [tanhInitSweep.key]`), recorded with its means over replicates. */
export function tanhSweep(ctx: CheckContext<any>, variances: readonly number[]): TanhSweepResult & { meanLoss: number[]; meanAcc: number[] } {
  const r = tanhInitSweep.of(ctx, variances);
  const mean = (rows: number[][], i: number) => rows.reduce((s, row) => s + row[i]!, 0) / rows.length;
  const meanLoss = variances.map((_, i) => mean(r.loss, i));
  const meanAcc = variances.map((_, i) => mean(r.acc, i));
  ctx.record('depth x width', `${DEPTH} x ${WIDTH}`);
  ctx.record('SGD steps (lr 0.05, full batch of 128)', r.steps);
  ctx.record('seeds', r.loss.length);
  variances.forEach((v, i) => { ctx.record(`sigma_w^2 = ${v}: train loss`, +meanLoss[i]!.toFixed(4)); ctx.record(`sigma_w^2 = ${v}: test accuracy`, +meanAcc[i]!.toFixed(4)); });
  return { ...r, meanLoss, meanAcc };
}

// The trainability sweep of infinite-width-ntk's edge-of-chaos section: deep tanh nets trained at
// several weight variances sigma_w^2, their final training loss and test accuracy. Three sentences
// judge it (a healthy net lives at the edge of chaos; chi = 1 is ideal, for training or for test).
import type { CheckContext, PerBudget } from '../claim/types.js';
import { subSeed } from '../random/seeds.js';
import { trainMlp } from '../nets/train/train-mlp.js';
import { teacherClassification } from '../datasets/teacher.js';

export const tanhSweepReading = 'Square tanh MLPs of 12 hidden layers of width 16 (zero biases, Var(W) = sigma_w^2 / fan_in exactly) trained by full-batch SGD (lr 0.05) with softmax cross-entropy on 128 points of a 4-class task labelled by a random teacher (8-dim N(0, I) inputs), test accuracy on 256 clean held-out points; averaged over seeds. For tanh with zero bias chi = 1 at sigma_w^2 = 1 (infinite-width-ntk/tanh-critical-weight-variance).';

/** The sweep's budget scale: seeds (data and init) and SGD steps. */
export const TANH_SWEEP_SCALE: PerBudget<{ seeds: number; steps: number }> = {
  quick: { seeds: 1, steps: 40 },
  standard: { seeds: 2, steps: 80 },
  full: { seeds: 4, steps: 120 },
};

/** Final training loss and test accuracy of deep tanh nets at each sigma_w^2 (mean over seeds); a run that overflows has loss Infinity. */
export function tanhSweep(ctx: CheckContext<any>, variances: readonly number[]): { loss: number[]; acc: number[] } {
  const { seeds, steps } = TANH_SWEEP_SCALE[ctx.budget];
  const [depth, width] = [12, 16];
  ctx.record('depth x width', `${depth} x ${width}`);
  ctx.record('SGD steps (lr 0.05, full batch of 128)', steps);
  ctx.record('seeds', seeds);
  const loss = variances.map(() => 0);
  const acc = variances.map(() => 0);
  for (let s = 0; s < seeds; s++) {
    const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 256, d: 8, classes: 4, seed: subSeed(ctx.seed, s) });
    try {
      variances.forEach((v, i) => {
        const r = trainMlp(ctx.tf, { sizes: [8, ...Array<number>(depth).fill(width), 4], phi: 'tanh', weightVariance: v, seed: subSeed(ctx.seed, 100 + s) }, { optimizer: 'sgd', lr: 0.05, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: steps });
        loss[i]! += (r.nonFinite ? Infinity : r.trainLoss.at(-1)!) / seeds;
        acc[i]! += r.testAcc.at(-1)! / seeds;
      });
    } finally {
      data.dispose();
    }
  }
  variances.forEach((v, i) => { ctx.record(`sigma_w^2 = ${v}: train loss`, +loss[i]!.toFixed(4)); ctx.record(`sigma_w^2 = ${v}: test accuracy`, +acc[i]!.toFixed(4)); });
  return { loss, acc };
}

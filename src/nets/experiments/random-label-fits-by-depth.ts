// Figure 20.2's experiment: the caption's four nets (1-4 hidden layers, ~15,200 parameters each)
// trained by plain full-batch gradient descent from He initialisation on MNIST-1D with random
// labels, each until it classifies every training point (or a step cap). Shared by the claims that
// read the figure's fit and its depth ordering at the text's learning rate.
import type { Tf } from '../../backend/tf.js';
import { mnist1dTask } from '../../datasets/mnist1d-task.js';
import { runClassifier } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import type { Judge, Observation } from '../../claim/types.js';

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
 * `fig202Runs` per seed), with an equivalence margin of one evaluation interval: for 2, 3 and 4
 * layers, paired by seed, the mean of ln(deeper's steps / (shallower's steps - every)). Below 0 is
 * "fewer by more than one evaluation interval"; a deeper net within one interval of the shallower
 * one (a plain log ratio within about the resolution every / steps) or slower is "not fewer", so a
 * null depth step can be decided: an interval wholly at or above 0 bounds the speed-up below one
 * interval, which is what a positive control would otherwise have to show (two one-sided tests).
 * The evaluation interval is the margin, so it is not asked for again as the tie gate's resolution.
 * A run that did not fit enters at the cap and fails the convergence gate (training accuracy 1).
 */
export function judgeDeeperFaster(judge: Judge, bySeed: readonly (readonly Fig202Run[])[], cap: number, every: number): void {
  const steps = (r: Fig202Run) => r.fitStep ?? cap;
  for (let i = 1; i < FIG202_HIDDEN.length; i++) {
    const [deeper, shallower] = [bySeed.map((runs) => runs[i]!), bySeed.map((runs) => runs[i - 1]!)];
    judge.paired({
      label: 'ln(steps to zero training error / (steps one layer fewer - one evaluation interval)), paired by seed',
      a: deeper.map(steps),
      // A fit is first seen at an evaluation, so every fitted run has taken at least two intervals here.
      b: shallower.map((r) => Math.max(steps(r) - every, every)),
      statistic: 'logRatio',
      resolution: 0,
      training: { curves: [...shallower, ...deeper].map((r) => r.curve.map((p) => p.acc)), rule: { kind: 'target', value: 1, goal: 'max' } },
      where: { layers: i + 1 },
    });
  }
}

/** What a depth replication observed, as a Chinese sentence: each depth step's ratio of steps with its interval; `scaleRecord` is the claim's 'n / cap / every / seeds' record. */
export function deeperObserved(observations: readonly Observation[], setting: string, scaleRecord: unknown): string {
  const names = [(v: string) => `训练样本 ${v}`, (v: string) => `步数上限 ${v}`, (v: string) => `每 ${v} 步评估一次`, (v: string) => `种子数 ${v}`];
  const scale = `${setting}（${String(scaleRecord).split(' / ').map((v, i) => names[i]?.(v) ?? v).join('，')}）`;
  // Every decided depth step, the reproduced ones too, so a note does not hide what agreed with the figure.
  const steps = observations.filter((o) => o.method === 'paired' && (o.outcome === 'outside' || o.outcome === 'inside')).map((o) => {
    const r = (x: number | null | undefined) => (x === null || x === undefined ? '?' : Math.exp(x).toFixed(2));
    const [k, ratio] = [Number(o.where?.layers), `${r(o.measured)}（置信区间 ${r(o.ci?.[0])}–${r(o.ci?.[1])}，${o.n} 个种子配对）`];
    return o.outcome === 'inside'
      ? `${k} 层网络达到零训练误差所需的步数少于 ${k - 1} 层网络（与少一个评估间隔后的步数之比为 ${ratio}），与原结果一致`
      : `${k} 层网络达到零训练误差所需的步数与 ${k - 1} 层网络少一个评估间隔后的步数之比为 ${ratio}，并未少于后者`;
  });
  const unfit = observations.filter((o) => o.method === 'holds' && o.outcome === 'outside').map((o) => `${o.where?.layers} 层（种子 ${o.where?.seed}）`);
  const parts = [...steps, ...(unfit.length ? [`${unfit.join('、')}未能在步数上限内拟合`] : [])];
  return `（${scale}：${parts.join('；')}。）`;
}

// The depth runs of why-not-deeper: plain and residual ReLU MLPs of several depths, optimisers and
// initialisations trained on one teacher task per seed. Eleven claims judge these runs; each config
// is trained once per run seed and budget and reused by every claim that asks for it.
import type { CheckContext, PerBudget } from '../claim/types.js';
import { sharedSeeds, subSeed } from '../random/seeds.js';
import { scoredFinalLoss } from '../nets/train/train.js';
import { initialActivationGradients, trainMlp, type TrainNetSpec, type TrainResult } from '../nets/train/train-mlp.js';
import { teacherClassification } from '../datasets/teacher.js';
import type { Activation as Phi } from '../nets/base/activations.js';

export interface DepthConfig {
  depth: number;
  residual?: boolean;
  optimizer?: 'sgd' | 'adam' | 'rmsprop';
  lr?: number;
  weightVariance?: number;
  phi?: Phi;
  width?: number;
}

export interface DepthRun { config: DepthConfig; seed: number; result: TrainResult; gradientRatio: number }

export const taskReading = 'Task: 4 classes labelled by the argmax of a random two-layer tanh teacher on 8-dim N(0, I) inputs; 128 training and 256 clean test points; softmax cross-entropy. Nets: ReLU MLPs of width 32 (unless stated), weights N(0, 2/fan_in) exactly (He), zero biases; residual versions add each hidden layer after the first as h <- h + relu(h W + b) / sqrt(blocks). Full-batch SGD, lr 0.05 (unless stated); seeds (task, initialisation) drawn from the run seed, so every claim on these runs judges the same runs. A diverged run (non-finite loss) is scored at its initial loss. Each claim computes one paired statistic per seed and judges its mean by a t-interval. (Earlier design: one exact judgement per seed, 1 seed at quick, 2 at standard and 6 at full, refuted as soon as any one seed went the other way, so the verdict depended on the number of seeds rather than on the average effect the sentences assert; changed for that reason, with the statistics fixed before running.)';

/** Seeds and SGD steps of the depth runs per budget: every claim judging them declares this scale. */
export const DEPTH_RUN_SCALE: PerBudget<{ seeds: number; steps: number }> = { quick: { seeds: 4, steps: 60 }, standard: { seeds: 8, steps: 120 }, full: { seeds: 12, steps: 240 } };

/** The key of the depth runs shared (ctx.shared) by every claim that trains at several depths. */
export const DEPTH_RUNS = 'depth-runs';

/** Trains every config on the same task per seed, each run once per run seed and budget across the claims sharing it; also records the initial |dL/dh_1| / |dL/dh_L| of each. */
export function trainAtDepths(ctx: CheckContext<{ seeds: number; steps: number }>, configs: readonly DepthConfig[], opts: { steps?: number; nTrain?: number; labelNoise?: number } = {}): DepthRun[] {
  const seeds = sharedSeeds(ctx.runSeed, 7, ctx.scaled.seeds);
  const steps = opts.steps ?? ctx.scaled.steps;
  const nTrain = opts.nTrain ?? 128;
  const labelNoise = opts.labelNoise ?? 0;
  const memo = ctx.shared(DEPTH_RUNS, () => new Map<string, DepthRun>());
  const runs: DepthRun[] = [];
  for (const seed of seeds) {
    const key = (c: DepthConfig) => JSON.stringify({ c, seed, steps, nTrain, labelNoise });
    const missing = configs.filter((c) => !memo.has(key(c)));
    if (missing.length > 0) {
      const data = teacherClassification(ctx.tf, { nTrain, nTest: 256, d: 8, classes: 4, labelNoise, seed });
      try {
        for (const c of missing) {
          const spec: TrainNetSpec = { sizes: [8, ...Array<number>(c.depth).fill(c.width ?? 32), 4], phi: c.phi ?? 'relu', weightVariance: c.weightVariance ?? 2, residual: c.residual ?? false, seed: subSeed(seed, c.depth * 10 + (c.residual ? 1 : 0)) };
          const g = initialActivationGradients(ctx.tf, spec, { x: data.xTrain, y: data.yTrain }, 'softmax');
          const result = trainMlp(ctx.tf, spec, { optimizer: c.optimizer ?? 'sgd', lr: c.lr ?? 0.05, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: Math.max(1, Math.floor(steps / 10)) });
          memo.set(key(c), { config: c, seed, result, gradientRatio: g[1]! / g[g.length - 1]! });
        }
      } finally {
        data.dispose();
      }
    }
    runs.push(...configs.map((c) => memo.get(key(c))!));
  }
  for (const r of runs) ctx.record(`${r.config.residual ? 'residual' : 'plain'} depth ${r.config.depth}${r.config.optimizer ? ` ${r.config.optimizer}` : ''} (seed ${r.seed % 1000}): train loss / train acc / test acc`, `${finalLoss(r).toFixed(3)} / ${r.result.trainAcc.at(-1)!.toFixed(3)} / ${r.result.testAcc.at(-1)!.toFixed(3)}`);
  return runs;
}

/** A run's final training loss, or its initial loss if it diverged. */
export const finalLoss = (r: DepthRun): number => scoredFinalLoss(r.result.trainLoss).last;

/** Runs grouped by seed, in config order. */
export const bySeed = (runs: readonly DepthRun[]) => [...new Set(runs.map((r) => r.seed))].map((s) => runs.filter((r) => r.seed === s));

// The width sweep of infinite-width-ntk: two-layer (or deeper, or residual) ReLU nets in the NTK
// parametrisation trained by full-batch gradient descent at several widths, each run compared with
// its linearisation. Many sentences of the chapter's function-space, laziness and finite-width
// sections judge one quantity of these runs; the judgements of a run live here with the run.
import type { CheckContext, PerBudget } from '../claim/types.js';
import { noMoreThan } from '../claim/tolerance.js';
import type { ConvergenceRule } from '../stats/convergence.js';
import { defineExperiment } from './define-experiment.js';
import { sweepWidths, widthExponent, type LazyRunResult } from '../nets/experiments/lazy-run.js';

export const sweepReading = 'Two-layer ReLU nets f(x) = sigma_w / sqrt(m) * relu(sigma_w / sqrt(d) * x W0) W1 in the NTK parametrisation (W ~ N(0, 1), sigma_w^2 = 2, no biases), d = 4; 12 training and 8 test points on the sphere of radius sqrt(d), target y = sin(x . v) with |v| = 1.5; full-batch gradient descent on 1/2 |f - y|^2 with step 0.5 / lambda_max(K0). The linear model is the first-order Taylor expansion at initialisation, trained the same way: r <- r - eta K0 r on the training set, f* <- f* - eta K0(x*, X) r on the test points.';

export const widestReading = 'Measured at the widest width of the budget\'s sweep; the mean over the sweep\'s replicates (seeds) is judged with its t-interval: 3 replicates at quick give wide intervals, and a claim they leave inconclusive is meant to be decided by the standard budget\'s 5 or the full budget\'s 8.';

/** The sweep's budget scale: its widths and gradient-descent steps (its seeds are the experiment's replicates). */
export const WIDTH_SWEEP_SCALE: PerBudget<{ widths: readonly number[]; steps: number }> = {
  quick: { widths: [16, 128, 1024], steps: 150 },
  standard: { widths: [16, 64, 256, 1024, 4096], steps: 250 },
  full: { widths: [16, 32, 64, 256, 1024, 4096], steps: 400 },
};

export interface SweepOptions {
  depth?: number;
  residual?: number;
  lrScale?: number;
  steps?: number;
  widths?: 'all' | 'widest' | 'narrowest';
}

export type SweepRuns = { width: number; seed: number; result: LazyRunResult }[];

interface SweepParams { widths: readonly number[]; depth: number; residual: number | null; lrScale: number; steps: number }

/** Every run of one setting, computed once per worker, run seed and budget for all the claims that judge it. */
export const widthSweep = defineExperiment<SweepParams, SweepRuns>({
  key: 'ntk-width-sweep',
  // Replicates: a judged quantity is a mean over seeds with its interval, never one seed's value.
  seeds: { quick: 3, standard: 5, full: 8 },
  run: (env, p) => sweepWidths(env.tf, {
    net: (m) => ({ sizes: [4, ...Array<number>(p.depth).fill(m), 1], activation: 'relu', weightVariance: 2, ...(p.residual !== null ? { residual: p.residual } : {}) }),
    widths: p.widths, seeds: env.replicates, nTrain: 12, nTest: 8, lrScale: p.lrScale, steps: p.steps,
  }),
});

/** The sweep's runs for these options (claims list `shares: [widthSweep.key]`), recorded. */
export function sweep(ctx: CheckContext<any>, opts: SweepOptions = {}): SweepRuns {
  const scale = WIDTH_SWEEP_SCALE[ctx.budget];
  const depth = opts.depth ?? 1;
  // The Jacobian of a wider deep net does not fit the budget.
  const cap = depth > 1 ? 512 : Infinity;
  const capped = scale.widths.filter((w) => w <= cap);
  const widths = opts.widths === 'widest' ? [capped[capped.length - 1]!] : opts.widths === 'narrowest' ? [capped[0]!] : capped;
  const steps = opts.steps ?? scale.steps;
  // Every width is run once per setting; a claim about one width reads its runs (a run depends only on its width and seed).
  const runs = widthSweep.of(ctx, { widths: capped, depth, residual: opts.residual ?? null, lrScale: opts.lrScale ?? 0.5, steps }).filter((r) => widths.includes(r.width));
  ctx.record('widths', widths.join(', '));
  ctx.record('seeds (data and init)', new Set(runs.map((r) => r.seed)).size);
  ctx.record('gradient-descent steps', steps);
  if (depth > 1) ctx.record('hidden layers', depth);
  if (opts.residual !== undefined) ctx.record('residual branch scale', opts.residual);
  return runs;
}

// The sweep's nets are trained; a refutation needs every judged run to have at least halved its
// training residual, so that what was measured is a training trajectory and not its first steps.
export const TRAINED: ConvergenceRule = { kind: 'target', value: 0.5, goal: 'min' };
const training = (runs: SweepRuns) => ({ curves: runs.map((r) => r.result.residualNorms.map((v) => v / r.result.residualNorms[0]!)), rule: TRAINED });

/** Judges the power-law exponent of a metric against width: the least-squares slope of log(metric) on log(width) over every run of every seed, with its interval. */
export function judgeExponent(ctx: CheckContext<any>, runs: SweepRuns, metric: (r: LazyRunResult) => number, label: string): void {
  for (const r of runs) ctx.record(`${label} at width ${r.width} (seed ${r.seed % 1000})`, +metric(r.result).toPrecision(4));
  ctx.record(`pooled exponent of ${label}`, +widthExponent(runs, metric).toPrecision(4));
  ctx.judge.trend({ label: `exponent of ${label} against width`, x: runs.map((r) => Math.log(r.width)), y: runs.map((r) => Math.log(metric(r.result))), resolution: 0.01, training: training(runs) });
}

export const vanishingTolerance = noMoreThan(-0.25, 'a quantity that vanishes as width grows must fall at least like m^(-1/4) over the widths tried (the band is exponent <= -0.25): flatter trends, within the noise of a few seeds, do not show it vanishing; the theory\'s m^(-1/2) is well inside');

/** Judges a metric of the runs at one width as the mean over the sweep's replicates (seeds), with its interval. */
export function judgeEach(ctx: CheckContext<any>, runs: SweepRuns, metric: (r: LazyRunResult) => number, label: string, asserted?: number): void {
  for (const r of runs) ctx.record(`${label} (seed ${r.seed % 1000})`, +metric(r.result).toPrecision(4));
  ctx.judge.replicated({ label, samples: runs.map((r) => metric(r.result)), ...(asserted !== undefined ? { asserted } : {}), resolution: 1e-3, training: training(runs), where: { width: runs[0]!.width } });
}

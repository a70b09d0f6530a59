// The width sweep of infinite-width-ntk: two-layer (or deeper, or residual) ReLU nets in the NTK
// parametrisation trained by full-batch gradient descent at several widths, each run compared with
// its linearisation. Many sentences of the chapter's function-space, laziness and finite-width
// sections judge one quantity of these runs; the judgements of a run live here with the run.
import type { CheckContext, PerBudget } from '../claim/types.js';
import { atMost } from '../claim/tolerance.js';
import { defineExperiment } from './define-experiment.js';
import { sweepWidths, widthExponent, type LazyRunResult } from '../nets/experiments/lazy-run.js';

export const sweepReading = 'Two-layer ReLU nets f(x) = sigma_w / sqrt(m) * relu(sigma_w / sqrt(d) * x W0) W1 in the NTK parametrisation (W ~ N(0, 1), sigma_w^2 = 2, no biases), d = 4; 12 training and 8 test points on the sphere of radius sqrt(d), target y = sin(x . v) with |v| = 1.5; full-batch gradient descent on 1/2 |f - y|^2 with step 0.5 / lambda_max(K0). The linear model is the first-order Taylor expansion at initialisation, trained the same way: r <- r - eta K0 r on the training set, f* <- f* - eta K0(x*, X) r on the test points.';

export const widestReading = 'Measured at the widest width of the budget\'s sweep, one judgement per seed.';

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
  seeds: { quick: 1, standard: 1, full: 2 },
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

/** Judges the power-law exponent of a metric against width, recording the per-width values. */
export function judgeExponent(ctx: CheckContext<any>, runs: SweepRuns, metric: (r: LazyRunResult) => number, label: string): void {
  for (const r of runs) ctx.record(`${label} at width ${r.width} (seed ${r.seed % 1000})`, +metric(r.result).toPrecision(4));
  ctx.judge.value({ label: `exponent of ${label} against width`, measured: widthExponent(runs, metric), asserted: -0.25 });
}

export const vanishingTolerance = atMost(0, 'a quantity that vanishes as width grows must fall at least like m^(-1/4) over the widths tried (the band is exponent <= -0.25): flatter trends, within the noise of a few seeds, do not show it vanishing; the theory\'s m^(-1/2) is well inside');

/** Judges a metric at each run against a bound (one judgement per seed). */
export function judgeEach(ctx: CheckContext<any>, runs: SweepRuns, metric: (r: LazyRunResult) => number, label: string, asserted: number): void {
  for (const r of runs) ctx.judge.value({ label, measured: metric(r.result), asserted, where: { width: r.width, seed: r.seed } });
}

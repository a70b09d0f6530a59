// The batch-size / learning-rate grid of § 20.4.1, judged by the training-algorithm claims and the
// flatness and weight-norm claims of §§ 20.4.2 and 20.4.4: one set of plain-SGD runs per run seed and
// budget (src/nets/experiments/batch-lr-grid.ts runs it), and the per-seed contrasts the claims judge.
import type { EvidenceView } from '../claim/index.js';
import type { CheckContext, PerBudget, Training } from '../claim/types.js';
import { batchLrGrid, type GridRun } from '../nets/experiments/batch-lr-grid.js';
import { spearman } from '../stats/rank-correlation.js';
import { defineExperiment } from './define-experiment.js';

export const GRID_READING = 'The grid, reproduced at MNIST-1D scale: a 40-100-10 ReLU net (He init, zero biases), plain SGD (constant learning rate, no momentum, no weight decay, no other regularisation) on the mean cross-entropy, n seeded MNIST-1D training examples (quick 500, standard and full 1000), 1000 test examples; batch sizes 25, 100 and n (full-batch descent), learning rates 0.5 and 1 (quick) or 0.25, 0.5 and 1 (standard, full). Every run of a seed starts from the same initial parameters and data and stops at the first epoch end at which every training point is classified (cap 3000 steps), so all are minima of the same solution set reached by different training details. Seeds (data, initialisation, minibatch order) quick 2, standard 4, full 8, drawn from the run seed (not the claim seed) because one grid is shared by all the claims judged on it.';

export type GridScale = { n: number; seeds: number; lrs: readonly number[] };
/** The grid's training examples, seeds and learning rates per budget: the `scale` of every claim judged on it. */
export const GRID_SCALE: PerBudget<GridScale> = {
  quick: { n: 500, seeds: 2, lrs: [0.5, 1] },
  standard: { n: 1000, seeds: 4, lrs: [0.25, 0.5, 1] },
  full: { n: 1000, seeds: 8, lrs: [0.25, 0.5, 1] },
};
type GridContext = CheckContext<GridScale>;

const batchLrGridRuns = defineExperiment<void, GridRun[]>({
  key: 'batch-lr-grid',
  seeds: { quick: GRID_SCALE.quick.seeds, standard: GRID_SCALE.standard.seeds, full: GRID_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => {
    const { n, lrs } = GRID_SCALE[budget];
    return batchLrGrid(tf, { seeds: [...replicates], nTrain: n, nTest: 1000, hidden: [100], batches: [25, 100, n], lrs, cap: 3000, iters: 15, rho: 0.05, draws: 4 });
  },
});
/** The experiment's key: every claim judged on the grid lists it in `shares`. */
export const BATCH_LR_GRID = batchLrGridRuns.key;

/** The batch-size / learning-rate grid of the current budget (computed once per process). */
export function grid(ctx: GridContext): GridRun[] {
  const { n, seeds, lrs } = ctx.scaled;
  const runs = batchLrGridRuns.of(ctx);
  ctx.record('training examples / seeds / learning rates / batch sizes', `${n} / ${seeds} / ${lrs.join(', ')} / 25, 100, ${n}`);
  seedsOf(runs).forEach((s, i) => {
    ctx.record(`seed ${i + 1}: test accuracy by (batch, lr)`, runs.filter((r) => r.seed === s).map((r) => `(${r.batch},${r.lr}):${r.testAcc.toFixed(3)}`).join(' '));
    ctx.record(`seed ${i + 1}: steps to fit by (batch, lr)`, runs.filter((r) => r.seed === s).map((r) => `(${r.batch},${r.lr}):${r.fitStep ?? '>cap'}`).join(' '));
  });
  return runs;
}

export const seedsOf = (runs: readonly GridRun[]) => [...new Set(runs.map((r) => r.seed))];
export const at = (runs: readonly GridRun[], seed: number, batch: number, lr: number) => runs.find((r) => r.seed === seed && r.batch === batch && r.lr === lr)!;
export const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
export const lrsOf = (runs: readonly GridRun[]) => [...new Set(runs.map((r) => r.lr))].sort((a, b) => a - b);
export const batchesOf = (runs: readonly GridRun[]) => [...new Set(runs.map((r) => r.batch))].sort((a, b) => a - b);

/** Per seed: the test-accuracy difference between two batch sizes, averaged over the learning rates. */
export function batchGain(runs: readonly GridRun[], small: number, large: number): number[] {
  return seedsOf(runs).map((s) => mean(lrsOf(runs).map((lr) => at(runs, s, small, lr).testAcc - at(runs, s, large, lr).testAcc)));
}
/** Per seed: the test-accuracy difference between two learning rates, averaged over the batch sizes. */
export function lrGain(runs: readonly GridRun[], high: number, low: number): number[] {
  return seedsOf(runs).map((s) => mean(batchesOf(runs).map((b) => at(runs, s, b, high).testAcc - at(runs, s, b, low).testAcc)));
}
/** Per seed: Spearman's correlation over the seed's runs between two measured quantities. */
export function rankCorrelation(runs: readonly GridRun[], a: (r: GridRun) => number, b: (r: GridRun) => number): number[] {
  return seedsOf(runs).map((s) => { const rs = runs.filter((r) => r.seed === s && Number.isFinite(a(r)) && Number.isFinite(b(r))); return spearman(rs.map(a), rs.map(b)); });
}

/** The gate's convergence rule for grid runs: each stops at its first epoch with every training point classified, or at the cap. */
export const gridTraining = (runs: readonly GridRun[]): Training => ({ curves: runs.map((r) => [r.trainAcc]), rule: { kind: 'target', value: 1, goal: 'max' } });
/** The smallest step between two Spearman correlations over a seed's k runs, 12 / (k (k^2 - 1)): a difference within it is a tie. */
export const rankResolution = (runs: readonly GridRun[]) => { const k = runs.length / seedsOf(runs).length; return 12 / (k * (k * k - 1)); };

export const failedMeans = (e: EvidenceView) => e.observations.filter((o) => o.outcome !== 'inside').map((o) => `${o.label}: ${o.measured?.toFixed(3)} (CI ${o.ci?.map((v) => v.toFixed(3)).join('–')})`).join('; ');
/** Per seed: Spearman's correlation between sharpness and test accuracy over the grid's runs. */
export const sharpnessTestCorrelation = (ctx: GridContext) => rankCorrelation(grid(ctx), (r) => r.sharpness, (r) => r.testAcc);

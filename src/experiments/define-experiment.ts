// Shared experiments as a named facility: a computation several claims judge (one training grid,
// one set of runs) is defined once here, not exported by one claim file to its siblings. A claim
// lists the experiment's key in `shares`, so the runner sends it to the worker that already holds
// the experiment's result, and calls `experiment.of(ctx, params)`.
import type { Tf } from '../backend/tf.js';
import type { Budget, CheckContext, PerBudget } from '../claim/types.js';
import { Seeds } from '../random/seeds.js';

/** What an experiment's run receives: never a claim's own seed, which differs per claim. */
export interface ExperimentEnv {
  tf: Tf;
  budget: Budget;
  /** The experiment's seed streams, derived from the run seed and the experiment's key. */
  seeds: Seeds;
  /** The seeds of its replicates at this budget (`seeds` in the definition); [] when it declares none. */
  replicates: readonly number[];
}

export interface ExperimentSpec<P, R> {
  /** Names the experiment in `shares` and in its seed streams; kebab-case. */
  key: string;
  /** Replicates per budget (independent seeds), when the experiment is replicated. */
  seeds?: PerBudget<number>;
  run: (env: ExperimentEnv, params: P) => R;
}

export interface Experiment<P, R> {
  readonly key: string;
  /** The experiment's result for these parameters, computed once per process, run seed and budget. */
  of(ctx: CheckContext<any>, params: P): R;
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function defineExperiment<P = void, R = unknown>(spec: ExperimentSpec<P, R>): Experiment<P, R> {
  if (!KEY.test(spec.key)) throw new Error(`experiment key '${spec.key}' must be kebab-case`);
  return {
    key: spec.key,
    of(ctx, params) {
      // Per parameter set: claims may ask one experiment for different settings (depths, widths).
      const byParams = ctx.shared(spec.key, () => new Map<string, R>());
      const k = JSON.stringify(params ?? null);
      if (!byParams.has(k)) {
        const seeds = new Seeds(ctx.runSeed).child(spec.key);
        const replicates = spec.seeds ? seeds.replicates('replicate', spec.seeds[ctx.budget]) : [];
        byParams.set(k, spec.run({ tf: ctx.tf, budget: ctx.budget, seeds, replicates }, params));
      }
      return byParams.get(k)!;
    },
  };
}

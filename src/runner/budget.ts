import type { Budget, PerBudget } from '../claim/types.js';

/** Property cases per budget when a claim does not say. */
export const DEFAULT_RUNS: PerBudget<number> = { quick: 10, standard: 40, full: 150 };

/** Hard time limit per claim, in seconds, when a claim does not say. */
export const DEFAULT_TIME_LIMIT: PerBudget<number> = { quick: 120, standard: 600, full: 1800 };

/** Picks a claim's override for the budget, else the default. */
export function forBudget(budget: Budget, defaults: PerBudget<number>, override?: Partial<PerBudget<number>>): number {
  return override?.[budget] ?? defaults[budget];
}

import type { ClaimResult } from './schema.js';

/** "Would be decided at ...", for an inconclusive result whose claim names the budget that decides it; null otherwise. */
export function decidingBudgetText(c: Pick<ClaimResult, 'decidingBudget'>): string | null {
  const d = c.decidingBudget;
  if (!d) return null;
  const where = d.budget === 'beyond' ? 'beyond the full budget (more than a 2-core machine like CI\'s affords)' : `the ${d.budget} budget`;
  return `would be decided at ${where}: ${d.why}`;
}

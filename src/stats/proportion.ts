// Intervals for discrete outcomes: a share of successes (Clopper-Pearson, exact for binomial data)
// and the sign test for orderings over seeds. A t-interval on 0/1 data is zero-width whenever every
// draw agrees (5 of 5 gives [1, 1]), which claims a certainty five draws cannot give.
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import type { Interval } from './interval.js';

/** The two-sided Clopper-Pearson interval for `successes` of `n` binomial draws at the given level. */
export function clopperPearson(successes: number, n: number, level: number): Interval {
  if (!Number.isInteger(n) || n < 1) throw new Error(`a proportion needs n >= 1 draws, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new Error(`successes must be an integer in [0, ${n}], got ${successes}`);
  const tail = (1 - level) / 2;
  const lo = successes === 0 ? 0 : betaQuantile(tail, successes, n - successes + 1);
  const hi = successes === n ? 1 : betaQuantile(1 - tail, successes + 1, n - successes);
  return { estimate: successes / n, lo, hi, n, level };
}

/** Orderings of paired replicates: a over b by more than `resolution`, the reverse, and ties within it. */
export function signCounts(a: readonly number[], b: readonly number[], resolution: number): { wins: number; losses: number; ties: number } {
  if (a.length !== b.length) throw new Error(`paired samples need equal lengths, got ${a.length} and ${b.length}`);
  let [wins, losses, ties] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (!Number.isFinite(d)) throw new Error('paired samples must be finite numbers');
    if (d > resolution) wins++;
    else if (d < -resolution) losses++;
    else ties++;
  }
  return { wins, losses, ties };
}

/** The fewest untied replicates, all agreeing, for which a sign test at `level` can decide an ordering. */
export function signTestMinimum(level: number): number {
  // All n agreeing gives a Clopper-Pearson bound of (tail)^(1/n) on the other side; it must pass 1/2.
  const tail = (1 - level) / 2;
  return Math.ceil(Math.log(tail) / Math.log(0.5) + 1e-12);
}

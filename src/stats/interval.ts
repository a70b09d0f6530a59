import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A point estimate with its two-sided confidence interval. */
export interface Interval {
  estimate: number;
  lo: number;
  hi: number;
  n: number;
  level: number;
}

/** Student-t confidence interval for the mean of i.i.d. samples at the given level. */
export function meanInterval(samples: readonly number[], level: number): Interval {
  const n = samples.length;
  if (n < 2) throw new Error(`a confidence interval needs at least 2 samples, got ${n}`);
  if (!samples.every(Number.isFinite)) throw new Error('samples must be finite numbers');
  const mean = samples.reduce((s, x) => s + x, 0) / n;
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { estimate: mean, lo: mean - half, hi: mean + half, n, level };
}

/** Geometric mean with an interval from the t-interval of the logs, mapped back. */
export function geometricMeanInterval(samples: readonly number[], level: number): Interval {
  if (!samples.every((x) => x > 0)) throw new Error('geometric mean needs positive samples');
  const logs = meanInterval(samples.map(Math.log), level);
  return { estimate: Math.exp(logs.estimate), lo: Math.exp(logs.lo), hi: Math.exp(logs.hi), n: logs.n, level };
}

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

/** Ordinary least-squares slope of y on x with its t-interval (n - 2 degrees of freedom): the rate of a trend over a range. */
export function slopeInterval(x: readonly number[], y: readonly number[], level: number): Interval {
  const n = x.length;
  if (y.length !== n) throw new Error(`a trend needs as many y as x, got ${y.length} and ${n}`);
  if (n < 3) throw new Error(`a slope interval needs at least 3 points, got ${n}`);
  if (![...x, ...y].every(Number.isFinite)) throw new Error('trend points must be finite numbers');
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let [sxx, sxy] = [0, 0];
  for (let i = 0; i < n; i++) { sxx += (x[i]! - mx) ** 2; sxy += (x[i]! - mx) * (y[i]! - my); }
  if (sxx === 0) throw new Error('a trend needs at least two distinct x');
  const slope = sxy / sxx;
  const rss = y.reduce((s, v, i) => s + (v - my - slope * (x[i]! - mx)) ** 2, 0);
  const half = tQuantile(1 - (1 - level) / 2, n - 2) * Math.sqrt(rss / (n - 2) / sxx);
  return { estimate: slope, lo: slope - half, hi: slope + half, n, level };
}

/** The smallest shift of the mean a t-interval of n samples with this spread detects with power 0.8 at the given level. */
export function detectableShift(samples: readonly number[], level: number): number {
  const n = samples.length;
  if (n < 2) return Infinity;
  const mean = samples.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return (tQuantile(1 - (1 - level) / 2, n - 1) + tQuantile(0.8, n - 1)) * sd / Math.sqrt(n);
}

/**
 * The smallest sample size at which a two-sided t-interval whose half-width is `half` at n samples
 * (same spread) narrows to at most `target`: both 1/sqrt(n) and the t quantile shrink as samples are
 * added, so the plain n·(half/target)² overstates the need from a handful of seeds.
 */
export function samplesForHalfWidth(half: number, n: number, level: number, target: number): number {
  if (n < 2 || !(half > 0) || !(target > 0)) throw new Error(`samplesForHalfWidth: needs n >= 2 and positive widths, got n=${n}, half=${half}, target=${target}`);
  const q = 1 - (1 - level) / 2;
  const sd = half * Math.sqrt(n) / tQuantile(q, n - 1);
  const halfAt = (m: number): number => tQuantile(q, m - 1) * sd / Math.sqrt(m);
  if (halfAt(n) <= target) return n;
  let [lo, hi] = [n, 2 * n];
  while (halfAt(hi) > target) [lo, hi] = [hi, hi * 2];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (halfAt(mid) > target) lo = mid; else hi = mid;
  }
  return hi;
}

// Adaptive sampling with error control that survives optional stopping: a group-sequential plan
// fixed before the first draw. The looks (sample sizes at which the interval is examined) and the
// error spent at each are decided from the planned n alone; the union bound over the looks keeps the
// chance that any look's interval misses the true mean at most alpha, however the stopping goes.
// Half of alpha is kept for the last look so that a claim that runs to the end loses little width
// against a fixed-n interval; the other half is shared by the early looks, which only stop a claim
// whose interval is already decisively inside or outside the band.
import { geometricMeanInterval, meanInterval, type Interval } from './interval.js';

/** The smallest sample an early look examines: t-intervals on fewer are too wide to decide. */
export const FIRST_LOOK = 8;

/** A pre-planned sequence of looks: sample sizes and the error spent at each. */
export interface SequentialPlan {
  looks: number[];
  alphas: number[];
}

/** The looks for a planned n (n, n/2, n/4, ... down to FIRST_LOOK) and their shares of alpha. */
export function planLooks(n: number, alpha: number): SequentialPlan {
  if (!Number.isInteger(n) || n < 2) throw new Error(`a sequential plan needs n >= 2 samples, got ${n}`);
  const looks = [n];
  while (Math.ceil(looks[0]! / 2) >= FIRST_LOOK) looks.unshift(Math.ceil(looks[0]! / 2));
  if (looks.length === 1) return { looks, alphas: [alpha] };
  const early = alpha / 2 / (looks.length - 1);
  return { looks, alphas: looks.map((_, k) => (k === looks.length - 1 ? alpha / 2 : early)) };
}

export type Statistic = 'mean' | 'geometricMean';

/** Where an interval falls against a band. */
export type Placement = 'inside' | 'outside' | 'straddle';

/** How an interval lies against the band [lo, hi]. */
export function place(ci: Pick<Interval, 'lo' | 'hi'>, [lo, hi]: readonly [number, number]): Placement {
  if (ci.lo >= lo && ci.hi <= hi) return 'inside';
  if (ci.hi < lo || ci.lo > hi) return 'outside';
  return 'straddle';
}

/** What a sequential run ended with: the deciding interval, its placement, samples used of planned. */
export interface SequentialResult {
  interval: Interval;
  placement: Placement;
  used: number;
  planned: number;
}

/**
 * Draws samples one by one (draw(i) for i = 0, 1, ...) and stops at the first planned look whose
 * interval, at that look's level, lies wholly inside or wholly outside the band; at the last look
 * the interval decides whatever it shows.
 */
export function sequentialInterval(opts: { draw: (i: number) => number; n: number; alpha: number; statistic: Statistic; band: readonly [number, number] }): SequentialResult {
  const plan = planLooks(opts.n, opts.alpha);
  const estimate = opts.statistic === 'mean' ? meanInterval : geometricMeanInterval;
  const samples: number[] = [];
  for (let k = 0; ; k++) {
    while (samples.length < plan.looks[k]!) samples.push(opts.draw(samples.length));
    const interval = estimate(samples, 1 - plan.alphas[k]!);
    const placement = place(interval, opts.band);
    if (placement !== 'straddle' || k === plan.looks.length - 1) return { interval, placement, used: samples.length, planned: opts.n };
  }
}

// Comparisons of event times that a finite run may not have reached (right-censored): a step that is
// null happened, if ever, somewhere after the run's last step, so a comparison is settled only when
// it comes out the same wherever the censored steps lie.

/** One term of a linear combination of event steps: coefficient, and the step (null: not reached). */
export type StepTerm = readonly [coefficient: number, step: number | null];

/** The range of constant + sum of coefficient * step when each null step lies anywhere after `horizon`. */
export function censoredRange(terms: readonly StepTerm[], horizon: number, constant = 0): [number, number] {
  let [lo, hi] = [constant, constant];
  for (const [c, s] of terms) {
    if (c === 0) continue; // 0 * Infinity would be NaN
    const [a, b] = s === null ? [horizon + 1, Infinity] : [s, s];
    lo += c >= 0 ? c * a : c * b;
    hi += c >= 0 ? c * b : c * a;
  }
  return [lo, hi];
}

/** Whether the combination is positive (or, unless strict, zero) wherever the censored steps lie; null when that depends on them. */
export function settledSign(terms: readonly StepTerm[], horizon: number, o: { constant?: number; strict?: boolean } = {}): boolean | null {
  const [lo, hi] = censoredRange(terms, horizon, o.constant ?? 0);
  const ok = (x: number) => (o.strict ? x > 0 : x >= 0);
  if (ok(lo)) return true;
  if (!ok(hi)) return false;
  return null;
}

// Whether a recorded training curve had stopped improving when its run ended. An experiment that
// compares runs still improving compares where each happened to be cut off, not what each reaches.

/**
 * A convergence rule declared with the claim, before the run:
 * - `plateau`: over the last `window` recorded points the curve improved on its best earlier value
 *   by at most `tolerance` (absolute, in the curve's units);
 * - `target`: the curve reached `value` (a training loss at or below it, or an accuracy at or above it).
 * `goal` says which direction is improvement: `min` for a loss, `max` for an accuracy.
 */
export type ConvergenceRule =
  | { kind: 'plateau'; window: number; tolerance: number; goal: 'min' | 'max' }
  | { kind: 'target'; value: number; goal: 'min' | 'max' };

export interface ConvergenceCheck {
  converged: boolean;
  /** Why, in words for the report. */
  why: string;
}

/** Applies `rule` to one recorded curve (its points in recording order). */
export function converged(curve: readonly number[], rule: ConvergenceRule): ConvergenceCheck {
  if (!curve.every(Number.isFinite)) return { converged: false, why: 'the curve has non-finite points (diverged)' };
  const sign = rule.goal === 'min' ? 1 : -1;
  if (rule.kind === 'target') {
    const last = curve[curve.length - 1];
    if (last === undefined) return { converged: false, why: 'no curve recorded' };
    const ok = sign * (last - rule.value) <= 0;
    return { converged: ok, why: `last point ${last.toPrecision(4)} ${ok ? 'reached' : 'did not reach'} the target ${rule.value}` };
  }
  if (!Number.isInteger(rule.window) || rule.window < 1) throw new Error(`a plateau window must be a positive integer, got ${rule.window}`);
  if (curve.length <= rule.window) return { converged: false, why: `${curve.length} recorded point(s), fewer than the window ${rule.window} plus one` };
  const best = (xs: readonly number[]) => (rule.goal === 'min' ? Math.min(...xs) : Math.max(...xs));
  const before = best(curve.slice(0, curve.length - rule.window));
  const recent = best(curve.slice(curve.length - rule.window));
  const gain = sign * (before - recent);
  const ok = gain <= rule.tolerance;
  return { converged: ok, why: `improved by ${+gain.toPrecision(3)} over the last ${rule.window} point(s) (plateau tolerance ${rule.tolerance})${ok ? '' : ': still improving'}` };
}

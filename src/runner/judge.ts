// The judge compares measurements with the claim's tolerance band and records each
// comparison. It classifies; the verdict is decided later, in decide.ts.
import type { Judge, Observation, Outcome, Where } from '../claim/types.js';
import type { Tolerance } from '../claim/tolerance.js';
import { geometricMeanInterval, meanInterval } from '../stats/interval.js';
import { place, sequentialInterval } from '../stats/sequential.js';

/** Family-wise error rate for a claim's statistical comparisons. */
export const FAMILY_ALPHA = 0.05;

export interface JudgeState {
  observations: Observation[];
  /** Where the current property case is; merged into every observation. */
  currentCase: Where;
  phase: Observation['phase'];
  /** How many interval judgements share the family-wise error rate. */
  comparisons: number;
  intervalJudgements: number;
}

function classifyPoint(x: number, [lo, hi]: [number, number]): Outcome {
  return x >= lo && x <= hi ? 'inside' : 'outside';
}

function finite(label: string, x: number): number {
  if (!Number.isFinite(x)) throw new Error(`${label}: measured value is ${x}`);
  return x;
}

/** Creates a judge bound to a tolerance that appends observations to `state`. */
export function createJudge(tolerance: Tolerance, state: JudgeState): Judge {
  const push = (o: Omit<Observation, 'phase' | 'where'> & { where?: Where }): boolean => {
    state.observations.push({ ...o, where: { ...state.currentCase, ...o.where }, phase: state.phase });
    return o.outcome !== 'outside';
  };
  // Each interval judgement gets an equal share of the claim's family-wise error rate.
  const alpha = () => {
    state.intervalJudgements++;
    return FAMILY_ALPHA / Math.max(1, state.comparisons);
  };
  const interval = (method: 'mean' | 'geometricMean', j: { label: string; samples: readonly number[]; asserted: number; where?: Where; range?: readonly [number, number] }) => {
    const level = 1 - alpha();
    const raw = method === 'mean' ? meanInterval(j.samples, level) : geometricMeanInterval(j.samples, level);
    const ci = j.range ? { ...raw, lo: Math.max(raw.lo, j.range[0]), hi: Math.min(raw.hi, j.range[1]) } : raw;
    const band = tolerance.band(j.asserted);
    return push({
      label: j.label, where: j.where, method, measured: ci.estimate, asserted: j.asserted, band,
      ci: [ci.lo, ci.hi], n: ci.n, outcome: place(ci, band),
    });
  };
  return {
    value(j) {
      const band = tolerance.band(j.asserted);
      const measured = finite(j.label, j.measured);
      return push({ label: j.label, where: j.where, method: 'value', measured, asserted: j.asserted, band, ci: null, n: null, outcome: classifyPoint(measured, band) });
    },
    mean: (j) => interval('mean', j),
    geometricMean: (j) => interval('geometricMean', j),
    sequential(j) {
      const band = tolerance.band(j.asserted);
      const r = sequentialInterval({ draw: j.draw, n: j.n, alpha: alpha(), statistic: j.statistic, band });
      return push({
        label: j.label, where: j.where, method: j.statistic, measured: r.interval.estimate, asserted: j.asserted, band,
        ci: [r.interval.lo, r.interval.hi], n: r.used, planned: r.planned, outcome: r.placement,
      });
    },
    holds(j) {
      return push({
        label: j.label, where: j.where, method: 'holds', measured: null, asserted: null, band: null, ci: null, n: null,
        ...(j.values ? { values: j.values } : {}), outcome: j.holds === null ? 'straddle' : j.holds ? 'inside' : 'outside',
      });
    },
  };
}

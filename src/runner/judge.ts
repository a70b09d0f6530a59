// The judge compares measurements with the claim's tolerance band and records each
// comparison. It classifies; the verdict is decided later, in decide.ts.
import type { GatedJudgement, Judge, Observation, Outcome, Training, Where } from '../claim/types.js';
import type { Tolerance } from '../claim/tolerance.js';
import { detectableShift, geometricMeanInterval, meanInterval, slopeInterval, type Interval } from '../stats/interval.js';
import { place, sequentialInterval } from '../stats/sequential.js';
import { clopperPearson, signCounts } from '../stats/proportion.js';
import { converged } from '../stats/convergence.js';

/** Family-wise error rate for a claim's statistical comparisons. */
export const FAMILY_ALPHA = 0.05;

/** Replicates a refutation needs at the least. */
export const MIN_REPLICATES = 3;

/** A deviation this many float32 epsilons of the magnitude, or less, may be rounding: it refutes only if a float64 route reproduces it. */
export const FLOAT_NOISE_EPS = 1e3;
const FLOAT32_EPS = 2 ** -23;

export interface JudgeState {
  observations: Observation[];
  /** Where the current property case is; merged into every observation. */
  currentCase: Where;
  /** The current property case's index (undefined for a single check). */
  draw?: number;
  phase: Observation['phase'];
  /** How many interval judgements share the family-wise error rate. */
  comparisons: number;
  intervalJudgements: number;
  /** Cases and comparisons left out: the claim's premise failed, or the comparison was undefined there. */
  dropped: { premise: number; undefined: number };
}

function classifyPoint(x: number, [lo, hi]: [number, number]): Outcome {
  return x >= lo && x <= hi ? 'inside' : 'outside';
}

function finite(label: string, x: number): number {
  if (!Number.isFinite(x)) throw new Error(`${label}: measured value is ${x}`);
  return x;
}

/** Whether a point's distance from its band is within float32 rounding of the numbers involved. */
export function floatLevel(x: number, [lo, hi]: [number, number]): boolean {
  const edge = x < lo ? lo : hi;
  const magnitude = Math.max(Math.abs(x), Number.isFinite(edge) ? Math.abs(edge) : 0, Number.MIN_VALUE);
  return Math.abs(x - edge) <= FLOAT_NOISE_EPS * FLOAT32_EPS * magnitude;
}

/** The distance from an estimate to the band (0 inside). */
const beyond = (x: number, [lo, hi]: [number, number]): number => Math.max(lo - x, x - hi, 0);

function trainingGate(training: Training): { converged: boolean | null; failed: string[] } {
  if ('untrained' in training) {
    if (!training.untrained.trim()) throw new Error('training.untrained must say why nothing was trained');
    return { converged: null, failed: [] };
  }
  if (training.curves.length === 0) throw new Error('training.curves is empty: record each judged run\'s curve');
  const failed = training.curves
    .map((c, i) => [i, converged(c, training.rule)] as const)
    .filter(([, r]) => !r.converged)
    .map(([i, r]) => `run ${i + 1} not converged: ${r.why}`);
  return { converged: failed.length === 0, failed };
}

/** Creates a judge bound to a tolerance that appends observations to `state`. */
export function createJudge(tolerance: Tolerance, state: JudgeState, premise?: (where: Where) => boolean): Judge {
  const push = (o: Omit<Observation, 'phase' | 'where'> & { where?: Where }): boolean => {
    const where = { ...state.currentCase, ...o.where };
    if (premise && !premise(where)) { state.dropped.premise++; return true; }
    state.observations.push({ ...o, where, phase: state.phase, ...(state.draw !== undefined ? { draw: state.draw } : {}) });
    return o.outcome !== 'outside';
  };
  const assertedOf = (label: string, asserted: number | undefined): number => {
    const a = asserted ?? tolerance.threshold;
    if (a === undefined) throw new Error(`${label}: no asserted value, and the tolerance ${tolerance.label} fixes no threshold`);
    return a;
  };
  // Each interval judgement gets an equal share of the claim's family-wise error rate.
  const alpha = () => {
    state.intervalJudgements++;
    return FAMILY_ALPHA / Math.max(1, state.comparisons);
  };
  const interval = (method: 'mean' | 'geometricMean', j: { label: string; samples: readonly number[]; asserted?: number; where?: Where; range?: readonly [number, number] }) => {
    const level = 1 - alpha();
    const raw = method === 'mean' ? meanInterval(j.samples, level) : geometricMeanInterval(j.samples, level);
    const ci = j.range ? { ...raw, lo: Math.max(raw.lo, j.range[0]), hi: Math.min(raw.hi, j.range[1]) } : raw;
    const asserted = assertedOf(j.label, j.asserted);
    const band = tolerance.band(asserted);
    return push({
      label: j.label, where: j.where, method, measured: ci.estimate, asserted, band,
      ci: [ci.lo, ci.hi], n: ci.n, level, outcome: place(ci, band),
    });
  };

  // The gates of a refutation, shared by the gated methods: replicates, resolution, convergence,
  // a positive control for a null result, and no zero-width interval from discrete data.
  const gated = (method: Observation['method'], j: GatedJudgement, ci: Interval, detectable: number, rerun: (c: NonNullable<GatedJudgement['control']>) => Interval | null) => {
    if (!(j.resolution >= 0)) throw new Error(`${j.label}: resolution must be >= 0, got ${j.resolution}`);
    const asserted = assertedOf(j.label, j.asserted);
    const band = tolerance.band(asserted);
    const raw = place(ci, band);
    const train = trainingGate(j.training);
    const failed: string[] = [];
    let control: boolean | null = null;
    if (method !== 'trend' && raw !== 'straddle' && ci.lo === ci.hi) failed.push('zero-width interval: discrete data need judge.proportion or judge.ordering');
    if (raw === 'outside') {
      if (ci.n < MIN_REPLICATES) failed.push(`${ci.n} replicate(s): a refutation needs at least ${MIN_REPLICATES}`);
      if (beyond(ci.estimate, band) <= j.resolution) failed.push(`a tie: the estimate is within the resolution ${j.resolution} of the band`);
      failed.push(...train.failed);
    }
    const nul = j.noEffect;
    if (raw !== 'straddle' && nul !== undefined && ci.lo <= nul && nul <= ci.hi) {
      // A null result: it counts only if the same design sees a planted effect near the band's edge.
      const edges = band.filter(Number.isFinite).filter((e) => e !== nul);
      const edge = edges.length ? Math.min(...edges.map((e) => Math.abs(e - nul))) : 0;
      const reach = 2 * Math.max(edge, j.resolution);
      const c = j.control;
      const detected = c ? rerun(c) : null;
      control = !!detected && !(detected.lo <= nul && nul <= detected.hi);
      if (!c) failed.push('a null result without a positive control');
      else if (Math.abs(c.planted - nul) > reach) failed.push(`the positive control's planted effect ${c.planted} lies far beyond the band's edge (at most ${+reach.toPrecision(3)} from no effect)`);
      else if (!control) failed.push(`the positive control did not detect its planted effect ${c.planted}`);
    }
    return push({
      label: j.label, where: j.where, method, measured: ci.estimate, asserted, band, ci: [ci.lo, ci.hi], n: ci.n,
      ...(method === 'replicated' || method === 'paired' ? { level: ci.level } : {}),
      outcome: failed.length ? 'straddle' : raw,
      gate: { replicates: ci.n, resolution: j.resolution, converged: train.converged, control, detectable: Math.max(detectable, j.resolution), failed },
    });
  };
  const pairedDiffs = (a: readonly number[] | undefined, b: readonly number[] | undefined, statistic: 'difference' | 'logRatio'): number[] => {
    if (!a || !b || a.length !== b.length) throw new Error(`paired samples need a and b of equal length, got ${a?.length} and ${b?.length}`);
    if (statistic === 'logRatio' && ![...a, ...b].every((x) => x > 0)) throw new Error('a log ratio needs positive samples');
    return a.map((x, i) => (statistic === 'difference' ? x - b[i]! : Math.log(x / b[i]!)));
  };

  return {
    value(j) {
      if (j.measured === null) { state.dropped.undefined++; return true; }
      const asserted = assertedOf(j.label, j.asserted);
      const band = tolerance.band(asserted);
      const measured = finite(j.label, j.measured);
      const outcome = classifyPoint(measured, band);
      const float = outcome === 'outside' && floatLevel(measured, band) ? { float: { float64: j.float64Check ? finite(`${j.label} (float64 route)`, j.float64Check()) : null } } : {};
      return push({ label: j.label, where: j.where, method: 'value', measured, asserted, band, ci: null, n: null, outcome, ...float });
    },
    mean: (j) => interval('mean', j),
    geometricMean: (j) => interval('geometricMean', j),
    sequential(j) {
      const asserted = assertedOf(j.label, j.asserted);
      const band = tolerance.band(asserted);
      const r = sequentialInterval({ draw: j.draw, n: j.n, alpha: alpha(), statistic: j.statistic, band });
      return push({
        label: j.label, where: j.where, method: j.statistic, measured: r.interval.estimate, asserted, band,
        ci: [r.interval.lo, r.interval.hi], n: r.used, planned: r.planned, outcome: r.placement,
      });
    },
    holds(j) {
      return push({
        label: j.label, where: j.where, method: 'holds', measured: null, asserted: null, band: null, ci: null, n: null,
        ...(j.values ? { values: j.values } : {}), outcome: j.holds === null ? 'straddle' : j.holds ? 'inside' : 'outside',
      });
    },
    replicated(j) {
      const level = 1 - alpha();
      const cut = (ci: Interval): Interval => (j.range ? { ...ci, lo: Math.max(ci.lo, j.range[0]), hi: Math.min(ci.hi, j.range[1]) } : ci);
      return gated('replicated', j, cut(meanInterval(j.samples, level)), detectableShift(j.samples, level),
        (c) => (c.samples ? cut(meanInterval(c.samples, level)) : null));
    },
    paired(j) {
      const level = 1 - alpha();
      const statistic = j.statistic ?? 'difference';
      const d = pairedDiffs(j.a, j.b, statistic);
      return gated('paired', { noEffect: 0, ...j }, meanInterval(d, level), detectableShift(d, level),
        (c) => (c.a && c.b ? meanInterval(pairedDiffs(c.a, c.b, statistic), level) : null));
    },
    trend(j) {
      const level = 1 - alpha();
      const ci = slopeInterval(j.x, j.y, level);
      return gated('trend', j, ci, (ci.hi - ci.lo) / 2, () => null);
    },
    proportion(j) {
      const level = 1 - alpha();
      const ci = clopperPearson(j.successes, j.n, level);
      const asserted = assertedOf(j.label, j.asserted);
      const band = tolerance.band(asserted);
      return push({
        label: j.label, where: j.where, method: 'proportion', measured: ci.estimate, asserted, band, ci: [ci.lo, ci.hi], n: j.n,
        outcome: place(ci, band),
        gate: { replicates: j.n, resolution: 1 / j.n, converged: null, control: null, detectable: (ci.hi - ci.lo) / 2, failed: [] },
      });
    },
    ordering(j) {
      const level = 1 - alpha();
      if (!(j.resolution >= 0)) throw new Error(`${j.label}: resolution must be >= 0, got ${j.resolution}`);
      const { wins, losses, ties } = signCounts(j.a, j.b, j.resolution);
      const untied = wins + losses;
      const train = trainingGate(j.training);
      const failed: string[] = [];
      let outcome: Outcome = 'straddle';
      let ci: [number, number] = [0, 1];
      if (untied === 0) failed.push(`all ${ties} replicate(s) tie within the resolution ${j.resolution}`);
      else {
        const cp = clopperPearson(wins, untied, level);
        ci = [cp.lo, cp.hi];
        outcome = cp.lo > 0.5 ? 'inside' : cp.hi < 0.5 ? 'outside' : 'straddle';
        if (outcome === 'outside') failed.push(...train.failed);
      }
      const tail = (1 - level) / 2;
      return push({
        label: j.label, where: j.where, method: 'ordering', measured: untied ? wins / untied : null, asserted: null, band: [0.5, 1], ci, n: untied,
        values: { wins, losses, ties }, outcome: failed.length ? 'straddle' : outcome,
        gate: { replicates: untied, resolution: j.resolution, converged: train.converged, control: null, detectable: untied ? tail ** (1 / untied) : 1, failed },
      });
    },
  };
}

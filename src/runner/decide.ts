// The one place a verdict is computed: from a claim's declaration and its raw outcome.
import { DEFAULT_SCOPE, GATED_KINDS, GATED_METHODS, type Claim, type CorrectionValue, type Observation, type Outcome, type Scope, type Where } from '../claim/types.js';
import type { JudgementRecord, Verdict } from '../results/schema.js';
import type { RawOutcome } from './outcome.js';
import { FAMILY_ALPHA } from './judge.js';
import { clopperPearson } from '../stats/proportion.js';
import { samplesForHalfWidth } from '../stats/interval.js';
import { createSlots } from '../claim/slots.js';
import type { SlotValues } from '../claim/quote-template.js';

export interface Decision {
  verdict: Verdict;
  summary: string;
  qualifiedBy: string | null;
  correction: CorrectionValue | null;
  counterexample: Where | null;
  worst: Observation | null;
  /** How scope and gates shaped the verdict (null for not-checkable claims and faults). */
  judgement: JudgementRecord | null;
}

/** The share a typical claim promises when it names none: more often than not. */
export const DEFAULT_SHARE = 0.5;

type HeldBack = JudgementRecord['heldBack'];
// Counts and the text's arithmetic are computed in plain JavaScript doubles, never in float32
// tensors, so a gap there is not float32 rounding (an off-by-one of a 10^4 count is within 10^3 eps).
const PLAIN_DOUBLE_KINDS: readonly Claim['kind'][] = ['arithmetic', 'architecture'];
const isGated = (o: Observation): boolean => (GATED_METHODS as readonly string[]).includes(o.method);

/**
 * Why an outside judgement may not refute, or null when it may: an ungated method in an experiment
 * or statistical claim; a float-level deviation no float64 route reproduced; an asymptotic claim
 * judged on a case rather than a trend.
 */
export function heldBackBy(claim: Claim, scope: Scope, o: Observation): keyof HeldBack | null {
  if (o.outcome !== 'outside') return null;
  if (GATED_KINDS.includes(claim.kind) && !isGated(o)) return 'ungated';
  if (o.float && !PLAIN_DOUBLE_KINDS.includes(claim.kind) && !(o.float.float64 !== null && o.band && (o.float.float64 < o.band[0] || o.float.float64 > o.band[1]))) return 'floatLevel';
  if (scope === 'asymptotic' && o.method !== 'trend') return 'asymptotic';
  return null;
}

const HELD_BACK_TEXT: Record<keyof HeldBack, string> = {
  ungated: 'from an ungated judgement (an experiment or statistical claim refutes only through judge.replicated, paired, ordering, proportion or trend)',
  floatLevel: 'within float32 noise of the band and not reproduced by a float64 route',
  asymptotic: 'on a single case of an asymptotic claim (only its trend over the declared range can refute it)',
  gates: 'held back by the gates of a refutation',
};

const fmt = (x: number | null): string => (x === null ? '—' : Number.isInteger(x) ? String(x) : x.toPrecision(4));
const whereText = (w: Where): string => Object.entries(w).map(([k, v]) => `${k}=${v}`).join(', ');

/** How far a judgement fell outside its band (0 when inside or not numeric). */
export function distanceOutside(o: Observation): number {
  if (!o.band || o.measured === null) return 0;
  const [lo, hi] = o.band;
  const [a, b] = o.ci ?? [o.measured, o.measured];
  return Math.max(lo - b, a - hi, 0);
}

/** The observation farthest outside its band, else the one farthest from the asserted value. */
export function worstObservation(observations: readonly Observation[]): Observation | null {
  // Rank outside judgements first (by distance from the band), then by distance from the asserted value.
  const rank = (o: Observation): [number, number] => [
    o.outcome === 'outside' ? 1 : 0,
    o.outcome === 'outside' ? distanceOutside(o) : o.measured !== null && o.asserted !== null ? Math.abs(o.measured - o.asserted) : 0,
  ];
  let worst: Observation | null = null;
  let best: [number, number] = [-1, -1];
  for (const o of observations) {
    const r = rank(o);
    if (r[0] > best[0] || (r[0] === best[0] && r[1] > best[1])) { best = r; worst = o; }
  }
  return worst;
}

function describe(o: Observation): string {
  const at = Object.keys(o.where).length ? ` at ${whereText(o.where)}` : '';
  if (o.method === 'holds') return `${o.label}${at}: ${o.outcome === 'outside' ? 'does not hold' : o.outcome === 'straddle' ? 'undetermined by the run' : 'holds'}`;
  const ci = o.ci ? ` (CI [${fmt(o.ci[0])}, ${fmt(o.ci[1])}], n=${o.n})` : '';
  const band = o.band ? ` vs band [${fmt(Number.isFinite(o.band[0]) ? o.band[0] : null)}, ${fmt(Number.isFinite(o.band[1]) ? o.band[1] : null)}]` : '';
  const gates = o.gate?.failed.length ? ` — held back: ${o.gate.failed.join('; ')}` : '';
  return `${o.label}${at}: ${fmt(o.measured)}${ci}${band}${gates}`;
}

/**
 * For an interval that straddles a band edge: about how many samples would put the whole interval on
 * one side of that edge if the estimate and spread held. A t-interval (its level recorded) shrinks by
 * 1/sqrt(n) and by its falling t quantile; any other interval by 1/sqrt(n) alone, which errs high. Null
 * when the estimate sits on the edge or nothing is sampled.
 */
export function samplesToDecide(o: Observation): number | null {
  if (o.outcome !== 'straddle' || !o.ci || !o.band || o.measured === null || o.n === null || o.n < 2) return null;
  if (o.method === 'holds' || o.method === 'trend' || o.method === 'ordering' || o.method === 'value') return null;
  const log = o.method === 'geometricMean' && o.ci[0] > 0 && o.measured > 0;
  const t = (x: number): number => (log ? Math.log(x) : x);
  const [lo, hi] = [t(o.ci[0]), t(o.ci[1])];
  const m = t(o.measured);
  const straddled = o.band.filter((e) => Number.isFinite(e) && (!log || e > 0) && t(e) > lo && t(e) < hi).map(t);
  if (straddled.length === 0) return null;
  const d = Math.min(...straddled.map((e) => Math.abs(m - e)));
  const h = Math.max(m - lo, hi - m);
  if (!(d > 0)) return null;
  if (o.level !== undefined) return samplesForHalfWidth(h, o.n, o.level, d);
  // The tolerance keeps float noise in an exact ratio (2.0000000001) from adding a sample.
  return Math.ceil(o.n * (h / d) ** 2 - 1e-9);
}

// The cases of a run: a property's draws, or a single check's distinct conditions.
function casesOf(obs: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    const key = o.draw !== undefined ? `#${o.draw}` : JSON.stringify(o.where);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()];
}
const caseOutcome = (c: readonly Observation[]): Outcome =>
  c.some((o) => o.outcome === 'outside') ? 'outside' : c.every((o) => o.outcome === 'inside') ? 'inside' : 'straddle';

/** The qualifier under which every judgement holds, for a single-check claim. */
function observedQualifier(claim: Claim, obs: readonly Observation[]): string | null {
  if (claim.kind === 'not-checkable') return null;
  for (const q of claim.qualifiers ?? []) {
    const inScope = obs.filter((o) => q.holds(o.where));
    // Every judgement inside the condition's domain held, so every failure lies outside it.
    if (inScope.length > 0 && inScope.every((o) => o.outcome === 'inside')) return q.condition;
  }
  return null;
}

/** Decides the verdict of a claim from its outcome (null for a not-checkable claim). */
export function decide(claim: Claim, outcome: RawOutcome | null, slots: SlotValues = {}): Decision {
  const none = { qualifiedBy: null, correction: null, counterexample: null, worst: null, judgement: null };
  // A quote that no longer anchors is the suite's fault whatever the claim's kind: a not-checkable
  // claim whose sentence was rewritten must be re-read too, not silently lose its place.
  if (outcome?.fault?.kind === 'stale') return { ...none, verdict: 'stale', summary: `stale: ${outcome.fault.message}` };
  if (claim.kind === 'not-checkable' || !outcome) {
    return { ...none, verdict: 'not-checkable', summary: claim.kind === 'not-checkable' ? claim.reason : 'not run' };
  }
  if (outcome.fault) return { ...none, verdict: 'error', summary: `${outcome.fault.kind}: ${outcome.fault.message}` };
  const scope = claim.scope ?? DEFAULT_SCOPE;
  const heldBack: HeldBack = { ungated: 0, floatLevel: 0, asymptotic: 0, gates: 0 };
  // Outside results a rule holds back count as undecided: they cannot refute, and they do not support.
  const effectiveOf = (o: Observation): Observation => {
    const rule = heldBackBy(claim, scope, o);
    if (rule === null) return o;
    if (o.phase !== 'qualify') heldBack[rule]++;
    return { ...o, outcome: 'straddle' };
  };
  const effectiveAt = outcome.observations.map(effectiveOf);
  const original = new Map(effectiveAt.map((e, i) => [e, outcome.observations[i]!]));
  // An asymptotic claim is judged on its trends alone: a single case neither refutes nor supports it.
  const judged = effectiveAt.filter((o) => scope !== 'asymptotic' || o.method === 'trend');
  heldBack.gates = judged.filter((o) => o.phase !== 'qualify' && o.gate?.failed.length).length;
  const obs = judged;
  const main = obs.filter((o) => o.phase !== 'qualify');
  const worstSeen = worstObservation(main);
  const worst = worstSeen ? original.get(worstSeen)! : null;
  const outside = main.filter((o) => o.outcome === 'outside');
  const straddle = main.filter((o) => o.outcome === 'straddle');
  const prop = outcome.property;
  const judgement: JudgementRecord = {
    scope, scopeDeclared: claim.scope !== undefined, dropped: outcome.dropped ?? { premise: 0, undefined: 0 }, heldBack, cases: null,
  };
  const held = (Object.keys(heldBack) as (keyof HeldBack)[]).filter((k) => heldBack[k] > 0 && k !== 'gates').map((k) => `${heldBack[k]} outside result(s) ${HELD_BACK_TEXT[k]}`);
  const heldNote = held.length ? `; ${held.join('; ')}` : '';
  let verdict: Verdict;
  let qualifiedBy: string | null = null;
  let summary: string;
  if (scope === 'exists' || scope === 'typical') {
    const cases = casesOf(main);
    const held = cases.filter((c) => caseOutcome(c) === 'inside').length;
    const failed = cases.filter((c) => caseOutcome(c) === 'outside').length;
    const n = cases.length;
    if (scope === 'exists') {
      judgement.cases = { n, held, failed, share: null, ci: null };
      if (held > 0) {
        verdict = 'supported';
        summary = `a witness among ${n} case(s): ${describe(cases.find((c) => caseOutcome(c) === 'inside')![0]!)}`;
      } else if (failed === n && n > 0 && claim.exhaustive && !prop?.interrupted) {
        verdict = 'refuted';
        summary = `no witness in the exhaustive enumeration of ${n} case(s), e.g. ${describe(outside[0]!)}`;
      } else {
        verdict = 'inconclusive';
        summary = `no witness among ${n} case(s) (${failed} failed, ${n - held - failed} undecided); an exists claim is refuted only by an exhaustive or proved argument${heldNote}`;
      }
    } else {
      const share = claim.share ?? DEFAULT_SHARE;
      const level = 1 - FAMILY_ALPHA;
      if (n === 0) {
        verdict = 'inconclusive';
        summary = 'no case was judged';
      } else {
        // Undecided cases count against the claim for its support and for it against a refutation.
        const lower = clopperPearson(held, n, level).lo;
        const upper = clopperPearson(n - failed, n, level).hi;
        judgement.cases = { n, held, failed, share: held / n, ci: [lower, upper] };
        verdict = lower > share ? 'supported' : upper < share ? 'refuted' : 'inconclusive';
        summary = `held in ${held} of ${n} case(s) (${failed} failed); Clopper-Pearson ${level * 100}% interval on the share [${fmt(lower)}, ${fmt(upper)}] vs the promised share ${share}${heldNote}`;
      }
    }
  } else if (outside.length > 0) {
    qualifiedBy = prop ? propertyQualifier(claim, outcome, obs) : observedQualifier(claim, main);
    verdict = qualifiedBy ? 'qualified' : 'refuted';
    const shown = prop?.counterexample ? outside[outside.length - 1]! : worstSeen!;
    summary = `${prop ? `counterexample after ${prop.numRuns} case(s), shrunk ${prop.numShrinks} time(s): ` : ''}${describe(shown)}`;
    if (prop && worstSeen && worstSeen !== shown) summary += `; worst seen: ${describe(worstSeen)}`;
    if (qualifiedBy) summary += `; holds when ${qualifiedBy}`;
  } else if (prop?.interrupted) {
    verdict = 'inconclusive';
    summary = `time limit reached after ${prop.numRuns} case(s) with no counterexample: an interrupted run is never supported${heldNote}`;
  } else if (straddle.length > 0) {
    verdict = 'inconclusive';
    const first = straddle.find((o) => o.outcome !== original.get(o)!.outcome) ?? straddle[0]!;
    const needed = samplesToDecide(original.get(first)!);
    const projection = needed === null ? '' : `; at this estimate about ${needed} sample(s) instead of ${original.get(first)!.n} would decide it`;
    summary = `${straddle.length} of ${main.length} judgement(s) undecided (an interval straddles the band, a run left a fact unsettled, or a rule held an outside result back), e.g. ${describe(original.get(first)!)}${projection}${heldNote}`;
  } else if (main.length === 0) {
    verdict = 'inconclusive';
    summary = `every case was dropped (premise failed: ${judgement.dropped.premise}, comparison undefined: ${judgement.dropped.undefined})`;
  } else {
    verdict = 'supported';
    summary = prop
      ? `${prop.numRuns} generated case(s), all inside; farthest from the asserted value: ${describe(worstSeen!)}`
      : main.length === 1 ? describe(main[0]!) : `${main.length} judgements, all inside; e.g. ${describe(worstSeen!)}`;
  }
  if (verdict !== 'inconclusive' && (judgement.dropped.premise || judgement.dropped.undefined)) {
    summary += ` (dropped: ${judgement.dropped.premise} outside the premise, ${judgement.dropped.undefined} undefined)`;
  }
  const firstWhere = outside[0] && Object.keys(outside[0].where).length ? outside[0].where : null;
  const counterexample = verdict === 'refuted' || verdict === 'qualified' ? prop?.counterexample ?? firstWhere : null;
  let correction: CorrectionValue | null = null;
  if (verdict === 'refuted' || verdict === 'qualified') {
    try {
      correction = claim.correction({ observations: outcome.observations, records: outcome.records, slots: createSlots(slots), ...(qualifiedBy ? { qualifiedBy } : {}), ...(counterexample ? { counterexample } : {}) });
    } catch (e) {
      return { ...none, verdict: 'error', summary: `throw: the claim's correction failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { verdict, summary, qualifiedBy, correction, counterexample, worst, judgement };
}

/**
 * The qualifier of a refuted property: its own run passed outright (no judgement outside or
 * undecided), and the shrunk counterexample lies outside its condition; a qualifier whose domain
 * holds the counterexample cannot explain the failure.
 */
function propertyQualifier(claim: Claim, outcome: RawOutcome, obs: readonly Observation[]): string | null {
  if (claim.kind === 'not-checkable') return null;
  const cx = outcome.property?.counterexample ?? null;
  for (const run of outcome.qualifiers) {
    if (run.failed || run.interrupted || run.numRuns === 0) continue;
    const q = claim.qualifiers?.find((x) => x.condition === run.condition);
    if (!q || !cx || q.holds(cx)) continue;
    if (obs.some((o) => o.phase === 'qualify' && o.qualifier === run.condition && o.outcome !== 'inside')) continue;
    return q.condition;
  }
  return null;
}

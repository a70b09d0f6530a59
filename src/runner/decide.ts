// The one place a verdict is computed: from a claim's declaration and its raw outcome.
import type { Claim, Observation, Where } from '../claim/types.js';
import type { Verdict } from '../report/results-schema.js';
import type { RawOutcome } from './outcome.js';
import { createSlots } from '../claim/slots.js';
import type { SlotValues } from '../claim/quote-template.js';

export interface Decision {
  verdict: Verdict;
  summary: string;
  qualifiedBy: string | null;
  correction: string | null;
  counterexample: Where | null;
  worst: Observation | null;
}

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
  return `${o.label}${at}: ${fmt(o.measured)}${ci}${band}`;
}

/** The qualifier under which every judgement holds, for a single-check claim. */
function observedQualifier(claim: Claim, obs: readonly Observation[]): string | null {
  if (claim.kind === 'not-checkable') return null;
  for (const q of claim.qualifiers ?? []) {
    const inScope = obs.filter((o) => q.holds(o.where));
    const outside = obs.filter((o) => o.outcome === 'outside');
    if (inScope.length > 0 && inScope.every((o) => o.outcome === 'inside') && outside.every((o) => !q.holds(o.where))) return q.condition;
  }
  return null;
}

/** Decides the verdict of a claim from its outcome (null for a not-checkable claim). */
export function decide(claim: Claim, outcome: RawOutcome | null, slots: SlotValues = {}): Decision {
  const none = { qualifiedBy: null, correction: null, counterexample: null, worst: null };
  if (claim.kind === 'not-checkable' || !outcome) {
    return { ...none, verdict: 'not-checkable', summary: claim.kind === 'not-checkable' ? claim.reason : 'not run' };
  }
  if (outcome.fault) {
    const verdict = outcome.fault.kind === 'stale' ? 'stale' : 'error';
    return { ...none, verdict, summary: `${outcome.fault.kind}: ${outcome.fault.message}` };
  }
  const obs = outcome.observations;
  const main = obs.filter((o) => o.phase !== 'qualify');
  const worst = worstObservation(main);
  const outside = main.filter((o) => o.outcome === 'outside');
  const straddle = main.filter((o) => o.outcome === 'straddle');
  const prop = outcome.property;
  let verdict: Verdict;
  let qualifiedBy: string | null = null;
  let summary: string;
  if (outside.length > 0) {
    qualifiedBy = prop
      ? outcome.qualifiers.find((q) => !q.failed && !q.interrupted && q.numRuns > 0)?.condition ?? null
      : observedQualifier(claim, main);
    verdict = qualifiedBy ? 'qualified' : 'refuted';
    const shown = prop?.counterexample ? outside[outside.length - 1]! : worst!;
    summary = `${prop ? `counterexample after ${prop.numRuns} case(s), shrunk ${prop.numShrinks} time(s): ` : ''}${describe(shown)}`;
    if (prop && worst && worst !== shown) summary += `; worst seen: ${describe(worst)}`;
    if (qualifiedBy) summary += `; holds when ${qualifiedBy}`;
  } else if (prop?.interrupted) {
    verdict = 'inconclusive';
    summary = `time limit reached after ${prop.numRuns} case(s) with no counterexample: an interrupted run is never supported`;
  } else if (straddle.length > 0) {
    verdict = 'inconclusive';
    summary = `${straddle.length} of ${main.length} judgement(s) undecided (an interval straddles the band, or a run left a fact unsettled), e.g. ${describe(straddle[0]!)}`;
  } else {
    verdict = 'supported';
    summary = prop
      ? `${prop.numRuns} generated case(s), all inside; farthest from the asserted value: ${describe(worst!)}`
      : main.length === 1 ? describe(main[0]!) : `${main.length} judgements, all inside; e.g. ${describe(worst!)}`;
  }
  const firstWhere = outside[0] && Object.keys(outside[0].where).length ? outside[0].where : null;
  const counterexample = verdict === 'refuted' || verdict === 'qualified' ? prop?.counterexample ?? firstWhere : null;
  let correction: string | null = null;
  if (verdict === 'refuted' || verdict === 'qualified') {
    try {
      correction = claim.correction({ observations: obs, records: outcome.records, slots: createSlots(slots), ...(qualifiedBy ? { qualifiedBy } : {}), ...(counterexample ? { counterexample } : {}) });
    } catch (e) {
      return { ...none, verdict: 'error', summary: `throw: the claim's correction failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { verdict, summary, qualifiedBy, correction, counterexample, worst };
}

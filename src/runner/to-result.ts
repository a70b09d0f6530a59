// Turns a claim, its outcome and the decision into the published result record.
import type { Budget, Claim, Observation } from '../claim/types.js';
import type { ClaimResult, ObservationRecord } from '../results/schema.js';
import type { Decision } from './decide.js';
import type { RawOutcome } from './outcome.js';
import { toCorrection } from '../findings/correction.js';

/** Observations kept in results.json per claim; the rest are counted, not listed. */
const KEEP = 60;

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function serialise(o: Observation): ObservationRecord {
  return {
    ...o, band: o.band ? [finiteOrNull(o.band[0]), finiteOrNull(o.band[1])] : null,
    ...(o.gate ? { gate: { ...o.gate, detectable: finiteOrNull(o.gate.detectable) } } : {}),
  };
}

// Keeps the informative judgements: every one outside or straddling first, then the rest in order.
function keep(observations: readonly Observation[], worst: Observation | null): Observation[] {
  const notable = observations.filter((o) => o.outcome !== 'inside');
  const rest = observations.filter((o) => o.outcome === 'inside');
  const kept = [...notable.slice(-KEEP / 2), ...rest].slice(0, KEEP);
  if (worst && !kept.includes(worst)) kept.push(worst);
  return observations.filter((o) => kept.includes(o));
}

// Adaptive sampling's account: what the sequential judgements drew against their fixed-n plan.
function sampling(observations: readonly Observation[]): { used: number; planned: number } | null {
  const sequential = observations.filter((o) => o.planned !== undefined);
  if (sequential.length === 0) return null;
  return { used: sequential.reduce((s, o) => s + (o.n ?? 0), 0), planned: sequential.reduce((s, o) => s + o.planned!, 0) };
}

/** The command that reruns this claim (or just its counterexample) from data. */
export function replayCommand(claim: Claim, outcome: RawOutcome | null, seed: number, budget: Budget): string | null {
  if (claim.kind === 'not-checkable') return null;
  const p = outcome?.property;
  if (p?.failed && p.path !== null) return `npx claimcheck replay ${claim.id} --seed ${p.seed} --path ${p.path} --budget ${budget}`;
  return `npx claimcheck run --claim ${claim.id} --seed ${seed} --budget ${budget}`;
}

/** Assembles the record written to results.json for one claim. */
export function toResult(claim: Claim, decision: Decision, outcome: RawOutcome | null, ctx: { line: number | null; seed: number; runSeed: number; budget: Budget; backend: string }): ClaimResult {
  const observations = outcome?.observations ?? [];
  return {
    id: claim.id,
    chapter: claim.chapter,
    source: { file: claim.source.file, quote: claim.source.quote, line: ctx.line },
    statement: claim.statement,
    reading: claim.reading ?? null,
    ...(claim.kind !== 'not-checkable' && claim.scale ? { scale: claim.scale as NonNullable<ClaimResult['scale']> } : {}),
    kind: claim.kind,
    verdict: decision.verdict,
    summary: decision.summary,
    ...(decision.verdict === 'inconclusive' && claim.kind !== 'not-checkable' && claim.decidingBudget ? { decidingBudget: claim.decidingBudget } : {}),
    qualifiedBy: decision.qualifiedBy,
    correction: toCorrection(decision.correction),
    evidence: {
      tolerance: claim.kind === 'not-checkable' ? null : { label: claim.tolerance.label, why: claim.tolerance.why },
      observations: keep(observations, decision.worst).map(serialise),
      observationsTotal: observations.length,
      worst: decision.worst ? serialise(decision.worst) : null,
      records: outcome?.records ?? {},
      property: outcome?.property ?? null,
      qualifiers: outcome?.qualifiers ?? [],
      fault: outcome?.fault ?? null,
      sampling: sampling(observations),
      ...(decision.judgement ? { judgement: decision.judgement } : {}),
    },
    counterexample: decision.counterexample,
    replay: decision.verdict === 'stale' ? null : replayCommand(claim, outcome, ctx.runSeed, ctx.budget),
    seed: ctx.seed,
    backend: outcome?.backend ?? ctx.backend,
    durationMs: outcome?.durationMs ?? 0,
    ...(outcome?.kernels ? { kernels: outcome.kernels } : {}),
  };
}

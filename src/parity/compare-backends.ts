// The same claims on several backends, claim by claim: do the verdicts agree, and how far apart are
// the measurements? The first backend is the reference every other one is compared with.
import type { Kind } from '../claim/types.js';
import type { ClaimResult, ObservationRecord, Results } from '../results/schema.js';
import type { ParityClaim, ParityReport, ParityStatus, ParityWorst } from './parity-schema.js';

/**
 * Exact, arithmetic and architecture claims compute one deterministic function on both backends,
 * in float32 with different summation orders (the cpu backend accumulates a matmul in float64,
 * XNNPACK in float32 in blocks). Rounding error of a k-term sum is at most k·u of the sum of
 * magnitudes (u = 2^-24 = 6e-8) and typically √k·u; the claims' sums run to k ≈ 4,000 and their
 * chains to 50 layers, so honest rounding moves a well-conditioned result by up to ~2e-4 of its
 * size. 1e-3 leaves 5x room over that, and is 100x below what a wrong kernel does (errors of order 1).
 */
export const FLOAT_TOLERANCE = 1e-3;

/**
 * Denominators never go below this: a value under 1e-9 is a rounding residue in every claim here
 * (float32 rounds an O(1) quantity at 6e-8), and two residues are not "100% apart".
 */
export const NEAR_ZERO = 1e-9;

/** Kinds that must reproduce their measurements to float precision; the rest must agree within their intervals. */
export const STRICT_KINDS: readonly Kind[] = ['exact', 'arithmetic', 'architecture'];

const STRICT_RULE = `within ${FLOAT_TOLERANCE} relative`;
const INTERVAL_RULE = 'difference of the means below the narrower interval width';
const UNJUDGED = 'not judged: no interval to compare with';

/** A tolerance band's half-width about its asserted value: the scale at which a residue matters. */
function bandScale(o: ObservationRecord): number {
  if (!o.band || o.asserted === null) return 0;
  return Math.max(0, ...o.band.filter((b): b is number => b !== null && Number.isFinite(b)).map((b) => Math.abs(b - o.asserted!)));
}

/** |a − b| relative to the larger magnitude, or to `floor` when both are smaller; a value on one side only is infinitely far. */
export function relativeDifference(a: number | null, b: number | null, floor: number): number {
  if (a === b || (a !== null && b !== null && Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

// Not the case (`where`): claims put measured figures there too (a ratio to 4 digits), which differ with
// the backend; the same seed generates the same cases in the same order, so occurrence pairs them.
const key = (o: ObservationRecord): string => JSON.stringify([o.label, o.phase, o.qualifier ?? null]);

/** The same case: the same parameters, numbers equal to float tolerance (a recorded figure may differ by rounding). */
function sameCase(a: ObservationRecord['where'], b: ObservationRecord['where']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const [x, y] = [a[k], b[k]];
    return typeof x === 'number' && typeof y === 'number' ? relativeDifference(x, y, NEAR_ZERO) <= FLOAT_TOLERANCE : x === y;
  });
}

/** Observations by key; a key recorded k times gets the suffixes #1..#k, so repeats pair up in order. */
function keyed(observations: readonly ObservationRecord[]): Map<string, ObservationRecord> {
  const seen = new Map<string, number>();
  const out = new Map<string, ObservationRecord>();
  for (const o of observations) {
    const k = key(o);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(`${k}#${n}`, o);
  }
  return out;
}

interface Judged {
  worst: ParityWorst;
  /** relative / allowed: above 1 breaks the rule (Infinity when the outcome itself differs). */
  ratio: number;
}

/** One observation on the reference backend against the same observation on another. */
function judgeObservation(kind: Kind, a: ObservationRecord, b: ObservationRecord): Judged {
  const floor = Math.max(NEAR_ZERO, bandScale(a), bandScale(b));
  const relative = Math.max(
    relativeDifference(a.measured, b.measured, floor),
    relativeDifference(a.ci?.[0] ?? null, b.ci?.[0] ?? null, floor),
    relativeDifference(a.ci?.[1] ?? null, b.ci?.[1] ?? null, floor),
  );
  const base = { label: a.label, where: a.where, measured: [a.measured, b.measured], relative: Number.isFinite(relative) ? relative : null };
  if (STRICT_KINDS.includes(kind)) {
    const ratio = a.outcome !== b.outcome ? Infinity : relative / FLOAT_TOLERANCE;
    return { worst: { ...base, allowed: FLOAT_TOLERANCE, rule: a.outcome !== b.outcome ? `${STRICT_RULE}, same outcome (${a.outcome} vs ${b.outcome})` : STRICT_RULE }, ratio };
  }
  if (!a.ci || !b.ci || a.measured === null || b.measured === null) return { worst: { ...base, allowed: null, rule: UNJUDGED }, ratio: 0 };
  const denominator = Math.max(Math.abs(a.measured), Math.abs(b.measured), floor);
  const width = Math.min(a.ci[1] - a.ci[0], b.ci[1] - b.ci[0]);
  // A degenerate interval (every sample equal) leaves only rounding to explain a difference.
  const allowed = Math.max(width / denominator, FLOAT_TOLERANCE);
  return { worst: { ...base, allowed, rule: INTERVAL_RULE }, ratio: relativeDifference(a.measured, b.measured, floor) / allowed };
}

/** Compares one claim's results across backends (the first is the reference). */
export function compareClaim(backends: readonly string[], results: readonly ClaimResult[]): ParityClaim {
  const [ref, ...others] = results as [ClaimResult, ...ClaimResult[]];
  const kind = ref.kind;
  const verdicts = Object.fromEntries(backends.map((b, i) => [b, results[i]!.verdict]));
  const durationMs = Object.fromEntries(backends.map((b, i) => [b, results[i]!.durationMs]));
  let unmatched = 0;
  let worst: Judged | null = null;
  let maxRelative: number | null = null;
  for (const other of others) {
    const a = keyed(ref.evidence.observations);
    const b = keyed(other.evidence.observations);
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const [x, y] = [a.get(k), b.get(k)];
      if (!x || !y) { unmatched++; continue; }
      // Runs that took different paths (a shrink that went elsewhere) compare different cases.
      if (!sameCase(x.where, y.where)) { unmatched += 2; continue; }
      const judged = judgeObservation(kind, x, y);
      const r = judged.worst.relative;
      if (r !== null) maxRelative = Math.max(maxRelative ?? 0, r);
      const better = !worst || judged.ratio > worst.ratio || (judged.ratio === worst.ratio && (r ?? 0) > (worst.worst.relative ?? 0));
      if (better) worst = judged;
    }
  }
  const verdictDiffers = new Set(Object.values(verdicts)).size > 1;
  const strict = STRICT_KINDS.includes(kind);
  const broken = worst !== null && worst.ratio > 1;
  let status: ParityStatus = 'same';
  let why = '';
  if (verdictDiffers) {
    status = 'verdict-differs';
    why = backends.map((b) => `${b}: ${verdicts[b]}`).join(', ');
  } else if (broken || (strict && unmatched > 0)) {
    status = 'measurement-differs';
    why = broken ? `${worst!.worst.label}: ${worst!.worst.measured.map(String).join(' vs ')} breaks the rule (${worst!.worst.rule})` : `${unmatched} observation(s) recorded on one backend only`;
  }
  return { id: ref.id, chapter: ref.chapter, kind, verdicts, status, maxRelative, unmatched, worst: worst?.worst ?? null, why, durationMs };
}

const ORDER: Record<ParityStatus, number> = { 'verdict-differs': 0, 'measurement-differs': 1, same: 2 };

function count(claims: readonly ParityClaim[]) {
  const n = (s: ParityStatus) => claims.filter((c) => c.status === s).length;
  return { claims: claims.length, same: n('same'), verdictDiffers: n('verdict-differs'), measurementDiffers: n('measurement-differs') };
}

/** Compares whole runs of the same claims, one per backend, into the parity report. */
export function compareRuns(runs: ReadonlyArray<{ backend: string; results: Results; wallMs: number }>, facts: { startedAt: string }): ParityReport {
  const backends = runs.map((r) => r.backend);
  const byId = runs.map((r) => new Map(r.results.claims.map((c) => [c.id, c])));
  const ids = runs[0]!.results.claims.map((c) => c.id);
  const compared = ids.map((id) => compareClaim(backends, byId.map((m) => {
    const c = m.get(id);
    if (!c) throw new Error(`claim ${id} is missing from one backend's run`);
    return c;
  })));
  // Stable sort: registry order within each status.
  const claims = compared.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => ORDER[a.status] - ORDER[b.status] || i - j).map(([c]) => c);
  const kinds = [...new Set(claims.map((c) => c.kind))];
  const first = runs[0]!.results.run;
  return {
    run: {
      seed: first.seed,
      budget: first.budget,
      backends,
      versions: Object.fromEntries(runs.map((r) => [r.backend, r.results.run.versions])),
      startedAt: facts.startedAt,
      durationMs: { ...Object.fromEntries(runs.map((r) => [r.backend, r.wallMs])), total: runs.reduce((s, r) => s + r.wallMs, 0) },
      filters: first.filters,
      floatTolerance: FLOAT_TOLERANCE,
    },
    counts: { ...count(claims), byKind: Object.fromEntries(kinds.map((k) => [k, count(claims.filter((c) => c.kind === k))])) },
    claims,
  };
}

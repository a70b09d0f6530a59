// The golden snapshot of a run: per claim, what the engine concluded and the numbers behind it,
// with everything that varies between two honest runs of the same seed left out (durations,
// backend, kernel timings, paths). Restructuring commits must leave it unchanged; a commit that
// changes it says why. `npm run golden:update` rewrites tests/claims/golden/quick-seed1.json.
import type { ClaimResult, ObservationRecord } from '../../src/results/schema.js';

/** Significant digits kept of every measured value and interval end. */
export const GOLDEN_DIGITS = 6;

/**
 * Claims whose measurement is wall-clock time, which no seed fixes: only their verdict and what
 * they measure are kept (a verdict that moves under load is still a change worth seeing).
 */
export const WALL_CLOCK_CLAIMS: ReadonlySet<string> = new Set(['why-not-deeper/deeper-training-takes-longer']);

function round(x: number | null): number | null {
  if (x === null || !Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(GOLDEN_DIGITS));
}

/**
 * tfjs's random generators take a seed of 0 for "no seed" and draw from Math.random, so a case
 * that fast-check shrinks to seed 0 is not reproducible (a defect of those claims, to be fixed by
 * never handing tfjs a 0). Until then such observations keep their label and case, not their value,
 * and a summary that quotes one is not kept.
 */
const UNSEEDED = (where: Record<string, unknown>) => where.seed === 0;

function observation(o: ObservationRecord) {
  if (UNSEEDED(o.where)) return { label: o.label, where: o.where, unseeded: true };
  return {
    label: o.label,
    where: o.where,
    measured: round(o.measured),
    ci: o.ci === null ? null : o.ci.map(round),
    n: o.n,
  };
}

function claim(r: ClaimResult) {
  if (WALL_CLOCK_CLAIMS.has(r.id)) {
    return { verdict: r.verdict, summary: '(wall-clock time: not kept)', qualifiedBy: r.qualifiedBy, observations: r.evidence.observations.map((o) => ({ label: o.label, where: o.where })) };
  }
  return {
    verdict: r.verdict,
    summary: /\bseed=0\b/.test(r.summary) ? '(quotes a case at seed 0, which tfjs does not seed: not kept)' : r.summary,
    qualifiedBy: r.qualifiedBy,
    observations: r.evidence.observations.map(observation),
  };
}

/**
 * The snapshot as JSON text, one claim per block and one observation per line, in id order so
 * a diff names the claim that moved and the worker schedule cannot reorder it.
 */
export function goldenText(results: readonly ClaimResult[]): string {
  const sorted = [...results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const blocks = sorted.map((r) => {
    const { observations, ...head } = claim(r);
    const fields = Object.entries(head).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const obs = observations.map((o) => `      ${JSON.stringify(o)}`);
    const obsField = obs.length === 0 ? '    "observations": []' : `    "observations": [\n${obs.join(',\n')}\n    ]`;
    return `  ${JSON.stringify(r.id)}: {\n${[...fields, obsField].join(',\n')}\n  }`;
  });
  return `{\n  "digits": ${GOLDEN_DIGITS},\n  "claims": {\n${blocks.map((b) => `  ${b.replace(/\n/g, '\n  ')}`).join(',\n')}\n  }\n}\n`;
}

/** The ids whose entries differ between two snapshot texts (added and removed ids included), for the failure message. */
export function changedClaims(before: string, after: string): string[] {
  const parse = (text: string): Record<string, unknown> => (JSON.parse(text) as { claims: Record<string, unknown> }).claims;
  const [a, b] = [parse(before), parse(after)];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => JSON.stringify(a[id]) !== JSON.stringify(b[id])).sort();
}

// After a fix is written and its sentences re-checked: which of the applied findings now hold.
import type { ClaimResult, Finding } from '../results/schema.js';
import type { EditedFile } from './apply-edits.js';

/** A copy-edit finding the pass still reports in the edited text. */
export interface RemainingHit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
}

export interface Holding {
  readonly id: string;
  readonly holds: boolean;
  /** Why not, when it does not: the claims behind it that are not supported, or the copy-edit hit that remains. */
  readonly why: string | null;
}

/**
 * A content finding holds when every claim behind it is now supported; a copy-edit finding (no
 * claims behind it) when the copy-edit pass no longer reports anything where its edits landed.
 */
export function whatHolds(findings: readonly Finding[], rechecked: ReadonlyMap<string, ClaimResult>, remaining: readonly RemainingHit[], files: readonly EditedFile[]): Holding[] {
  return findings.map((f) => {
    if (f.claims.length) {
      const not = f.claims.map((id) => rechecked.get(id)).map((r, i) => (r ? r : { id: f.claims[i]!, verdict: 'not re-checked' }))
        .filter((r) => r.verdict !== 'supported');
      return { id: f.id, holds: not.length === 0, why: not.length ? not.map((r) => `${r.id}: ${r.verdict}`).join('; ') : null };
    }
    const landed = files.flatMap((x) => x.edits.filter((e) => e.findings.includes(f.id)).map((e) => ({ file: x.file, from: e.newStart, to: e.newEnd })));
    const hit = remaining.find((h) => landed.some((l) => l.file === h.file && h.start <= l.to && l.from <= h.end));
    return { id: f.id, holds: !hit, why: hit ? `the copy-edit pass still reports: ${hit.summary}` : null };
  });
}

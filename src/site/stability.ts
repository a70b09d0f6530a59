// Verdict stability over the history: how often a claim got its current verdict, and whether it
// flips between seeds. A flip is an honest sign of a measurement near its band, not a failure.
import type { PastRun } from '../history/history-line.js';
import type { Verdict } from '../results/schema.js';

/** One run's verdict for a claim, as the history remembers it. */
export interface VerdictPoint {
  run: string;
  /** The run's seed (each claim derives its own from it). */
  seed: number;
  verdict: Verdict;
  sourceHash: string;
}

export interface Stability {
  /** Runs in the window that checked this claim (the current one included). */
  runs: number;
  /** Of those, the runs that gave the current verdict. */
  agreeing: number;
  /** agreeing / runs. */
  share: number;
  /** Two runs on the same source text with different seeds gave different verdicts (faults aside). */
  unstable: boolean;
  /** Each verdict seen on the current source text with the seeds that gave it, the current one first. */
  seen: { verdict: Verdict; seeds: number[] }[];
}

const isFault = (v: Verdict): boolean => v === 'error' || v === 'stale';

/** A claim's verdicts over `runs` (oldest first), one point per run that checked it. */
export function verdictHistory(runs: readonly PastRun[], id: string): VerdictPoint[] {
  return runs.flatMap((r) => {
    const c = r.claims.get(id);
    return c ? [{ run: r.run.run, seed: r.run.seed, verdict: c.verdict, sourceHash: c.sourceHash }] : [];
  });
}

/**
 * Stability of a claim whose current verdict is `current`, over its history `points` (which should
 * include the current run). Only runs on the current source text count towards flips: a changed
 * sentence may rightly change its verdict.
 */
export function stabilityOf(points: readonly VerdictPoint[], current: Verdict, currentHash: string | null): Stability {
  const agreeing = points.filter((p) => p.verdict === current).length;
  const sameText = points.filter((p) => currentHash === null || p.sourceHash === currentHash);
  const seen = new Map<Verdict, Set<number>>();
  for (const p of sameText) {
    if (!seen.has(p.verdict)) seen.set(p.verdict, new Set());
    seen.get(p.verdict)!.add(p.seed);
  }
  const judged = sameText.filter((p) => !isFault(p.verdict));
  const unstable = judged.some((a) => judged.some((b) => a.seed !== b.seed && a.verdict !== b.verdict));
  return {
    runs: points.length,
    agreeing,
    share: points.length ? agreeing / points.length : 1,
    unstable,
    // The current verdict first, then the others by how many seeds gave them.
    seen: [...seen].map(([verdict, seeds]) => ({ verdict, seeds: [...seeds].sort((a, b) => a - b) }))
      .sort((a, b) => Number(b.verdict === current) - Number(a.verdict === current) || b.seeds.length - a.seeds.length),
  };
}

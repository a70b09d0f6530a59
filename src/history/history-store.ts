// The run history: JSON Lines, one line per claim and per chapter's coverage, appended after
// each run. Append-only text survives a crash, diffs well, streams, and needs no database.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Results } from '../results/schema.js';
import { historyLineSchema, runKey, type HistoryLine, type PastRun } from './history-line.js';
import { recentRuns } from './recent-runs.js';

/** Every readable line of a history file; torn or foreign lines are skipped. */
export function readHistory(path: string): HistoryLine[] {
  if (!existsSync(path)) return [];
  const lines: HistoryLine[] = [];
  for (const text of readFileSync(path, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    try {
      const parsed = historyLineSchema.safeParse(JSON.parse(text));
      if (parsed.success) lines.push(parsed.data);
    } catch { /* a torn line from a killed write */ }
  }
  return lines;
}

/** Reads the most recent comparable run before `results`, or null. */
export function lastComparableRun(path: string, results: Results): PastRun | null {
  const earlier = readHistory(path).filter((l) => l.run !== results.run.startedAt);
  return recentRuns(earlier, runKey(results.run), 1)[0] ?? null;
}

/** Appends a run's summary lines to the history at `path`. */
export function appendRun(path: string, results: Results, meta: { engine: string; sourceHashes: Record<string, string> }): void {
  const run = results.run.startedAt;
  const lines: HistoryLine[] = [
    { kind: 'run', run, seed: results.run.seed, budget: results.run.budget, filters: JSON.stringify(results.run.filters), backend: results.run.backend, engine: meta.engine, durationMs: results.run.durationMs, claims: results.claims.length },
    ...results.claims.map((c): HistoryLine => ({
      kind: 'claim', run, id: c.id, chapter: c.chapter, verdict: c.verdict, figure: c.evidence.worst?.measured ?? null,
      seed: c.seed, backend: c.backend, engine: meta.engine, sourceHash: meta.sourceHashes[c.source.file] ?? 'missing',
    })),
    ...(results.coverage ?? []).map((c): HistoryLine => ({ kind: 'coverage', run, ...c })),
  ];
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

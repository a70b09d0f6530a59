// The last K comparable runs of the history, oldest first: what verdict history and stability read.
import type { HistoryLine, PastRun } from './history-line.js';

type RunLine = PastRun['run'];

/**
 * The last `k` runs whose key (budget and filters, see `runKey`) is `key`, oldest first. A run
 * appended twice (same start time) counts once, with the lines of its last append.
 */
export function recentRuns(lines: readonly HistoryLine[], key: string, k: number): PastRun[] {
  const runs = new Map<string, RunLine>();
  for (const l of lines) if (l.kind === 'run' && `${l.budget} ${l.filters}` === key) runs.set(l.run, l);
  const chosen = [...runs.values()].sort((a, b) => a.run.localeCompare(b.run)).slice(-Math.max(0, k));
  const byRun = new Map<string, PastRun>(chosen.map((r) => [r.run, { run: r, claims: new Map(), coverage: new Map() }]));
  for (const l of lines) {
    const past = byRun.get(l.run);
    if (!past) continue;
    if (l.kind === 'claim') past.claims.set(l.id, l);
    else if (l.kind === 'coverage') past.coverage.set(l.chapter, l);
  }
  return [...byRun.values()];
}

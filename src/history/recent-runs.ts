// The last K comparable runs of the history, oldest first: what verdict history and stability read.
import { existsSync, readFileSync } from 'node:fs';
import { VERDICTS } from '../report/results-schema.js';
import type { HistoryLine, PastRun } from './history-store.js';

type RunLine = PastRun['run'];

const VERDICT_NAMES = new Set<string>(VERDICTS);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// A structural check of the fields this reader uses; history-store.ts owns the full line schema.
function asLine(value: unknown): HistoryLine | null {
  if (typeof value !== 'object' || value === null) return null;
  const l = value as Record<string, unknown>;
  if (!isString(l.run)) return null;
  if (l.kind === 'run') return isString(l.budget) && isString(l.filters) && isNumber(l.seed) && isString(l.backend) && isString(l.engine) && isNumber(l.durationMs) && isNumber(l.claims) ? (l as HistoryLine) : null;
  if (l.kind === 'claim') return isString(l.id) && isString(l.chapter) && isString(l.verdict) && VERDICT_NAMES.has(l.verdict) && isNumber(l.seed) && isString(l.sourceHash) ? (l as HistoryLine) : null;
  if (l.kind === 'coverage') return isString(l.chapter) && isNumber(l.sentences) && isNumber(l.uncovered) ? (l as HistoryLine) : null;
  return null;
}

/** Every readable line of a history file; torn or foreign lines are skipped. */
export function readHistory(path: string): HistoryLine[] {
  if (!existsSync(path)) return [];
  const out: HistoryLine[] = [];
  for (const text of readFileSync(path, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    try {
      const l = asLine(JSON.parse(text));
      if (l) out.push(l);
    } catch { /* a torn line from a killed write */ }
  }
  return out;
}

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

// Appends each finished claim to results.jsonl, so a crash or a kill loses nothing.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { claimResultSchema, type ClaimResult } from '../results/schema.js';

/** The first line of a log: what a resumed run must match. */
export interface LogHeader {
  seed: number;
  budget: string;
  startedAt: string;
  filters: string;
}

/** Starts a fresh log at `path`, replacing any previous one. */
export function startLog(path: string, header: LogHeader): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ header }) + '\n');
}

/** Appends one result as a line. */
export function appendResult(path: string, result: ClaimResult): void {
  appendFileSync(path, JSON.stringify(result) + '\n');
}

/** Reads a log; a torn last line (killed mid-write) is dropped. */
export function readLog(path: string): { header: LogHeader; results: ClaimResult[] } | null {
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  if (lines.length === 0) return null;
  const header = (JSON.parse(lines[0]!) as { header: LogHeader }).header;
  const results: ClaimResult[] = [];
  for (const line of lines.slice(1)) {
    let parsed: unknown;
    try { parsed = JSON.parse(line); } catch { continue; }
    const r = claimResultSchema.safeParse(parsed);
    if (r.success) results.push(r.data);
  }
  return { header, results };
}

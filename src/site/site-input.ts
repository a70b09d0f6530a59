// Reads what the site is built from: a results.json, the run history beside it, the sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHistory } from '../history/history-store.js';
import { recentRuns } from '../history/recent-runs.js';
import { runKey } from '../history/history-line.js';
import { sourceHashes } from '../history/source-hashes.js';
import { resultsSchema, type Results } from '../results/schema.js';
import { parityReportSchema, type ParityReport } from '../parity/parity-schema.js';
import type { SiteInput } from './site-model.js';

/** Thrown when the results file is missing, not JSON, or not of the published schema. */
export class SiteInputError extends Error {
  override name = 'SiteInputError';
}

function readJson<T>(path: string, schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, what: string, hint: string): T {
  if (!existsSync(path)) throw new SiteInputError(`${path} does not exist; ${hint}`);
  let data: unknown;
  try { data = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new SiteInputError(`${path} is not JSON: ${(e as Error).message}`); }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SiteInputError(`${path} does not match the ${what} schema at ${issue.path.map(String).join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Reads and validates a results.json. */
export function readResultsFile(path: string): Results {
  return readJson(path, resultsSchema, 'results', 'run `claimcheck run` (or `merge`) first');
}

/** Reads and validates a parity.json. */
export function readParityFile(path: string): ParityReport {
  return readJson(path, parityReportSchema, 'parity', 'run `claimcheck parity` first');
}

/** The site's input: the results, the last `runs` comparable runs of the history, the sources they quote. */
export function loadSiteInput(opts: { results: Results; historyPath: string; sourcesDir: string; runs: number }): SiteInput {
  const files = [...new Set(opts.results.claims.map((c) => c.source.file))];
  const sources = new Map<string, string>();
  for (const f of files) {
    const path = join(opts.sourcesDir, f);
    if (existsSync(path)) sources.set(f, readFileSync(path, 'utf8'));
  }
  return {
    results: opts.results,
    runs: recentRuns(readHistory(opts.historyPath), runKey(opts.results.run), opts.runs),
    sources,
    sourceHashes: sourceHashes(opts.sourcesDir, files),
  };
}

// Runs a list of claims in an isolated worker, decides each, and logs results as they finish.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, Claim } from '../claim/types.js';
import { locateQuote } from '../claim/quote.js';
import { nearestSentence } from '../coverage/nearest.js';
import type { BackendName } from '../backend/select.js';
import { resultsSchema, type ClaimResult, type Results } from '../report/results-schema.js';
import { DEFAULT_TIME_LIMIT, forBudget } from './budget.js';
import { decide } from './decide.js';
import { ClaimIsolate } from './isolate.js';
import { faultOutcome, type RawOutcome } from './outcome.js';
import { appendResult, readLog, startLog, type LogHeader } from './results-log.js';
import { deriveSeed } from './seed.js';
import { toResult } from './to-result.js';

export interface SuiteEvents {
  start?(total: number): void;
  claimStart?(index: number, claim: Claim): void;
  claimEnd?(index: number, result: ClaimResult): void;
}

export interface SuiteOptions {
  /** Module that exports the claims (the worker loads it too). */
  registry: string;
  /** The claims to run, in order (already filtered). */
  claims: Claim[];
  sourcesDir: string;
  seed: number;
  budget: Budget;
  backend?: BackendName;
  /** results.jsonl is written here as claims finish. */
  logPath: string;
  resume?: boolean;
  filters: Results['run']['filters'];
  events?: SuiteEvents;
}

/** Thrown when --resume finds a log from a different run. */
export class ResumeMismatchError extends Error {
  override name = 'ResumeMismatchError';
}

// Soft deadline: fast-check stops generating at 80% of the hard limit, so it reports 'interrupted'.
const SOFT_SHARE = 0.8;

function staleOutcome(claim: Claim, sourcesDir: string): { line: number | null; outcome: RawOutcome | null } {
  const path = join(sourcesDir, claim.source.file);
  if (!existsSync(path)) return { line: null, outcome: faultOutcome({ kind: 'stale', message: `source ${claim.source.file} does not exist` }, 'none', 0) };
  const text = readFileSync(path, 'utf8');
  const { count, line } = locateQuote(text, claim.source.quote);
  if (count === 1) return { line, outcome: null };
  let message = `quote occurs ${count} times in ${claim.source.file}; it must anchor exactly one place`;
  if (count === 0) {
    // Show the author what the quoted text most likely became.
    const near = nearestSentence(claim.source.file, text, claim.source.quote);
    message = `quote not found in ${claim.source.file}` + (near ? `; nearest text (line ${near.line}, ${Math.round(near.similarity * 100)}% similar): «${near.text}»` : '; nothing similar remains');
  }
  return { line, outcome: faultOutcome({ kind: 'stale', message }, 'none', 0) };
}

/** Runs the claims and returns the validated results; every finished claim is already in the log. */
export async function runSuite(opts: SuiteOptions): Promise<Results> {
  const started = Date.now();
  const filters = JSON.stringify(opts.filters);
  const previous = opts.resume ? readLog(opts.logPath) : null;
  let header: LogHeader;
  const done = new Map<string, ClaimResult>();
  if (previous) {
    const h = previous.header;
    if (h.seed !== opts.seed || h.budget !== opts.budget || h.filters !== filters) {
      throw new ResumeMismatchError(`cannot resume: ${opts.logPath} is from a run with seed ${h.seed}, budget ${h.budget}, filters ${h.filters}`);
    }
    header = h;
    for (const r of previous.results) done.set(r.id, r);
  } else {
    header = { seed: opts.seed, budget: opts.budget, startedAt: new Date(started).toISOString(), filters };
    startLog(opts.logPath, header);
  }
  const isolate = new ClaimIsolate({ registry: opts.registry, ...(opts.backend ? { backend: opts.backend } : {}) });
  let backend: { name: string; versions: Record<string, string> } | null = null;
  const results: ClaimResult[] = [];
  opts.events?.start?.(opts.claims.length);
  try {
    for (const [index, claim] of opts.claims.entries()) {
      const prior = done.get(claim.id);
      if (prior) {
        results.push(prior);
        opts.events?.claimEnd?.(index, prior);
        continue;
      }
      opts.events?.claimStart?.(index, claim);
      const seed = deriveSeed(opts.seed, claim.id);
      const { line, outcome: stale } = staleOutcome(claim, opts.sourcesDir);
      let outcome: RawOutcome | null = stale;
      if (!stale && claim.kind !== 'not-checkable') {
        backend ??= await isolate.start();
        const limit = forBudget(opts.budget, DEFAULT_TIME_LIMIT, claim.timeLimit) * 1000;
        outcome = await isolate.run({ type: 'run', id: claim.id, seed, budget: opts.budget, softDeadline: Date.now() + limit * SOFT_SHARE }, limit);
      }
      const result = toResult(claim, decide(claim, outcome), outcome, { line, seed, runSeed: opts.seed, budget: opts.budget, backend: backend?.name ?? 'none' });
      appendResult(opts.logPath, result);
      results.push(result);
      opts.events?.claimEnd?.(index, result);
    }
  } finally {
    await isolate.close();
  }
  const run = {
    seed: opts.seed,
    budget: opts.budget,
    backend: backend?.name ?? results.find((r) => r.backend !== 'none')?.backend ?? 'none',
    versions: backend?.versions ?? { node: process.versions.node },
    startedAt: header.startedAt,
    durationMs: Date.now() - started,
    filters: opts.filters,
  };
  return resultsSchema.parse({ run, claims: results });
}

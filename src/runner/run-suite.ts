// Runs a list of claims in an isolated worker, decides each, and logs results as they finish.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, Claim } from '../claim/types.js';
import { locateQuote, type QuoteLocation } from '../claim/quote.js';
import { templateWords } from '../claim/quote-template.js';
import { fillSlots } from '../claim/fill-slots.js';
import { nearestSentence } from '../coverage/nearest.js';
import type { BackendName } from '../backend/select.js';
import { resultsSchema, type ClaimResult, type Results } from '../results/schema.js';
import { DEFAULT_TIME_LIMIT, forBudget } from './budget.js';
import { decide } from './decide.js';
import { ClaimIsolate } from './workers/isolate.js';
import { ClaimQueue } from './workers/claim-queue.js';
import type { ResultCache } from '../cache/result-cache.js';
import { faultOutcome, type RawOutcome } from './outcome.js';
import { appendResult, readLog, startLog, type LogHeader } from './results-log.js';
import { deriveSeed } from '../random/seeds.js';
import { toResult } from './to-result.js';

export interface SuiteEvents {
  start?(total: number): void;
  claimStart?(claim: Claim): void;
  /** `done` counts the claims finished so far, this one included (workers finish out of order). */
  claimEnd?(result: ClaimResult, done: number): void;
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
  /** Claims run side by side, each worker with its own backend (default 1). */
  workers?: number;
  /** Time every kernel call; each result then lists its kernels by time. */
  profile?: boolean;
  /** Multiplies every claim's time limit: a slower backend gets the time the claim's work needs there. */
  timeScale?: number;
  filters: Results['run']['filters'];
  /** Recorded in the log header, so --resume never continues another shard's log. */
  shard?: { index: number; count: number };
  events?: SuiteEvents;
  /** Results to reuse: a claim whose key (src/cache/claim-keys.ts) is in the store is not run again; new results are stored. */
  cache?: { keys: ReadonlyMap<string, string>; store: ResultCache };
  /** Workers owned by the caller and left open (watch keeps them warm between saves); else the run starts and stops its own. */
  isolates?: readonly ClaimIsolate[];
}

/** Thrown when --resume finds a log from a different run. */
export class ResumeMismatchError extends Error {
  override name = 'ResumeMismatchError';
}

// Soft deadline: fast-check stops generating at 80% of the hard limit, so it reports 'interrupted'.
const SOFT_SHARE = 0.8;

function staleOutcome(claim: Claim, sourcesDir: string): { at: QuoteLocation | null; outcome: RawOutcome | null } {
  const path = join(sourcesDir, claim.source.file);
  if (!existsSync(path)) return { at: null, outcome: faultOutcome({ kind: 'stale', message: `source ${claim.source.file} does not exist` }, 'none', 0) };
  const text = readFileSync(path, 'utf8');
  const at = locateQuote(text, claim.source.quote);
  if (at.count === 1) return { at, outcome: null };
  let message = `quote occurs ${at.count} times in ${claim.source.file}; it must anchor exactly one place`;
  if (at.count === 0) {
    // Show the author what the quoted text most likely became (a template's words, without its slots).
    const near = nearestSentence(claim.source.file, text, templateWords(claim.source.quote));
    message = `quote not found in ${claim.source.file}` + (near ? `; nearest text (line ${near.line}, ${Math.round(near.similarity * 100)}% similar): «${near.text}»` : '; nothing similar remains');
  }
  return { at, outcome: faultOutcome({ kind: 'stale', message }, 'none', 0) };
}

// Faults are the suite's, not the claim's, and a property cut short by its time limit depends on the
// machine's load, not on the key: the next run tries these again.
function cacheable(r: ClaimResult): boolean {
  return r.verdict !== 'error' && r.verdict !== 'stale' && !r.evidence.property?.interrupted && !r.evidence.qualifiers.some((q) => q.interrupted);
}

/** Runs the claims and returns the validated results; every finished claim is already in the log. */
export async function runSuite(opts: SuiteOptions): Promise<Results> {
  const started = Date.now();
  const filters = JSON.stringify({ ...opts.filters, ...(opts.shard ? { shard: opts.shard } : {}) });
  const previous = opts.resume ? readLog(opts.logPath) : null;
  let header: LogHeader;
  const logged = new Map<string, ClaimResult>();
  if (previous) {
    const h = previous.header;
    if (h.seed !== opts.seed || h.budget !== opts.budget || h.filters !== filters) {
      throw new ResumeMismatchError(`cannot resume: ${opts.logPath} is from a run with seed ${h.seed}, budget ${h.budget}, filters ${h.filters}`);
    }
    header = h;
    for (const r of previous.results) logged.set(r.id, r);
  } else {
    header = { seed: opts.seed, budget: opts.budget, startedAt: new Date(started).toISOString(), filters };
    startLog(opts.logPath, header);
  }
  const isolates = opts.isolates ?? Array.from({ length: Math.max(1, opts.workers ?? 1) }, () => new ClaimIsolate({ registry: opts.registry, ...(opts.backend ? { backend: opts.backend } : {}), ...(opts.profile ? { profile: true } : {}) }));
  let backend = null as { name: string; versions: Record<string, string> } | null;
  // Results keep registry order whatever order the workers finish in.
  const results: (ClaimResult | undefined)[] = new Array(opts.claims.length);
  let done = 0;
  const finish = (index: number, result: ClaimResult) => {
    results[index] = result;
    opts.events?.claimEnd?.(result, ++done);
  };
  opts.events?.start?.(opts.claims.length);
  const queue = new ClaimQueue(opts.claims.map((c) => (c.kind === 'not-checkable' ? undefined : c.shares)));
  const work = async (isolate: ClaimIsolate, w: number): Promise<void> => {
    for (let index = queue.next(w); index !== null; index = queue.next(w)) {
      const claim = opts.claims[index]!;
      const prior = logged.get(claim.id);
      if (prior) {
        finish(index, prior);
        continue;
      }
      const key = opts.cache?.keys.get(claim.id);
      const cached = key ? opts.cache!.store.get(key) : null;
      const { at, outcome: stale } = staleOutcome(claim, opts.sourcesDir);
      if (cached && !stale) {
        const line = at?.line ?? null;
        // Same sentence, but lines above it may have moved.
        const reused = { ...cached, source: { ...cached.source, line }, reused: true };
        appendResult(opts.logPath, reused);
        finish(index, reused);
        continue;
      }
      opts.events?.claimStart?.(claim);
      const seed = deriveSeed(opts.seed, claim.id);
      const slots = at?.count === 1 ? at.slots : {};
      let outcome: RawOutcome | null = stale;
      if (!stale && claim.kind !== 'not-checkable') {
        const info = await isolate.start();
        backend ??= info;
        const limit = forBudget(opts.budget, DEFAULT_TIME_LIMIT, claim.timeLimit) * 1000 * (opts.timeScale ?? 1);
        outcome = await isolate.run({ type: 'run', id: claim.id, seed, runSeed: opts.seed, budget: opts.budget, softDeadline: Date.now() + limit * SOFT_SHARE, slots }, limit);
      }
      const result = toResult(at?.count === 1 ? fillSlots(claim, at) : claim, decide(claim, outcome, slots), outcome, { line: at?.line ?? null, seed, runSeed: opts.seed, budget: opts.budget, backend: backend?.name ?? 'none' });
      appendResult(opts.logPath, result);
      if (key && cacheable(result)) opts.cache!.store.put(key, result);
      finish(index, result);
    }
  };
  try {
    await Promise.all(isolates.map((isolate, w) => work(isolate, w)));
  } finally {
    if (!opts.isolates) await Promise.all(isolates.map((i) => i.close()));
  }
  const finished = results as ClaimResult[];
  const run = {
    seed: opts.seed,
    budget: opts.budget,
    backend: backend?.name ?? finished.find((r) => r.backend !== 'none')?.backend ?? 'none',
    versions: backend?.versions ?? { node: process.versions.node },
    startedAt: header.startedAt,
    durationMs: Date.now() - started,
    filters: opts.filters,
  };
  return resultsSchema.parse({ run, claims: finished, findings: [], notes: [] });
}

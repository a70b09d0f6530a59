// The result cache of a run: where it lives and the keys of the claims it will run.
import { dirname, join } from 'node:path';
import type { Budget, Claim } from '../claim/types.js';
import type { BackendName } from '../backend/select.js';
import { claimKeys, codeFingerprints, requestedBackend, type CodeFingerprints } from './claim-keys.js';
import { ResultCache } from './result-cache.js';

/** Beside the output folder (reports/.cache/claimcheck for reports/latest), so runs into sibling folders share it. */
export function cacheDirFor(outDir: string): string {
  return join(dirname(outDir), '.cache', 'claimcheck');
}

export interface CacheSettings {
  outDir: string;
  sourcesDir: string;
  seed: number;
  budget: Budget;
  backend?: BackendName;
  /** Reuse nothing (--fresh); results are still stored. */
  fresh?: boolean;
  warn: (message: string) => void;
}

/** An opened cache: the store, and keys computed from the sources as they read now. */
export interface OpenCache {
  store: ResultCache;
  /** Recomputes the keys (the sources may have changed since; the code is as loaded). */
  keys(claims: readonly Claim[]): Map<string, string>;
}

/** Hashes the claims' code once; null (with a warning) when the module graph cannot be read, so the run goes on uncached. */
export async function openCache(claims: readonly Claim[], s: CacheSettings): Promise<OpenCache | null> {
  let code: CodeFingerprints;
  try {
    code = await codeFingerprints(claims);
  } catch (e) {
    s.warn(`results are not cached: the claims' module graph could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return null;
  }
  const run = { sourcesDir: s.sourcesDir, seed: s.seed, budget: s.budget, backend: requestedBackend(s.backend) };
  return {
    store: new ResultCache(cacheDirFor(s.outDir), s.warn, { read: !s.fresh }),
    keys: (cs) => claimKeys(cs, code, run),
  };
}

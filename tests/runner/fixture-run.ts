// Runs the fixture registry through the real suite runner (worker thread, wasm backend).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/runner/registry.js';
import { runSuite } from '../../src/runner/run-suite.js';
import type { Results } from '../../src/results/schema.js';

export const FIXTURE_REGISTRY = fileURLToPath(new URL('../fixtures/claims.ts', import.meta.url));
export const FIXTURE_SOURCES = fileURLToPath(new URL('../fixtures/sources', import.meta.url));

/** Runs the fixture claims (optionally only `ids`) at the quick budget into a fresh folder. */
export async function runFixtures(seed: number, ids?: string[], workers = 1): Promise<Results> {
  const all = await loadRegistry(FIXTURE_REGISTRY);
  const claims = ids ? all.filter((c) => ids.includes(c.id)) : all;
  return runSuite({
    registry: FIXTURE_REGISTRY, claims, sourcesDir: FIXTURE_SOURCES, seed, budget: 'quick', workers,
    logPath: join(mkdtempSync(join(tmpdir(), 'claimcheck-')), 'results.jsonl'),
    filters: { chapter: [], claim: ids ?? [], kind: [] },
  });
}

/** A result without what legitimately differs between runs (timings). */
export function comparable(r: Results): unknown {
  return r.claims.map(({ durationMs: _d, ...rest }) => rest);
}

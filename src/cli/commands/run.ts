import { join, resolve } from 'node:path';
import type { Budget } from '../../claim/types.js';
import type { BackendName } from '../../backend/select.js';
import { VERDICTS } from '../../results/schema.js';
import { loadProject } from '../../runner/registry.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, type Filters } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { progressEvents } from '../progress.js';
import type { Io } from './io.js';
import { publish } from '../publish.js';
import { shardOf, type Shard } from '../shard.js';
import { openCache } from '../../cache/open-cache.js';

export interface RunFlags extends Filters {
  seed: number;
  budget: Budget;
  backend?: BackendName;
  workers: number;
  out: string;
  resume?: boolean;
  profile?: boolean;
  failOn?: string[];
  registry?: string;
  sources?: string;
  shard?: Shard;
  /** Reuse no cached result (results are still stored for later runs). */
  fresh?: boolean;
}

/** Runs the selected claims, writes the three reports and returns the exit code. */
export async function runCommand(flags: RunFlags, io: Io): Promise<number> {
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const project = await loadProject(registry);
  const selected = shardOf(filterClaims(project.claims, flags), flags.shard);
  const outDir = resolve(flags.out);
  const sourcesDir = resolve(flags.sources ?? DEFAULT_SOURCES);
  const progress = progressEvents(io.err);
  io.err.write(`claimcheck: ${selected.length} claim(s), budget ${flags.budget}, seed ${flags.seed}, ${flags.workers} worker(s)\n`);
  const cache = await openCache(selected, { outDir, sourcesDir, seed: flags.seed, budget: flags.budget, ...(flags.backend ? { backend: flags.backend } : {}), fresh: (flags.fresh ?? false) || (flags.profile ?? false), warn: (m) => io.err.write(`claimcheck: warning: ${m}\n`) });
  let results;
  try {
    results = await runSuite({
      registry, claims: selected,
      sourcesDir,
      seed: flags.seed, budget: flags.budget,
      ...(flags.backend ? { backend: flags.backend } : {}),
      logPath: join(outDir, 'results.jsonl'),
      resume: flags.resume ?? false,
      workers: Math.min(flags.workers, Math.max(1, selected.length)),
      ...(flags.profile ? { profile: true } : {}),
      filters: { chapter: flags.chapter ?? [], claim: flags.claim ?? [], kind: flags.kind ?? [] },
      ...(flags.shard ? { shard: flags.shard } : {}),
      events: progress,
      ...(cache ? { cache: { keys: cache.keys(selected), store: cache.store } } : {}),
    });
  } finally {
    progress.stop();
  }
  if (flags.shard) results.run.shard = flags.shard;
  const paths = publish(results, { outDir, sourcesDir, project, ...(flags.chapter ? { chapters: flags.chapter } : {}) });
  const counts = VERDICTS.map((v) => [v, results.claims.filter((c) => c.verdict === v).length] as const).filter(([, n]) => n > 0);
  io.out.write(`${counts.map(([v, n]) => `${n} ${v}`).join(', ')} (backend ${results.run.backend}, ${(results.run.durationMs / 1000).toFixed(1)} s)\n`);
  const reused = results.claims.filter((c) => c.reused).length;
  io.out.write(`reused ${reused} of ${results.claims.length} result(s) from the cache (${cache ? cache.store.dir : 'not cached'}; their claim code, sentence, seed, budget and backend are unchanged)${flags.fresh ? '; --fresh: none reused' : ''}\n`);
  const copyedit = (xs: ReadonlyArray<{ category: string }>) => xs.filter((x) => x.category === 'copyedit').length;
  io.out.write(`copy-edit: ${copyedit(results.findings)} finding(s), ${copyedit(results.notes)} note(s)\n`);
  io.out.write(`reports: ${paths.markdown}\n         ${paths.html}\n         ${paths.json}\n         ${paths.junit}\n`);
  for (const f of paths.copyeditFaults) io.err.write(`error: ${f}\n`);
  if (paths.copyeditFaults.length) return EXIT.faults;
  for (const c of results.claims.filter((r) => r.verdict === 'error' || r.verdict === 'stale')) io.err.write(`${c.verdict}: ${c.id}: ${c.summary}\n`);
  if (results.claims.some((c) => c.verdict === 'error' || c.verdict === 'stale')) return EXIT.faults;
  if (results.claims.some((c) => flags.failOn?.includes(c.verdict))) return EXIT.findings;
  return EXIT.ok;
}

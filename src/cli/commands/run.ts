import { dirname, join, resolve } from 'node:path';
import type { Budget } from '../../claim/types.js';
import type { BackendName } from '../../backend/select.js';
import { VERDICTS } from '../../report/results-schema.js';
import { writeReports } from '../../report/write-reports.js';
import { loadProject } from '../../runner/registry.js';
import { coverageCounts, coverageOfSources } from '../../coverage/index.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, type Filters } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { progressEvents } from '../progress.js';
import type { Io } from './io.js';
import { appendRun, lastComparableRun } from '../../history/history-store.js';
import { changesSince } from '../../history/changes.js';
import { sourceHashes } from '../../history/source-hashes.js';
import { ENGINE_VERSION } from '../../version.js';

export interface RunFlags extends Filters {
  seed: number;
  budget: Budget;
  backend?: BackendName;
  workers: number;
  out: string;
  resume?: boolean;
  failOn?: string[];
  registry?: string;
  sources?: string;
}

/** Runs the selected claims, writes the three reports and returns the exit code. */
export async function runCommand(flags: RunFlags, io: Io): Promise<number> {
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const project = await loadProject(registry);
  const selected = filterClaims(project.claims, flags);
  const outDir = resolve(flags.out);
  const sourcesDir = resolve(flags.sources ?? DEFAULT_SOURCES);
  // The history lives beside the output folder, so every run into reports/<name>/ shares it.
  const historyPath = join(dirname(outDir), 'history.jsonl');
  const progress = progressEvents(io.err);
  io.err.write(`claimcheck: ${selected.length} claim(s), budget ${flags.budget}, seed ${flags.seed}, ${flags.workers} worker(s)\n`);
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
      filters: { chapter: flags.chapter ?? [], claim: flags.claim ?? [], kind: flags.kind ?? [] },
      events: progress,
    });
  } finally {
    progress.stop();
  }
  results.run.versions.claimcheck = ENGINE_VERSION;
  // Coverage is a property of the whole registry, so it counts every claim, not only the ones run.
  results.coverage = coverageOfSources(sourcesDir, project.claims, project.narrative, flags.chapter).map(coverageCounts);
  results.changes = changesSince(lastComparableRun(historyPath, results), results);
  const paths = writeReports(results, outDir);
  appendRun(historyPath, results, { engine: ENGINE_VERSION, sourceHashes: sourceHashes(sourcesDir, results.claims.map((c) => c.source.file)) });
  const counts = VERDICTS.map((v) => [v, results.claims.filter((c) => c.verdict === v).length] as const).filter(([, n]) => n > 0);
  io.out.write(`${counts.map(([v, n]) => `${n} ${v}`).join(', ')} (backend ${results.run.backend}, ${(results.run.durationMs / 1000).toFixed(1)} s)\n`);
  io.out.write(`reports: ${paths.markdown}\n         ${paths.html}\n         ${paths.json}\n`);
  for (const c of results.claims.filter((r) => r.verdict === 'error' || r.verdict === 'stale')) io.err.write(`${c.verdict}: ${c.id}: ${c.summary}\n`);
  if (results.claims.some((c) => c.verdict === 'error' || c.verdict === 'stale')) return EXIT.faults;
  if (results.claims.some((c) => flags.failOn?.includes(c.verdict))) return EXIT.findings;
  return EXIT.ok;
}

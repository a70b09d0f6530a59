import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Budget } from '../../claim/types.js';
import type { BackendName } from '../../backend/select.js';
import { renderStability, stabilityOf } from '../../findings/stability.js';
import type { Results } from '../../results/schema.js';
import { writeReports } from '../../report/write-reports.js';
import { loadProject } from '../../runner/registry.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, UsageError, type Filters } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { annotate } from '../publish.js';
import type { Io } from './io.js';

export interface StabilityFlags extends Filters {
  seeds: number;
  budget: Budget;
  backend?: BackendName;
  workers: number;
  out: string;
  resume?: boolean;
  registry?: string;
  sources?: string;
}

/** Runs the selected claims with seeds 1..K, writes each run's reports and stability.json/.md over them. */
export async function stabilityCommand(flags: StabilityFlags, io: Io): Promise<number> {
  if (flags.seeds < 2) throw new UsageError('--seeds must be at least 2: stability compares runs');
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const project = await loadProject(registry);
  const selected = filterClaims(project.claims, flags);
  const outDir = resolve(flags.out);
  const sourcesDir = resolve(flags.sources ?? DEFAULT_SOURCES);
  const runs: Results[] = [];
  for (let seed = 1; seed <= flags.seeds; seed++) {
    io.err.write(`claimcheck stability: seed ${seed} of ${flags.seeds}, ${selected.length} claim(s), budget ${flags.budget}\n`);
    const dir = join(outDir, `seed-${seed}`);
    const results = await runSuite({
      registry, claims: selected, sourcesDir, seed, budget: flags.budget,
      ...(flags.backend ? { backend: flags.backend } : {}),
      logPath: join(dir, 'results.jsonl'),
      resume: flags.resume ?? false,
      workers: Math.min(flags.workers, Math.max(1, selected.length)),
      filters: { chapter: flags.chapter ?? [], claim: flags.claim ?? [], kind: flags.kind ?? [] },
    });
    // Each seed's reports stand on their own; the history is left alone, since these runs are one study.
    annotate(results, { sourcesDir, project, ...(flags.chapter ? { chapters: flags.chapter } : {}) });
    writeReports(results, dir);
    runs.push(results);
  }
  const report = stabilityOf(runs);
  mkdirSync(outDir, { recursive: true });
  const paths = { json: join(outDir, 'stability.json'), markdown: join(outDir, 'stability.md') };
  writeFileSync(paths.json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(paths.markdown, renderStability(report));
  io.out.write(`${report.sentences.length} sentence(s) over seeds 1-${flags.seeds}: ${report.unstable} changed verdict, ${report.flipping} flipped between supported and a finding\n`);
  io.out.write(`reports: ${paths.markdown}\n         ${paths.json}\n`);
  return runs.some((r) => r.claims.some((c) => c.verdict === 'error' || c.verdict === 'stale')) ? EXIT.faults : EXIT.ok;
}

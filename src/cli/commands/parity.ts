import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Budget } from '../../claim/types.js';
import type { BackendName } from '../../backend/select.js';
import { compareRuns } from '../../parity/compare-backends.js';
import { parityMarkdown, parityTerminal } from '../../parity/parity-markdown.js';
import { parityReportSchema } from '../../parity/parity-schema.js';
import type { Results } from '../../results/schema.js';
import { loadProject } from '../../runner/registry.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, UsageError, type Filters } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { progressEvents } from '../progress.js';
import type { Io } from './io.js';

export interface ParityFlags extends Filters {
  backends: BackendName[];
  seed: number;
  budget: Budget;
  workers: number;
  out: string;
  registry?: string;
  sources?: string;
}

/**
 * Time limits per backend, as a multiple of the claim's own: the cpu backend is 4-50x slower than
 * wasm on these claims, and a claim stopped for time (or a property cut short at its soft deadline)
 * would differ by speed, not by arithmetic.
 */
const TIME_SCALE: Record<BackendName, number> = { tensorflow: 1, wasm: 1, cpu: 50 };

/** Runs the selected claims on each backend with the same seed, compares them and writes parity.json and parity.md. */
export async function parityCommand(flags: ParityFlags, io: Io): Promise<number> {
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const project = await loadProject(registry);
  // Not-checkable claims compute nothing, so they have nothing to compare.
  const selected = filterClaims(project.claims, flags).filter((c) => c.kind !== 'not-checkable');
  if (!selected.length) throw new UsageError('the filters leave no claim that computes anything');
  const outDir = resolve(flags.out);
  const startedAt = new Date().toISOString();
  const filters = { chapter: flags.chapter ?? [], claim: flags.claim ?? [], kind: flags.kind ?? [] };
  const runs: { backend: string; results: Results; wallMs: number }[] = [];
  for (const backend of flags.backends) {
    io.err.write(`claimcheck parity: ${selected.length} claim(s) on ${backend}, budget ${flags.budget}, seed ${flags.seed}, ${flags.workers} worker(s)\n`);
    const dir = join(outDir, backend);
    const progress = progressEvents(io.err);
    const t = Date.now();
    let results: Results;
    try {
      results = await runSuite({
        registry, claims: selected, sourcesDir: resolve(flags.sources ?? DEFAULT_SOURCES),
        seed: flags.seed, budget: flags.budget, backend,
        logPath: join(dir, 'results.jsonl'),
        workers: Math.min(flags.workers, selected.length),
        timeScale: TIME_SCALE[backend],
        filters, events: progress,
      });
    } catch (e) {
      // A worker that cannot load the backend fails before any claim runs.
      if (e instanceof Error && /could not be loaded/.test(e.message)) throw new UsageError(`${e.message} (tfjs-node needs its native library; on a machine without it compare wasm,cpu)`);
      throw e;
    } finally {
      progress.stop();
    }
    writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    runs.push({ backend, results, wallMs: Date.now() - t });
  }
  const report = parityReportSchema.parse(compareRuns(runs, { startedAt }));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'parity.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(outDir, 'parity.md'), parityMarkdown(report));
  io.out.write(parityTerminal(report));
  io.out.write(`reports: ${join(outDir, 'parity.md')}\n         ${join(outDir, 'parity.json')}\n`);
  return report.counts.verdictDiffers + report.counts.measurementDiffers > 0 ? EXIT.findings : EXIT.ok;
}

// `claimcheck watch <chapter>`: on each save of the chapter, re-checks the claims whose cache key
// changed (their sentence's text) and prints their new verdicts; the workers stay warm between saves.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, watch } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Budget } from '../../claim/types.js';
import type { BackendName } from '../../backend/select.js';
import { openCache } from '../../cache/open-cache.js';
import type { ClaimResult } from '../../results/schema.js';
import { ClaimIsolate } from '../../runner/workers/isolate.js';
import { loadProject } from '../../runner/registry.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

export interface WatchFlags {
  seed: number;
  budget: Budget;
  backend?: BackendName;
  workers: number;
  out: string;
  registry?: string;
  sources?: string;
}

/** Editors save in bursts (write, rename, touch): one check per burst. */
const DEBOUNCE_MS = 150;

const hashOf = (path: string): string | null => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null);

function verdictLine(r: ClaimResult): string {
  return `  ${r.verdict.padEnd(13)} ${r.id}${r.source.line ? ` (line ${r.source.line})` : ''}: ${r.summary}\n`;
}

/** Watches until `stop` aborts (Ctrl-C by default); returns the exit code. */
export async function watchCommand(chapter: string, flags: WatchFlags, io: Io, stop: AbortSignal = interrupted()): Promise<number> {
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const sourcesDir = resolve(flags.sources ?? DEFAULT_SOURCES);
  const project = await loadProject(registry);
  const claims = filterClaims(project.claims, { chapter: [chapter] });
  const source = join(sourcesDir, `${chapter}.md`);
  if (!existsSync(source)) throw new UsageError(`no source ${source} to watch`);
  const outDir = resolve(flags.out);
  const warn = (m: string) => io.err.write(`claimcheck: warning: ${m}\n`);
  const cache = await openCache(claims, { outDir, sourcesDir, seed: flags.seed, budget: flags.budget, ...(flags.backend ? { backend: flags.backend } : {}), warn });
  if (!cache) return EXIT.faults;
  const isolates = Array.from({ length: Math.max(1, Math.min(flags.workers, claims.length)) }, () => new WatchIsolate({ registry, ...(flags.backend ? { backend: flags.backend } : {}) }));

  const check = async (): Promise<void> => {
    const started = Date.now();
    const keys = cache.keys(claims);
    const due = claims.filter((c) => { const k = keys.get(c.id); return !k || !cache.store.get(k); }).length;
    io.out.write(`checking ${due} of ${claims.length} claim(s) of ${chapter} (the rest are unchanged)\n`);
    const results = await runSuite({
      registry, claims, sourcesDir, seed: flags.seed, budget: flags.budget,
      ...(flags.backend ? { backend: flags.backend } : {}),
      logPath: join(outDir, 'results.jsonl'),
      filters: { chapter: [chapter], claim: [], kind: [] },
      cache: { keys, store: cache.store },
      isolates,
      events: { claimEnd: (r) => { if (!r.reused && !stop.aborted) io.out.write(verdictLine(r)); } },
    });
    if (stop.aborted) return;
    const counts = new Map<string, number>();
    for (const r of results.claims) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    io.out.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[...counts].map(([v, n]) => `${n} ${v}`).join(', ')}\n`);
  };

  io.err.write(`claimcheck watch: ${claims.length} claim(s) of ${chapter}, budget ${flags.budget}, seed ${flags.seed}, ${isolates.length} worker(s)\n`);
  // After Ctrl-C the stopped workers end the check under way; anything else is reported and the watch goes on.
  const guarded = (p: Promise<void>) => p.catch((e: unknown) => { if (!stop.aborted) io.err.write(`claimcheck watch: the check failed: ${e instanceof Error ? e.message : String(e)}\n`); });
  let last = hashOf(source);
  // Workers start before the first save (a check that reused everything started none), so a save pays only for its claims.
  const warm = () => Promise.all(isolates.map((i) => i.start().catch(() => undefined)));
  let running = guarded(check()).then(warm).then(() => { if (!stop.aborted) io.out.write(`watching ${relative(process.cwd(), source) || source}; Ctrl-C stops\n`); });
  // A save during a check is picked up when it ends; saves that leave the bytes as they were are not.
  let timer: NodeJS.Timeout | undefined;
  const onSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => {
        const now = hashOf(source);
        if (stop.aborted || now === last) return;
        last = now;
        io.out.write(`${basename(source)} saved\n`);
        return guarded(check());
      });
    }, DEBOUNCE_MS);
  };
  // The folder, not the file: editors that save by renaming a new file over the old one would end a file watch.
  const watcher = watch(dirname(source), (_event, name) => { if (name === null || name === basename(source)) onSave(); });
  await new Promise<void>((done) => (stop.aborted ? done() : stop.addEventListener('abort', () => done(), { once: true })));
  clearTimeout(timer);
  watcher.close();
  await Promise.all(isolates.map((i) => i.stop()));
  await running;
  io.err.write('claimcheck watch: stopped\n');
  return EXIT.ok;
}

/** A worker that, once stopped, refuses to start again, so a check under way ends instead of respawning it. */
class WatchIsolate extends ClaimIsolate {
  private stopped = false;

  override start(): ReturnType<ClaimIsolate['start']> {
    return this.stopped ? Promise.reject(new Error('the watch stopped')) : super.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.close();
  }
}

// Ctrl-C (or a TERM from a supervisor) ends the watch after its workers are stopped.
function interrupted(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  return controller.signal;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resultsSchema, type Results } from '../../results/schema.js';
import { loadProject } from '../../runner/registry.js';
import { mergeShards, MergeError } from '../../runner/merge-shards.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { publish } from '../publish.js';
import type { Io } from './io.js';

function readResults(path: string): Results {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'results.json') : path;
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new UsageError(`${file} does not match the results schema: ${parsed.error.issues[0]!.path.join('.')}`);
  return parsed.data;
}

/** Merges shard outputs (folders or results.json files) into one run's reports. */
export async function mergeCommand(inputs: string[], flags: { out: string; registry?: string; sources?: string }, io: Io): Promise<number> {
  const project = await loadProject(resolve(flags.registry ?? DEFAULT_REGISTRY));
  let merged: Results;
  try {
    merged = mergeShards(inputs.map((p) => readResults(resolve(p))), project.claims);
  } catch (e) {
    if (e instanceof MergeError) throw new UsageError(e.message);
    throw e;
  }
  const chapters = merged.run.filters.chapter.length ? merged.run.filters.chapter : undefined;
  const paths = publish(merged, { outDir: resolve(flags.out), sourcesDir: resolve(flags.sources ?? DEFAULT_SOURCES), project, ...(chapters ? { chapters } : {}) });
  io.out.write(`merged ${inputs.length} shard(s), ${merged.claims.length} claim(s)\nreports: ${paths.markdown}\n         ${paths.html}\n         ${paths.json}\n`);
  for (const f of paths.copyeditFaults) io.err.write(`error: ${f}\n`);
  return merged.claims.some((c) => c.verdict === 'error' || c.verdict === 'stale') || paths.copyeditFaults.length ? EXIT.faults : EXIT.ok;
}

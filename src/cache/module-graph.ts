// Content hashes of the module graph a claim file loads, for cache keys.
// esbuild resolves the graph: it is the resolver tsx (our TypeScript loader) is built on, so the
// files it lists are the files that actually load, `.js` specifiers mapped to `.ts` included.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';

/** A sha256 of one file's bytes. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** One entry's module graph: a hash over its files' paths and contents, and the files. */
export interface ModuleGraph {
  hash: string;
  /** Absolute paths, the entry first. */
  files: string[];
}

/**
 * For each entry module, every project module it imports, transitively (static and dynamic
 * imports, type-only ones too), and one hash over them. Packages in node_modules are left to the
 * lockfile's hash.
 */
export async function moduleGraphs(entries: readonly string[], cwd = process.cwd()): Promise<Map<string, ModuleGraph>> {
  const absolute = [...new Set(entries.map((e) => resolve(cwd, e)))];
  const { metafile } = await build({
    entryPoints: absolute, absWorkingDir: cwd, bundle: true, splitting: true, format: 'esm', platform: 'node',
    packages: 'external', write: false, metafile: true, outdir: resolve(cwd, '.graph'), logLevel: 'silent',
  });
  const imports = new Map(Object.entries(metafile.inputs).map(([path, input]) => [resolve(cwd, path), input.imports.filter((i) => !i.external).map((i) => resolve(cwd, i.path))]));
  const graphs = new Map<string, ModuleGraph>();
  const fileHashes = new Map<string, string>();
  const hashOf = (path: string) => fileHashes.get(path) ?? fileHashes.set(path, fileHash(path)).get(path)!;
  for (const entry of absolute) {
    const seen = new Set<string>([entry]);
    for (const path of seen) for (const next of imports.get(path) ?? []) seen.add(next);
    // Paths relative to the project, so a checkout elsewhere (CI's cache) keeps its keys.
    const h = createHash('sha256');
    for (const path of [...seen].sort()) h.update(`${relative(cwd, path)}\0${hashOf(path)}\n`);
    graphs.set(entry, { hash: h.digest('hex'), files: [...seen] });
  }
  return graphs;
}

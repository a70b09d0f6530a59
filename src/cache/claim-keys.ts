// The cache key of each claim's result: everything the result depends on, hashed.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Budget, Claim } from '../claim/types.js';
import type { Sentence } from '../coverage/sentences.js';
import type { BackendName } from '../backend/select.js';
import { ENGINE_VERSION } from '../version.js';
import { headingsOf } from '../claim/chapter-headings.js';
import { anchorText, sentencesOf } from './anchor-text.js';
import { fileHash, moduleGraphs } from './module-graph.js';

/** Bumped when the cached record's meaning changes, so old entries stop matching. */
const CACHE_FORMAT = 1;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The engine code a result depends on besides the claim's own modules: the worker that runs the
// check (judge, property runner, backend set-up) and the main thread's decision and record.
const ENGINE_ENTRIES = ['src/runner/workers/worker.ts', 'src/runner/decide.ts', 'src/runner/to-result.ts'].map((p) => join(ROOT, p));
const HEADINGS_MODULE = join(ROOT, 'src/claim/chapter-headings.ts');

/** The code behind the results: the engine's fingerprint and each claim's module graph. */
export interface CodeFingerprints {
  engine: string;
  /** By claim id; a claim with no known file (built in memory) has none and is never cached. */
  claims: ReadonlyMap<string, string>;
  /** Claims whose code reads their whole chapter (a module names `sources/<file>`): keyed on all of its text. */
  readsChapter: ReadonlySet<string>;
  /** Claims whose code reads only their chapter's headings (through src/claim/chapter-headings.ts): keyed on those too. */
  readsHeadings: ReadonlySet<string>;
}

/** What backend a run asks for: a forced one, or the one automatic selection picks on this install. */
export function requestedBackend(forced?: BackendName): string {
  if (forced) return forced;
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
    return 'auto:tensorflow';
  } catch {
    return 'auto:wasm';
  }
}

/** Hashes the module graph of every claim file and of the engine, once per run (or per watch). */
export async function codeFingerprints(claims: readonly Claim[], cwd = process.cwd()): Promise<CodeFingerprints> {
  const files = [...new Set(claims.flatMap((c) => (c.definedIn ? [resolve(cwd, c.definedIn)] : [])))];
  const graphs = await moduleGraphs([...files, ...ENGINE_ENTRIES], cwd);
  const lockfile = join(ROOT, 'package-lock.json');
  const engine = JSON.stringify({
    version: ENGINE_VERSION,
    code: ENGINE_ENTRIES.map((e) => graphs.get(e)!.hash),
    lockfile: existsSync(lockfile) ? fileHash(lockfile) : 'none',
  });
  const texts = new Map<string, string>();
  const textOf = (path: string) => texts.get(path) ?? texts.set(path, readFileSync(path, 'utf8')).get(path)!;
  const byClaim = new Map<string, string>();
  const readsChapter = new Set<string>();
  const readsHeadings = new Set<string>();
  for (const c of claims) {
    if (!c.definedIn) continue;
    const graph = graphs.get(resolve(cwd, c.definedIn))!;
    byClaim.set(c.id, graph.hash);
    // Such a check depends on text outside its sentence. A module that names the chapter but reads
    // no file itself hands it to the headings module (an outline claim): the headings are what it reads.
    const naming = graph.files.filter((f) => textOf(f).includes(`sources/${c.source.file}`));
    if (!naming.length) continue;
    if (graph.files.includes(HEADINGS_MODULE) && !naming.some((f) => /\breadFile/.test(textOf(f)))) readsHeadings.add(c.id);
    else readsChapter.add(c.id);
  }
  return { engine, claims: byClaim, readsChapter, readsHeadings };
}

export interface RunIdentity {
  sourcesDir: string;
  seed: number;
  budget: Budget;
  /** From requestedBackend. */
  backend: string;
}

/** Each claim's key, from its code, the current text of its sentence and the run's settings. */
export function claimKeys(claims: readonly Claim[], code: CodeFingerprints, run: RunIdentity): Map<string, string> {
  const texts = new Map<string, string | null>();
  const sentences = new Map<string, Sentence[]>();
  const keys = new Map<string, string>();
  for (const c of claims) {
    const modules = code.claims.get(c.id);
    if (!modules) continue;
    const file = c.source.file;
    if (!texts.has(file)) {
      const path = join(run.sourcesDir, file);
      texts.set(file, existsSync(path) ? readFileSync(path, 'utf8') : null);
    }
    const text = texts.get(file);
    const sentence = text === null || text === undefined ? null
      : code.readsChapter.has(c.id) ? text
      : anchorText(sentencesOf(file, text, sentences), text, c.source.quote) + (code.readsHeadings.has(c.id) ? `\n${headingsOf(text).join('\n')}` : '');
    const parts = { format: CACHE_FORMAT, id: c.id, modules, engine: code.engine, sentence, seed: run.seed, budget: run.budget, backend: run.backend };
    keys.set(c.id, createHash('sha256').update(JSON.stringify(parts)).digest('hex'));
  }
  return keys;
}

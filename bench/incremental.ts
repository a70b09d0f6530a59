// The author's loop, timed: a first full run into an empty cache, a second run after a number one
// claim reads from its chapter is edited, and `claimcheck watch`'s latency from a save to the
// printed verdict. All on a copy of sources/, so the chapters are never touched.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../src/runner/registry.js';
import { splitSentences } from '../src/coverage/sentences.js';
import { matchQuote } from '../src/claim/quote-template.js';
import type { Claim } from '../src/claim/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/claimcheck.js');

export interface IncrementalBench {
  budget: string;
  workers: number;
  /** The chapter the runs were limited to, or null for all. */
  chapter: string | null;
  /** The edited digit: where, and the claims whose sentence it is in. */
  edit: { file: string; line: number; sentence: string; claims: string[] };
  first: { wallMs: number; claims: number; reused: number };
  /** rerun: the claims the second run did not reuse. */
  second: { wallMs: number; claims: number; reused: number; rerun: string[] };
  /** From the save to the first re-checked verdict printed, and to the check's end. */
  watch: { firstVerdictMs: number; doneMs: number; rechecked: number };
}

interface Edit { file: string; offset: number; line: number; sentence: string; chapter: string }

// A number of the prose, not a digit of a link target (`@entry_id:634375`) or an identifier.
const NUMBER_START = /(?<![\w:@_.\/-])[0-9]/y;

/** Where a claim's quote (plain or templated) lies in its source, when it anchors exactly once. */
function anchored(text: string, c: Claim) {
  const m = matchQuote(text, c.source.quote, 2);
  return m.length === 1 ? m[0]! : null;
}

// The first claim, in registry order, arithmetic and architecture claims first (their verdicts
// come within seconds), whose quote states a number as a slot: its last digit is edited, as an
// author correcting the number would. Failing that, a number of its sentence outside the quote.
function pickEdit(claims: readonly Claim[], sourcesDir: string): Edit {
  const texts = new Map<string, string>();
  const cheap = (c: Claim) => c.kind === 'arithmetic' || c.kind === 'architecture';
  const ordered = [...claims.filter(cheap), ...claims.filter((x) => !cheap(x))].filter((c) => c.kind !== 'not-checkable');
  const textOf = (file: string) => texts.get(file) ?? texts.set(file, readFileSync(join(sourcesDir, file), 'utf8')).get(file)!;
  const sentenceAt = (file: string, at: number) => splitSentences(file, textOf(file)).find((x) => x.start <= at && at < x.end);
  for (const c of ordered) {
    const m = anchored(textOf(c.source.file), c);
    const slot = m && Object.entries(m.slots).find(([, v]) => v.type === 'int' || v.type === 'number');
    if (!m || !slot) continue;
    const offset = m.spans[slot[0]]![1] - 1;
    const s = sentenceAt(c.source.file, offset);
    if (s) return { file: c.source.file, offset, line: s.line, sentence: s.text, chapter: c.chapter };
  }
  for (const c of ordered) {
    const file = c.source.file;
    const text = textOf(file);
    const m = anchored(text, c);
    const s = m && sentenceAt(file, m.start);
    if (!m || !s) continue;
    for (let i = s.start; i < s.end; i++) {
      NUMBER_START.lastIndex = i;
      if (!NUMBER_START.test(text) || (i >= m.start && i < m.end)) continue;
      return { file, offset: i, line: s.line, sentence: s.text, chapter: c.chapter };
    }
  }
  throw new Error('no claimed sentence holds a number');
}

function bumpDigit(path: string, offset: number): void {
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.slice(0, offset) + String((Number(text[offset]) + 1) % 10) + text.slice(offset + 1));
}

function run(args: string[], out: string): IncrementalBench['second'] {
  const t = performance.now();
  spawnSync(process.execPath, [BIN, 'run', ...args, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const wallMs = performance.now() - t;
  const claims = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { claims: { id: string; reused?: boolean }[] }).claims;
  return { wallMs, claims: claims.length, reused: claims.filter((c) => c.reused).length, rerun: claims.filter((c) => !c.reused).map((c) => c.id) };
}

async function watchLatency(chapter: string, args: string[], dir: string, edit: Edit, sourcePath: string): Promise<IncrementalBench['watch']> {
  const child = spawn(process.execPath, [BIN, 'watch', chapter, ...args, '--out', join(dir, 'watch')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const until = (test: () => boolean) => new Promise<void>((resolve) => { const t = setInterval(() => { if (test()) { clearInterval(t); resolve(); } }, 10); });
  await until(() => out.includes('watching '));
  const mark = out.length;
  const t = performance.now();
  bumpDigit(sourcePath, edit.offset);
  const after = () => out.slice(mark);
  await until(() => /saved\n(checking.*\n)? {2}\S/.test(after()));
  const firstVerdictMs = performance.now() - t;
  await until(() => after().includes('done in'));
  const doneMs = performance.now() - t;
  const rechecked = after().split('\n').filter((l) => /^ {2}\S/.test(l)).length;
  child.kill('SIGINT');
  await exited;
  return { firstVerdictMs, doneMs, rechecked };
}

/** Times the first run, the second after one edit, and the watch, at `budget` with `workers` (all chapters, or one). */
export async function incrementalBench(budget: string, workers: number, log: (s: string) => void, chapter?: string): Promise<IncrementalBench> {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-incremental-'));
  try {
    const sources = join(dir, 'sources');
    cpSync(join(root, 'sources'), sources, { recursive: true });
    const claims = (await loadRegistry(join(root, 'claims/index.ts'))).filter((c) => !chapter || c.chapter === chapter);
    const edit = pickEdit(claims, sources);
    const args = ['--budget', budget, '--workers', String(workers), '--sources', sources];
    const runArgs = chapter ? [...args, '--chapter', chapter] : args;
    const out = join(dir, 'latest');
    log(`incremental: first run, ${budget} budget, ${workers} worker(s), empty cache; then a digit of ${edit.file}:${edit.line} is edited: «${edit.sentence}»`);
    const { rerun: _all, ...first } = run(runArgs, out);
    bumpDigit(join(sources, edit.file), edit.offset);
    log('incremental: second run');
    const second = run(runArgs, out);
    log(`incremental: watch ${edit.chapter}, the same digit edited again`);
    const watch = await watchLatency(edit.chapter, args, dir, edit, join(sources, edit.file));
    const touched = claims.filter((c) => c.source.file === edit.file && matchQuote(edit.sentence, c.source.quote, 1).length > 0).map((c) => c.id);
    return { budget, workers, chapter: chapter ?? null, edit: { file: edit.file, line: edit.line, sentence: edit.sentence, claims: touched }, first, second, watch };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

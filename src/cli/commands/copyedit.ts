import { resolve } from 'node:path';
import { copyeditBook, hitId, readBook, RULES } from '../../copyedit/index.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { loadProject } from '../../runner/registry.js';
import type { Io } from './io.js';

/** Runs the copy-edit pass alone (no claims) and prints every hit: locator, rule, confidence, span, what is wrong, the edit. */
export async function copyeditCommand(flags: { chapter?: string[]; registry?: string; sources?: string; json?: boolean }, io: Io): Promise<number> {
  const book = readBook(resolve(flags.sources ?? DEFAULT_SOURCES));
  const unknown = (flags.chapter ?? []).filter((c) => !book.some((ch) => ch.chapter === c));
  if (unknown.length) throw new UsageError(`no chapter named ${unknown.join(', ')} (chapters: ${book.map((c) => c.chapter).join(', ')})`);
  // The project's glossary is the only part of the registry the rules read.
  const { glossary } = await loadProject(resolve(flags.registry ?? DEFAULT_REGISTRY));
  const { hits, faults } = copyeditBook(book, { ...(flags.chapter ? { only: flags.chapter } : {}), glossary });
  const textOf = (file: string) => book.find((c) => c.file === file)!.text;
  const rows = hits.map((h) => ({ id: hitId(h, textOf(h.file)), kind: h.confidence === 'high' ? 'finding' : 'note', confidence: h.confidence, quote: textOf(h.file).slice(h.start, h.end), summary: h.summary, correction: h.correction }));
  if (flags.json) io.out.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const r of rows) {
      const fix = r.correction && ('replace' in r.correction ? `${r.correction.replace.span} → ${r.correction.replace.text}` : `observed: ${r.correction.observed}`);
      io.out.write(`${r.kind} (${r.confidence}) ${r.id}\n  ${r.quote}\n  ${r.summary}\n${fix ? `  ${fix}\n` : ''}`);
    }
    const n = rows.filter((r) => r.kind === 'finding').length;
    io.out.write(`${n} finding(s), ${rows.length - n} note(s) from ${RULES.length} rules over ${flags.chapter?.length ?? book.length} chapter(s)\n`);
  }
  for (const f of faults) io.err.write(`error: ${f}\n`);
  return faults.length ? EXIT.faults : EXIT.ok;
}

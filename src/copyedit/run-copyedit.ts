// The copy-edit pass over a book: every rule over every chapter, hits in source order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapter, type ChapterText } from './chapter-text.js';
import type { Hit } from './hit.js';
import type { GlossaryTerm } from '../claim/glossary.js';
import type { CopyeditRule } from './rule.js';
import { RULES } from './rules/index.js';

export interface CopyeditPass {
  readonly hits: Hit[];
  /** Rules that threw, with the chapter: faults of ours, reported apart; the other rules still ran. */
  readonly faults: string[];
}

/**
 * Runs `rules` over the chapters; `only` (chapter names) limits what is reported, not what is learned
 * from; `glossary` is the project's declared terms (claims/<chapter>/glossary.ts).
 */
export function copyeditBook(book: readonly ChapterText[], opts: { only?: readonly string[]; rules?: readonly CopyeditRule[]; glossary?: readonly GlossaryTerm[] } = {}): CopyeditPass {
  const rules = opts.rules ?? RULES;
  const hits: Hit[] = [];
  const faults: string[] = [];
  for (const ch of book) {
    if (opts.only?.length && !opts.only.includes(ch.chapter)) continue;
    for (const rule of rules) {
      try {
        hits.push(...rule.check(ch, book, opts.glossary ?? []));
      } catch (e) {
        faults.push(`copy-edit rule ${rule.name} failed on ${ch.file}: ${(e as Error).message}`);
      }
    }
  }
  const order = (h: Hit): number => book.findIndex((c) => c.file === h.file);
  hits.sort((a, b) => order(a) - order(b) || a.start - b.start || a.end - b.end);
  return { hits, faults };
}

/** Reads every `.md` of a sources folder, sorted by name. */
export function readBook(sourcesDir: string): ChapterText[] {
  return readdirSync(sourcesDir).filter((f) => f.endsWith('.md')).sort()
    .map((f) => readChapter(f, readFileSync(join(sourcesDir, f), 'utf8')));
}

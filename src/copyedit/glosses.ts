// Glossary pairs as the chapters write them: a Chinese term followed by its English in parentheses,
// `术语 (English term)`, `**[术语](@entry_id:N) (English)**`, `术语（English）`.
import type { ChapterText } from './chapter-text.js';

export interface Gloss {
  /** The Han characters (with any Latin word run into them, as in `ReLU激活`) before the parenthesis. */
  readonly term: string;
  /** The English, lowercased, plural -s and a trailing abbreviation dropped: the concept's key. */
  readonly key: string;
  readonly english: string;
  /** Offsets of the term in the raw file. */
  readonly start: number;
  readonly end: number;
}

// term (markup allowed around it) + optional space + ( English ) ; the term is the Han run before.
const GLOSS = /((?:[A-Za-z0-9-]*\p{Script=Han})+)(?:\]\(@[^)]*\))?(?:\*\*|\*)?\s*[（(]\s*(?:\*\*)?([A-Za-z][A-Za-z '’-]*[A-Za-z])(?:\s*[,，]\s*[A-Za-z]+)?\s*(?:\*\*)?[)）]/gu;

function englishKey(english: string): string {
  return english.toLowerCase().replace(/\s+/g, ' ').split(' ').map((w) => w.replace(/(?<=[a-z]{2}[^s])s$/, '')).join(' ');
}

export function glosses(ch: ChapterText): Gloss[] {
  const out: Gloss[] = [];
  for (const m of ch.text.matchAll(GLOSS)) {
    const term = m[1]!;
    // An acronym in parentheses abbreviates whatever precedes it (a metaphor included): not a gloss.
    if (!/[a-z]/.test(m[2]!)) continue;
    out.push({ term, key: englishKey(m[2]!), english: m[2]!, start: m.index, end: m.index + term.length });
  }
  return out;
}

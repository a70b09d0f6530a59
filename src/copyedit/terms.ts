// The chapter's terms: linked terms (`[术语](@key:N)`), bold terms and glossed terms, and how often
// each string occurs in the chapter's text.
import type { ChapterText } from './chapter-text.js';
import { glosses } from './glosses.js';

export interface Link {
  readonly term: string;
  /** `@entry_id:N` */
  readonly target: string;
  /** Offsets of the whole `[term](@…)` in the raw file. */
  readonly start: number;
  readonly end: number;
}

export function links(ch: ChapterText): Link[] {
  return [...ch.text.matchAll(/\[([^\[\]\n]+)\]\((@[A-Za-z_]+:\d+)\)/g)]
    .map((m) => ({ term: m[1]!, target: m[2]!, start: m.index, end: m.index + m[0].length }));
}

/** Han-only terms the chapter marks as terms: link texts, bold spans, glossed terms. */
export function markedTerms(ch: ChapterText): Set<string> {
  const out = new Set<string>();
  const han = (s: string) => /^\p{Script=Han}{2,}$/u.test(s);
  for (const l of links(ch)) if (han(l.term)) out.add(l.term);
  for (const m of ch.text.matchAll(/\*\*([^*\n]+)\*\*/g)) if (han(m[1]!)) out.add(m[1]!);
  for (const g of glosses(ch)) if (han(g.term)) out.add(g.term);
  return out;
}

/** Occurrences of `s` in the text, overlapping ones included. */
export function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

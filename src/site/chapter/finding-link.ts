// Where a finding of the triage table points on the site: its sentence's mark on the chapter page.
import type { Finding, SentenceResult } from '../../results/schema.js';
import { sentenceIds } from './evidence-panel.js';

/** The chapter pages: their file, page and claimed sentences in source order (as on the page). */
export interface ChapterSentences {
  file: string;
  page: string;
  sentences: readonly SentenceResult[];
}

/** The id of a chapter page's copy-edit section, where a copy-edit finding outside every claimed sentence is listed. */
export const COPYEDIT_ID = 'copy-edit';

const claimsOf = (s: SentenceResult): Set<string> => new Set(s.assertions.flatMap((a) => a.readings.map((r) => r.claim)));

/**
 * `page#s-n` for the sentence a finding is about: the one holding its claims, else the one whose text
 * holds its span on its line (a copy-edit); a copy-edit in text no claim covers points at the page's
 * copy-edit section, and anything else at the chapter page.
 */
export function findingHref(chapters: readonly ChapterSentences[], f: Finding): string | null {
  const ch = chapters.find((c) => c.file === f.source.file);
  if (!ch) return null;
  const lines = (s: SentenceResult): number => s.text.split('\n').length;
  const inLine = (s: SentenceResult): boolean => f.source.line === null || (f.source.line >= s.line && f.source.line < s.line + lines(s));
  let at = ch.sentences.findIndex((s) => f.claims.some((id) => claimsOf(s).has(id)));
  if (at === -1) at = ch.sentences.findIndex((s) => inLine(s) && s.text.includes(f.source.quote));
  if (at !== -1) return `${ch.page}#${sentenceIds(at + 1).mark}`;
  return f.category === 'copyedit' ? `${ch.page}#${COPYEDIT_ID}` : ch.page;
}

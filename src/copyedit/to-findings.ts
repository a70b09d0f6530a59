// Hits as the results model's findings (high confidence) and notes (the rest), category `copyedit`.
import type { Finding, Note } from '../results/schema.js';
import { lineCol, type ChapterText } from './chapter-text.js';
import type { Hit } from './hit.js';

/** `copyedit/<rule>/<file>:<line>:<col>`: stable while the text before the span does not move it. */
export function hitId(hit: Hit, text: string): string {
  const { line, col } = lineCol(text, hit.start);
  return `copyedit/${hit.rule}/${hit.file}:${line}:${col}`;
}

export function toFindings(hits: readonly Hit[], book: readonly ChapterText[]): { findings: Finding[]; notes: Note[] } {
  const findings: Finding[] = [];
  const notes: Note[] = [];
  for (const h of hits) {
    const text = book.find((c) => c.file === h.file)!.text;
    const base = {
      id: hitId(h, text),
      source: { file: h.file, quote: text.slice(h.start, h.end), line: lineCol(text, h.start).line },
      claims: [],
      summary: h.summary,
      correction: h.correction,
      confidence: h.confidence,
    };
    if (h.confidence === 'high') findings.push({ ...base, category: 'copyedit' });
    else notes.push({ ...base, category: 'copyedit' });
  }
  // Strongest evidence first, then source order (hits arrive in source order).
  const rank = { high: 0, medium: 1, low: 2 } as const;
  notes.sort((a, b) => rank[a.confidence] - rank[b.confidence]);
  return { findings, notes };
}

// The math spans of a chapter with their TeX bodies (delimiters stripped), in raw-file offsets.
import type { ChapterText, ReadSentence, Span } from './chapter-text.js';

export interface MathSpan {
  readonly sentence: ReadSentence;
  /** The whole span, delimiters included. */
  readonly span: Span;
  readonly display: boolean;
  /** The TeX between the delimiters, and where it starts in the file. */
  readonly body: string;
  readonly bodyStart: number;
}

export function mathSpans(ch: ChapterText): MathSpan[] {
  const out: MathSpan[] = [];
  for (const s of ch.sentences) {
    for (const span of s.math) {
      const raw = ch.text.slice(span[0], span[1]);
      const open = /^(\$\$|\$|\\\(|\\\[)/.exec(raw)![0];
      const close = open === '\\(' ? '\\)' : open === '\\[' ? '\\]' : open;
      out.push({
        sentence: s, span, display: open === '$$' || open === '\\[',
        body: raw.slice(open.length, raw.length - close.length), bodyStart: span[0] + open.length,
      });
    }
  }
  return out;
}

// The current text a claim is about: the whole sentence (or sentences) its quote lies in.
import { matchQuote } from '../claim/quote-template.js';
import { nearestText } from '../coverage/nearest.js';
import { splitSentences, type Sentence } from '../coverage/sentences.js';

/**
 * The text of the sentences the quote (plain, or a template whose slots take the text's values)
 * overlaps in `text`, the source as it reads now. A quote that no longer occurs exactly once is
 * placed where its nearest text lies; when nothing is near, the whole source stands in, so any
 * edit invalidates, never too few.
 */
export function anchorText(sentences: readonly Sentence[], text: string, quote: string): string {
  const found = matchQuote(text, quote, 2);
  const span = found.length === 1 ? found[0]! : nearestText(text, quote);
  if (!span) return text;
  const hit = sentences.filter((s) => s.start < span.end && span.start < s.end);
  return hit.length ? hit.map((s) => s.text).join('\n') : text.slice(span.start, span.end);
}

/** Anchor texts are read per source file; this splits each file once. */
export function sentencesOf(file: string, text: string, memo: Map<string, Sentence[]>): Sentence[] {
  return memo.get(file) ?? memo.set(file, splitSentences(file, text)).get(file)!;
}

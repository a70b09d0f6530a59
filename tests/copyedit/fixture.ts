// Runs one rule over fixture chapters written for the test (never text from sources/).
import { readChapter, type ChapterText, type CopyeditRule, type Hit } from '../../src/copyedit/index.js';

export interface Seen { quote: string; confidence: Hit['confidence']; summary: string; correction: Hit['correction'] }

/** The hits of `rule` on the first chapter; the others only join the book the rule learns from. */
export function hitsOf(rule: CopyeditRule, text: string, ...others: string[]): Seen[] {
  const book: ChapterText[] = [text, ...others].map((t, i) => readChapter(`fixture-${i}.md`, t));
  return rule.check(book[0]!, book).map((h) => ({ quote: book[0]!.text.slice(h.start, h.end), confidence: h.confidence, summary: h.summary, correction: h.correction }));
}

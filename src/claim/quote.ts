import { matchQuote, type SlotValues } from './quote-template.js';

/** Where a quote sits in its source: how often it occurs and, for the first occurrence, its line, text and slot values. */
export interface QuoteLocation {
  count: number;
  line: number | null;
  /** The source's characters at the first occurrence (the quote with its slots filled in); null when absent. */
  text: string | null;
  /** The slot values read at the first occurrence ({} for a quote without slots). */
  slots: SlotValues;
}

/** Counts the occurrences of `quote` (plain or templated) in `text` and reads the first. */
export function locateQuote(text: string, quote: string): QuoteLocation {
  const at = matchQuote(text, quote);
  const first = at[0];
  if (!first) return { count: 0, line: null, text: null, slots: {} };
  return { count: at.length, line: text.slice(0, first.start).split('\n').length, text: first.text, slots: first.slots };
}

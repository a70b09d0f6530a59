/** Where a quote sits in its source: how often it occurs and the line of its first occurrence. */
export interface QuoteLocation {
  count: number;
  line: number | null;
}

/** Counts the exact occurrences of `quote` in `text` and finds the line of the first. */
export function locateQuote(text: string, quote: string): QuoteLocation {
  if (!quote) return { count: 0, line: null };
  let count = 0;
  let first = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (first === -1) first = at;
    count++;
  }
  const line = first === -1 ? null : text.slice(0, first).split('\n').length;
  return { count, line };
}

// The paragraph of a source that holds a claim's quote, so the site can show the quote in place.

/** A paragraph split around the quote's one occurrence. */
export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  /** 1-based line of the paragraph's first line. */
  line: number;
}

const isBlank = (l: string): boolean => l.trim() === '';
const isHeading = (l: string): boolean => /^ {0,3}#{1,6}(\s|$)/.test(l);
const isItem = (l: string): boolean => /^ {0,3}([-+*]|\d{1,9}[.)])\s/.test(l) || /^ {0,3}\|/.test(l);
const isRule = (l: string): boolean => /^ {0,3}(-{3,}|\*{3,}|_{3,})\s*$/.test(l);

/**
 * The paragraph around the first occurrence of `quote`: the lines it spans, widened over
 * neighbouring lines up to a blank line, a heading, a rule or (inside a list or table) the next
 * item. Null when the quote does not occur.
 */
export function quoteContext(text: string, quote: string): QuoteContext | null {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return null;
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) { starts.push(offset); offset += l.length + 1; }
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  let first = lineAt(at);
  let last = lineAt(at + quote.length - 1);
  const stops = (l: string): boolean => isBlank(l) || isHeading(l) || isRule(l);
  // A heading or list item is its own paragraph; a plain line widens over plain neighbours.
  if (!isHeading(lines[first]!)) {
    while (first > 0 && !stops(lines[first - 1]!) && !isItem(lines[first]!)) first--;
  }
  if (!isHeading(lines[last]!)) {
    while (last + 1 < lines.length && !stops(lines[last + 1]!) && !isItem(lines[last + 1]!)) last++;
  }
  const from = starts[first]!;
  const to = starts[last]! + lines[last]!.length;
  return { before: text.slice(from, at), quote, after: text.slice(at + quote.length, to), line: first + 1 };
}

// A quote's paragraph as inert Markdown (math left for KaTeX), the quote bracketed by two private-use
// characters that the quote-marks plugin turns into <mark>…</mark>.
import { escapeMarkdown } from '../../report/escape.js';
import type { QuoteContext } from './quote-context.js';

/** Opens and closes the highlighted quote; private-use characters no source contains. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

// Math as the renderer will see it ($$…$$, then $…$); a bracket never splits one.
const MATH = /(?<!\\)\$\$[\s\S]+?\$\$|(?<!\\)\$[^$\n]+?\$/g;
// A Markdown link or a bracketed citation: shown as its text, so the bracket never splits one.
const LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

type Span = [number, number];

function spans(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

// Moves a bracket position out of any span it would cut.
function outside(pos: number, within: readonly Span[], side: 'start' | 'end'): number {
  for (const [s, e] of within) if (pos > s && pos < e) return side === 'start' ? s : e;
  return pos;
}

// Prose markup that escaping would show as symbols: links become their text, emphasis markers go.
function plain(prose: string): string {
  return prose
    .replace(LINK, (_m, label: string, url: string) => label + url.replace(/[^\uE000\uE001]/g, ''))
    .replace(/\*\*/g, '')
    .replace(/(^|[^\\*])\*(?=[^*\s])([^*\n]*?[^*\s\\])\*(?!\*)/g, '$1$2');
}

/**
 * The paragraph as Markdown: prose escaped with escapeMarkdown, math kept, the quote bracketed
 * by MARK_OPEN and MARK_CLOSE (widened to whole math spans and links).
 */
export function quoteMarkdown(ctx: QuoteContext): string {
  const text = ctx.before + ctx.quote + ctx.after;
  const math = spans(text, MATH);
  const links = spans(text, LINK);
  let start = ctx.before.length;
  let end = start + ctx.quote.length;
  start = outside(outside(start, math, 'start'), links, 'start');
  end = outside(outside(end, math, 'end'), links, 'end');
  const marked = text.slice(0, start) + MARK_OPEN + text.slice(start, end) + MARK_CLOSE + text.slice(end);
  // Simplify prose only between math spans (re-found: the brackets moved offsets).
  let out = '';
  let last = 0;
  for (const [s, e] of spans(marked, MATH)) {
    out += plain(marked.slice(last, s)) + marked.slice(s, e);
    last = e;
  }
  out += plain(marked.slice(last));
  return escapeMarkdown(out);
}

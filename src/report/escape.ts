// Makes source and claim text inert Markdown while leaving its $…$ / $$…$$ math for KaTeX.
// Math spans are found as markdown-it and @vscode/markdown-it-katex will find them in the output,
// so what stays raw here is exactly what the plugin renders; every other `$` is escaped. Where the
// two could disagree (a span broken by a block start, a line-start `$$` the block rule would run
// past), the `$` is escaped and the LaTeX shows as text: ugly at worst, never markup.

// Escaped anywhere outside math. `|` too: a line of pipes followed by a dashed line would make a table.
const INLINE_SPECIALS = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|', '$']);
// Escaped only as a line's first character: headings, lists, setext underlines, table delimiter rows.
const LINE_START_SPECIALS = new Set(['#', '-', '+', '=', ':']);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[\w\d]$/u.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /^\s$/u.test(c);

// The plugin's rule for a single `$` that may open (before) or close (after) inline math.
const canOpen = (s: string, i: number): boolean => s[i - 1] !== '$' && s[i - 1] !== '\\' && (s[i - 1] === undefined || isSpace(s[i - 1]) || !isWordChar(s[i - 1]));
const canClose = (s: string, i: number): boolean => s[i + 1] !== '$' && (s[i + 1] === undefined || isSpace(s[i + 1]) || !isWordChar(s[i + 1]));
const isBlockDelim = (s: string, i: number): boolean => s[i] === '$' && s[i - 1] !== '$' && s[i - 1] !== '\\' && s[i + 1] === '$' && s[i + 2] !== '$';

// A line that would interrupt a paragraph (and so cut a math span in two) in markdown-it with the math plugin.
function startsBlock(line: string): boolean {
  const l = /^ {0,3}(.*)$/s.exec(line)![1]!;
  if (/^ /.test(l)) return false; // indented code cannot interrupt a paragraph
  return /^(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|```|~~~|\$\$|=+\s*$|-[\s-]*$|\*[\s*]*$|_[\s_]*$)/.test(l)
    || isDelimiterRow(l);
}

// A table's delimiter row: after a line holding a `|`, markdown-it makes the pair a table.
const isDelimiterRow = (line: string): boolean => /^[|:\s-]+$/.test(line) && line.includes('-');

// A span kept raw must stay inside one paragraph and one block.
function holdsTogether(span: string): boolean {
  const lines = span.split('\n').slice(1);
  return lines.every((l) => l.trim() !== '' && !startsBlock(l));
}

// The next `delim` after `from` not preceded by an odd run of backslashes, as the plugin searches.
function findUnescaped(s: string, delim: string, from: number): number {
  let match = from;
  while ((match = s.indexOf(delim, match)) !== -1) {
    let pos = match - 1;
    while (s[pos] === '\\') pos -= 1;
    if ((match - pos) % 2 === 1) return match;
    match += delim.length;
  }
  return -1;
}

const lineEnd = (s: string, i: number): number => (s.indexOf('\n', i) === -1 ? s.length : s.indexOf('\n', i));
const countDelims = (s: string): number => s.split('$$').length - 1;

/**
 * The end of a display block opening at a line start, mirroring the plugin's block rule:
 * -1 for text, null when the block rule steps aside and inline rules decide.
 */
function blockMathEnd(s: string, i: number): number | null {
  const eol = lineEnd(s, i);
  const rest = s.slice(i + 2, eol);
  const n = countDelims(rest);
  if (n > 1) return null;
  // One line, `$$…$$` with nothing after (not even spaces); an empty block would swallow the text.
  if (n === 1 && rest.indexOf('$$') === rest.length - 2) return rest.slice(0, -2).trim() ? eol : -1;
  // The table rule runs before the math rule: a `|` here over a delimiter row makes a table of both lines.
  if (rest.includes('|') && isDelimiterRow(s.slice(eol + 1, lineEnd(s, eol + 1)).trim())) return -1;
  // Otherwise the rule takes lines up to the first holding `$$`, or the rest of the document; it
  // drops whatever follows a `$$` in mid-line, so only a line ending in `$$` closes cleanly.
  for (let start = eol + 1; start < s.length; start = lineEnd(s, start) + 1) {
    const line = s.slice(start, lineEnd(s, start));
    if (line.includes('$$')) return line.trim().endsWith('$$') ? lineEnd(s, start) : -1;
  }
  return -1;
}

/** The end (exclusive) of the math span opening at `i`, or -1 when the `$` there is plain text. */
function mathEnd(s: string, i: number, atLineStart: boolean, cell: boolean): number {
  const block = atLineStart && s.startsWith('$$', i) ? blockMathEnd(s, i) : null;
  if (block !== null) return block;
  let end: number;
  if (s.startsWith('$$', i)) {
    if (!isBlockDelim(s, i)) return -1;
    const close = findUnescaped(s, '$$', i + 2);
    if (close <= i + 2 || !isBlockDelim(s, close)) return -1;
    end = close + 2;
  } else {
    if (!canOpen(s, i)) return -1;
    const close = findUnescaped(s, '$', i + 1);
    if (close <= i + 1 || !canClose(s, close)) return -1;
    end = close + 1;
  }
  if (!holdsTogether(s.slice(i, end))) return -1;
  // The block rule stepped aside only because the line holds more `$$`: they must survive escaping,
  // or the rule would see one `$$` in our output and run on past the line.
  if (atLineStart && s.startsWith('$$', i) && !escapeRange(s, end, lineEnd(s, end), false, cell).split('\n')[0]!.includes('$$')) return -1;
  return end;
}

// Escapes s[from, to) given that `from` is (or is not) a line start; `s` gives both ends their context.
function escapeRange(s: string, from: number, to: number, startsLine: boolean, cell: boolean): string {
  let out = '';
  let lineStart = startsLine;
  for (let i = from; i < to;) {
    const c = s[i]!;
    if (lineStart && (c === ' ' || c === '\t')) { i += 1; continue; } // indentation would make code or a list continuation
    const atLineStart = lineStart;
    lineStart = false;
    if (atLineStart) {
      const ordered = /^\d{1,9}[.)]/.exec(s.slice(i, i + 11));
      if (ordered) {
        out += ordered[0].slice(0, -1) + '\\' + ordered[0].slice(-1);
        i += ordered[0].length;
        continue;
      }
      if (LINE_START_SPECIALS.has(c)) { out += '\\' + c; i += 1; continue; }
    }
    if (c === '$') {
      const end = mathEnd(s, i, atLineStart, cell);
      if (end !== -1) {
        const math = s.slice(i, end);
        out += cell ? math.replace(/\|/g, '\\|') : math;
        i = end;
        continue;
      }
      // The plugin skips a `$$` that cannot open as a pair: escape both.
      if (s[i + 1] === '$') { out += '\\$\\$'; i += 2; continue; }
    }
    if (c === '\n') { out += c; lineStart = true; i += 1; continue; }
    out += INLINE_SPECIALS.has(c) ? '\\' + c : c;
    i += 1;
  }
  return out;
}

/**
 * Escapes Markdown specials in `text` outside math. By default the text starts a line; `midLine`
 * when it follows other content on its line; `cell` for a table cell (one line, pipes escaped).
 */
export function escapeMarkdown(text: string, opts: { cell?: boolean; midLine?: boolean } = {}): string {
  let s = text.replace(/\r\n?/g, '\n');
  // A cell is one line; markdown-it un-escapes `\|` before inline parsing, even inside math.
  if (opts.cell) s = s.replace(/\s*\n\s*/g, ' ').trim();
  const cell = opts.cell ?? false;
  return escapeRange(s, 0, s.length, !(cell || opts.midLine), cell);
}

// A same-length copy of a block's text in which the sentence segmenter cannot split math or markup.
// Math spans are found as @vscode/markdown-it-katex finds them (its delimiter rules, escapes, and
// code spans taking their backticks first); `\(…\)` and `\[…\]` are masked too, and `...` reads as `…`.

/** Stands in for math, code, link targets and images: a lowercase letter never ends a sentence. */
export const PLACEHOLDER = 'x';
/** Stands in for a citation `[@…]`: closing punctuation, so a citation after 。 stays with its sentence. */
const CITATION = ')';

export interface Masked {
  readonly text: string;
  /** [start, end) of each math span, delimiters included. */
  readonly math: ReadonlyArray<readonly [number, number]>;
  /** [start, end) of every masked span: math, code, images, citations, link targets, autolinks. */
  readonly markup: ReadonlyArray<readonly [number, number]>;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[\w\d]$/u.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /^\s$/u.test(c);
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;

// The plugin's test for a single `$` that may open or close inline math.
const canOpen = (s: string, i: number): boolean =>
  s[i - 1] !== '$' && s[i - 1] !== '\\' && (s[i - 1] === undefined || isSpace(s[i - 1]) || !isWordChar(s[i - 1]));
const canClose = (s: string, i: number): boolean => s[i + 1] !== '$' && (s[i + 1] === undefined || isSpace(s[i + 1]) || !isWordChar(s[i + 1]));
const isBlockDelim = (s: string, i: number): boolean => s[i - 1] !== '$' && s[i - 1] !== '\\' && s[i + 1] === '$' && s[i + 2] !== '$';

/** The next `delim` at or after `from` not preceded by an odd run of backslashes. */
function findUnescaped(s: string, delim: string, from: number): number {
  for (let at = s.indexOf(delim, from); at !== -1; at = s.indexOf(delim, at + delim.length)) {
    let back = 0;
    while (s[at - 1 - back] === '\\') back++;
    if (back % 2 === 0) return at;
  }
  return -1;
}

const IMAGE = /!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/y;
const CITATIONS = /\[@[^\]\n]*\]/y;
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/y;
const AUTOLINK = /<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*>/y;

function matchAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.exec(s) ? re.lastIndex : -1;
}

export function maskMarkup(s: string): Masked {
  const out = s.split('');
  const math: Array<[number, number]> = [];
  const markup: Array<[number, number]> = [];
  const fill = (from: number, to: number, c: string): void => {
    if (c !== '…') markup.push([from, to]);
    for (let k = from; k < to; k++) out[k] = c;
  };
  const mathSpan = (from: number, to: number): number => {
    fill(from, to, PLACEHOLDER);
    math.push([from, to]);
    return to;
  };

  let pos = 0;
  while (pos < s.length) {
    const c = s[pos]!;
    if (c === '`') {
      let n = 1;
      while (s[pos + n] === '`') n++;
      const fence = '`'.repeat(n);
      let close = s.indexOf(fence, pos + n);
      while (close !== -1 && s[close + n] === '`') close = s.indexOf(fence, close + n + 1);
      if (close === -1) pos += n;
      else {
        fill(pos, close + n, PLACEHOLDER);
        pos = close + n;
      }
    } else if (c === '\\' && (s[pos + 1] === '(' || s[pos + 1] === '[')) {
      const close = s.indexOf(s[pos + 1] === '(' ? '\\)' : '\\]', pos + 2);
      pos = close === -1 ? pos + 2 : mathSpan(pos, close + 2);
    } else if (c === '\\' && ASCII_PUNCT.test(s[pos + 1] ?? '')) {
      pos += 2;
    } else if (c === '$' && s[pos + 1] === '$') {
      // The plugin's inline `$$…$$` rule, tried before the single-`$` rule.
      if (!isBlockDelim(s, pos)) pos += 2;
      else {
        const close = findUnescaped(s, '$$', pos + 2);
        if (close === -1) pos += 2;
        else if (close === pos + 2) pos += 4;
        else if (!isBlockDelim(s, close)) pos += 2;
        else pos = mathSpan(pos, close + 2);
      }
    } else if (c === '$') {
      const close = canOpen(s, pos) ? findUnescaped(s, '$', pos + 1) : -1;
      pos = close === -1 || close === pos + 1 || !canClose(s, close) ? pos + 1 : mathSpan(pos, close + 1);
    } else if (c === '!' && s[pos + 1] === '[' && matchAt(IMAGE, s, pos) !== -1) {
      const end = matchAt(IMAGE, s, pos);
      fill(pos, end, PLACEHOLDER);
      pos = end;
    } else if (c === '[' && s[pos + 1] === '@' && matchAt(CITATIONS, s, pos) !== -1) {
      const end = matchAt(CITATIONS, s, pos);
      fill(pos, end, CITATION);
      pos = end;
    } else if (c === ']' && s[pos + 1] === '(' && matchAt(LINK_TARGET, s, pos) !== -1) {
      const end = matchAt(LINK_TARGET, s, pos);
      fill(pos + 1, end, PLACEHOLDER);
      pos = end;
    } else if (c === '<' && matchAt(AUTOLINK, s, pos) !== -1) {
      const end = matchAt(AUTOLINK, s, pos);
      fill(pos, end, PLACEHOLDER);
      pos = end;
    } else if (c === '.' && s[pos + 1] === '.') {
      // An ASCII ellipsis reads like …… (which the segmenter does not end a sentence at), not like a full stop.
      let end = pos;
      while (s[end] === '.') end++;
      fill(pos, end, '…');
      pos = end;
    } else pos += 1;
  }
  return { text: out.join(''), math, markup };
}

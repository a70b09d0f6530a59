// Where each claimed sentence lies in its chapter's Markdown source: a character range the page can
// mark before rendering. A boundary never cuts math, code, a link, an escape or an emphasis run; a
// sentence that cannot be found is kept with the reason, never dropped.
import { lineOf, maskMarkup, rawLines, splitSentences, type RawLines } from '../../coverage/index.js';

/** What the page knows of a claimed sentence: its 1-based line and exact text (results.json `sentences`). */
export interface SentenceAt {
  line: number;
  text: string;
}

export interface Placed {
  /** Index into the sentences given. */
  index: number;
  /** [start, end) in the source. */
  start: number;
  end: number;
  /** 0-based lines of `start` and of the last character. */
  line: number;
  lastLine: number;
  /** A display-math block: marked as a whole block, since a marker before `$$` would unmake it. */
  block: boolean;
}

export interface Unplaced {
  index: number;
  why: string;
}

export interface Placement {
  /** In source order, never overlapping. */
  placed: Placed[];
  unplaced: Unplaced[];
}

type Span = readonly [number, number];

const LINK = /!?\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const DELIMITER = /[*_~]/;

/** Math, code, images, citations, link targets and whole links, per paragraph as the renderer sees them. */
function protectedSpans(source: string): Span[] {
  const spans: Span[] = [];
  for (const m of source.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const at = m.index!;
    for (const [s, e] of maskMarkup(m[0]).markup) spans.push([at + s, at + e]);
    for (const l of m[0].matchAll(LINK)) spans.push([at + l.index!, at + l.index! + l[0].length]);
  }
  return spans;
}

// The far end of the run of one emphasis character (`*`, `_`, `~`) that starts (dir 1) or ends (dir -1) at q.
function runAround(source: string, q: number, dir: 1 | -1): number {
  const c = source[dir === 1 ? q : q - 1];
  let r = q;
  while (c !== undefined && (dir === 1 ? source[r] === c : source[r - 1] === c)) r += dir;
  return r;
}

/** Moves a boundary out of anything a marker would break: math, code, links, an escape, an emphasis run. */
function safeBoundary(source: string, spans: readonly Span[], pos: number, side: 'start' | 'end'): number {
  let p = pos;
  for (const [s, e] of spans) if (p > s && p < e) p = side === 'start' ? s : e;
  let back = 0;
  while (source[p - 1 - back] === '\\') back++;
  if (back % 2 === 1) p += side === 'start' ? -1 : 1;
  if (DELIMITER.test(source[p] ?? '') && source[p - 1] === source[p]) p = runAround(source, p, side === 'start' ? -1 : 1);
  return p;
}

// The source position of sentence `s`: the splitter's sentence with that text nearest its line, else
// any occurrence of the text nearest its line.
function locate(source: string, lines: RawLines, split: ReturnType<typeof splitSentences>, s: SentenceAt): { start: number; math: boolean } | null {
  const near = <T>(xs: readonly T[], line: (x: T) => number): T | undefined =>
    [...xs].sort((a, b) => Math.abs(line(a) - s.line) - Math.abs(line(b) - s.line))[0];
  const same = near(split.filter((x) => x.text === s.text), (x) => x.line);
  if (same) return { start: same.start, math: same.kind === 'math' && same.block === 'math' };
  if (!s.text) return null;
  const at: number[] = [];
  for (let i = source.indexOf(s.text); i !== -1; i = source.indexOf(s.text, i + 1)) at.push(i);
  const best = near(at, (i) => lineOf(lines, i) + 1);
  if (best === undefined) return null;
  const math = /^\$\$[\s\S]*\$\$$/.test(s.text) && (best === 0 || source[best - 1] === '\n');
  return { start: best, math };
}

/** Places every sentence in `source` (the chapter `file`); the rest come back with the reason. */
export function placeSentences(file: string, source: string, sentences: readonly SentenceAt[]): Placement {
  const split = splitSentences(file, source);
  const lines = rawLines(source);
  const spans = protectedSpans(source);
  const found: Placed[] = [];
  const unplaced: Unplaced[] = [];
  sentences.forEach((s, index) => {
    const at = locate(source, lines, split, s);
    if (!at) { unplaced.push({ index, why: 'its text is not in the source (the chapter changed since the run)' }); return; }
    const range = at.math
      ? { start: at.start, end: at.start + s.text.length }
      : { start: safeBoundary(source, spans, at.start, 'start'), end: safeBoundary(source, spans, at.start + s.text.length, 'end') };
    found.push({ index, ...range, line: lineOf(lines, range.start), lastLine: lineOf(lines, Math.max(range.start, range.end - 1)), block: at.math });
  });
  found.sort((a, b) => a.start - b.start || a.index - b.index);
  const placed: Placed[] = [];
  for (const p of found) {
    const prev = placed.at(-1);
    if (prev && p.start < prev.end) {
      // An overlap (two quotes sharing text): the later sentence keeps what is left after the earlier one.
      const start = prev.end;
      if (p.block || prev.block || !/\S/.test(source.slice(start, p.end))) {
        unplaced.push({ index: p.index, why: `its text lies inside sentence ${prev.index + 1}'s mark` });
        continue;
      }
      placed.push({ ...p, start, line: lineOf(lines, start) });
      continue;
    }
    placed.push(p);
  }
  unplaced.sort((a, b) => a.index - b.index);
  return { placed, unplaced };
}

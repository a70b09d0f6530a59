// Where a quote that no longer occurs exactly once most likely went: the source span whose character
// bigrams best match the quote's (Dice coefficient), its length within ±30% of the quote's.

import { splitSentences } from './sentences.js';

export interface NearestText {
  /** The best-matching raw span, trimmed. */
  readonly snippet: string;
  /** 1-based line of the snippet's start. */
  readonly line: number;
  /** Dice coefficient of the character bigram multisets, in [0, 1]; 1 for an exact occurrence. */
  readonly similarity: number;
  /** UTF-16 offsets of the snippet in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface NearestOptions {
  /** Below this similarity there is no answer (null). Default 0.3. */
  readonly minSimilarity?: number;
}

const CANDIDATES = 5;
const SLACK = 0.3;

const bigram = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

function bigramCounts(s: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < s.length; i++) counts.set(bigram(s, i), (counts.get(bigram(s, i)) ?? 0) + 1);
  return counts;
}

/** A bag of the text's bigrams restricted to the quote's, with its multiset intersection kept up to date. */
class Window {
  private readonly have = new Map<number, number>();
  shared = 0;
  constructor(private readonly text: string, private readonly want: Map<number, number>) {}
  add(i: number): void {
    const c = bigram(this.text, i);
    const need = this.want.get(c);
    if (need === undefined) return;
    const n = (this.have.get(c) ?? 0) + 1;
    this.have.set(c, n);
    if (n <= need) this.shared++;
  }
  remove(i: number): void {
    const c = bigram(this.text, i);
    const need = this.want.get(c);
    if (need === undefined) return;
    const n = this.have.get(c)!;
    if (n <= need) this.shared--;
    this.have.set(c, n - 1);
  }
}

/** Shared-bigram counts of every window of `width` characters, by start. */
function scan(text: string, want: Map<number, number>, width: number): Int32Array {
  const scores = new Int32Array(text.length - width + 1);
  const w = new Window(text, want);
  for (let i = 0; i + 1 < width; i++) w.add(i);
  scores[0] = w.shared;
  for (let s = 1; s < scores.length; s++) {
    w.remove(s - 1);
    w.add(s + width - 2);
    scores[s] = w.shared;
  }
  return scores;
}

/** The best starts, at least half a window apart. */
function topStarts(scores: Int32Array, apart: number): number[] {
  const picked: number[] = [];
  for (let k = 0; k < CANDIDATES; k++) {
    let best = -1;
    let top = 0;
    for (let s = 0; s < scores.length; s++) {
      if (scores[s]! > top && picked.every((p) => Math.abs(p - s) >= apart)) {
        best = s;
        top = scores[s]!;
      }
    }
    if (best === -1) break;
    picked.push(best);
  }
  return picked;
}

type Span = { start: number; end: number; similarity: number };

/** Around a candidate start, every start within the slack and every length within ±30%. */
function refine(text: string, want: Map<number, number>, m: number, around: number): Span {
  const slack = Math.ceil(SLACK * m);
  const minLen = Math.min(text.length, Math.max(2, Math.floor((1 - SLACK) * m))); // a short text is all there is
  const maxLen = Math.ceil((1 + SLACK) * m);
  let best: Span = { start: around, end: Math.min(text.length, around + m), similarity: -1 };
  for (let start = Math.max(0, around - slack); start <= Math.min(text.length - 2, around + slack); start++) {
    const w = new Window(text, want);
    for (let end = start + 2; end <= Math.min(text.length, start + maxLen); end++) {
      w.add(end - 2);
      if (end - start < minLen) continue;
      const similarity = (2 * w.shared) / (m - 1 + (end - start - 1));
      const closer = Math.abs(end - start - m) < Math.abs(best.end - best.start - m);
      if (similarity > best.similarity || (similarity === best.similarity && closer)) best = { start, end, similarity };
    }
  }
  return best;
}

function answer(text: string, span: Span): NearestText {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const line = text.slice(0, start).split('\n').length;
  return { snippet: text.slice(start, end), line, similarity: span.similarity, start, end };
}

/**
 * The span of `text` most similar to `quote`: an exact occurrence if there is one (the first),
 * else the best bigram-Dice match of 70% to 130% of the quote's length; null below `minSimilarity`.
 * Cost: one sliding scan of the text per quote, then a local search around the best few windows.
 */
export function nearestText(text: string, quote: string, options: NearestOptions = {}): NearestText | null {
  const minSimilarity = options.minSimilarity ?? 0.3;
  const m = quote.length;
  if (m < 2 || text.length < 2) return null;
  const exact = text.indexOf(quote);
  if (exact !== -1) return answer(text, { start: exact, end: exact + m, similarity: 1 });

  const want = bigramCounts(quote);
  const width = Math.min(m, text.length);
  const starts = topStarts(scan(text, want, width), Math.max(1, Math.floor(width / 2)));
  let best: Span | null = null;
  for (const s of starts) {
    const span = refine(text, want, m, s);
    if (!best || span.similarity > best.similarity) best = span;
  }
  return best && best.similarity >= minSimilarity ? answer(text, best) : null;
}

/** The sentence holding the span most like a lost quote: what an author sees in a stale message. */
export function nearestSentence(file: string, text: string, quote: string): { text: string; line: number; similarity: number } | null {
  const near = nearestText(text, quote);
  if (!near) return null;
  const s = splitSentences(file, text).find((x) => x.start <= near.start && near.start < x.end);
  return { text: s?.text ?? near.snippet, line: s?.line ?? near.line, similarity: near.similarity };
}

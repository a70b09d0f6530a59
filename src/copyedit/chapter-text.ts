// A chapter as the copy-edit rules read it: its sentences (from src/coverage), each with the spans
// of math and of other markup, in raw-file offsets, and line/column arithmetic for locators.
import { basename } from 'node:path';
import { maskMarkup, splitSentences, type Sentence } from '../coverage/index.js';

export type Span = readonly [number, number];

export interface ReadSentence {
  readonly sentence: Sentence;
  /** Math spans, delimiters included, in raw-file offsets. */
  readonly math: readonly Span[];
  /** Every masked span (math, code, images, citations, link targets, autolinks), raw-file offsets. */
  readonly markup: readonly Span[];
}

export interface ChapterText {
  readonly file: string;
  readonly chapter: string;
  readonly text: string;
  readonly sentences: readonly ReadSentence[];
}

export function readChapter(file: string, text: string): ChapterText {
  const sentences = splitSentences(file, text).map((sentence): ReadSentence => {
    const masked = maskMarkup(sentence.text);
    const shift = (spans: readonly Span[]): Span[] => spans.map(([s, e]) => [s + sentence.start, e + sentence.start] as const);
    return { sentence, math: shift(masked.math), markup: shift(masked.markup) };
  });
  return { file, chapter: basename(file, '.md'), text, sentences };
}

export const inside = (spans: readonly Span[], at: number): boolean => spans.some(([s, e]) => at >= s && at < e);

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, col: offset - lastBreak };
}

/** The sentence's text with every markup span blanked to spaces: the prose as a reader meets it. */
export function proseOf(s: ReadSentence): string {
  const chars = s.sentence.text.split('');
  for (const [a, b] of s.markup) for (let i = a; i < b; i++) chars[i - s.sentence.start] = ' ';
  return chars.join('');
}

/** Every match of `re` (global) in the prose of the chapter's text sentences, with its sentence, in source order. */
export function* proseMatches(ch: ChapterText, re: RegExp): Generator<{ s: ReadSentence; m: RegExpExecArray }> {
  for (const s of ch.sentences) {
    if (s.sentence.kind !== 'text') continue;
    for (const m of proseOf(s).matchAll(re)) yield { s, m: m as RegExpExecArray };
  }
}

/** The whole chapter with every sentence's markup blanked (and text outside sentences kept). */
export function proseText(ch: ChapterText): string {
  const chars = ch.text.split('');
  for (const s of ch.sentences) for (const [a, b] of s.markup) for (let i = a; i < b; i++) chars[i] = ' ';
  return chars.join('');
}

/** Sections: sentences grouped by the first `depth` headings of their path, in source order. */
export function sections(ch: ChapterText, depth = Infinity): ReadSentence[][] {
  const out = new Map<string, ReadSentence[]>();
  for (const s of ch.sentences) {
    const key = s.sentence.headingPath.slice(0, depth).join('\u0000');
    out.set(key, [...(out.get(key) ?? []), s]);
  }
  return [...out.values()];
}

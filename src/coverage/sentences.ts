// The sentences of one source: the units statement coverage counts.
import { findBlocks, type Block, type BlockKind } from './internal/blocks.js';
import { maskMarkup } from './internal/mask.js';
import { lineOf, rawLines, type RawLines } from './internal/raw-lines.js';
import { sentenceCuts } from './internal/segment.js';

export type { BlockKind };

/**
 * heading: a heading's text, structure only (counted, never uncovered).
 * math: a display-math block, or a piece that holds nothing but math; covered like any sentence.
 * text: everything else.
 */
export type SentenceKind = 'heading' | 'text' | 'math';

export interface Sentence {
  readonly file: string;
  /** Enclosing headings' raw text, outermost first; a heading's own path ends with itself. */
  readonly headingPath: readonly string[];
  /** 1-based position among all of the file's sentences, headings and math included. */
  readonly ordinal: number;
  /** UTF-16 offsets into the raw file text, end exclusive; `text === source.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  readonly text: string;
  readonly kind: SentenceKind;
  /** The block the sentence sits in; `caption` is a paragraph after (or holding) an image. */
  readonly block: BlockKind;
}

type Piece = { start: number; end: number; kind: SentenceKind };

/** The block's text with everything outside its content spans (line ends, markers) turned into spaces. */
function joined(text: string, block: Block): { from: number; text: string } {
  const from = block.spans[0]![0];
  const to = block.spans.at(-1)![1];
  const chars = Array.from({ length: to - from }, () => ' ');
  for (const [s, e] of block.spans) for (let i = s; i < e; i++) chars[i - from] = text[i]!;
  return { from, text: chars.join('') };
}

const CONTENT = /[\p{L}\p{N}]/u;

function pieces(text: string, block: Block): Piece[] {
  const whole = { start: block.spans[0]![0], end: block.spans.at(-1)![1] };
  if (block.kind === 'heading') return [{ ...whole, kind: 'heading' }];
  if (block.kind === 'math') return [{ ...whole, kind: 'math' }];
  const { from, text: plain } = joined(text, block);
  const masked = maskMarkup(plain);
  const inMath = (i: number): boolean => masked.math.some(([s, e]) => i >= s && i < e);
  const cuts = sentenceCuts(masked.text);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let a = cuts[k]!;
    let b = cuts[k + 1]!;
    while (a < b && /\s/.test(masked.text[a]!)) a++;
    while (b > a && /\s/.test(masked.text[b - 1]!)) b--;
    if (a === b) continue;
    let content = false;
    let math = false;
    for (let i = a; i < b && !content; i++) {
      if (inMath(i)) math = true;
      else if (CONTENT.test(masked.text[i]!)) content = true;
    }
    if (!content && !math) continue; // markup alone: a stray citation, emphasis markers
    out.push({ start: from + a, end: from + b, kind: content ? 'text' : 'math' });
  }
  return out;
}

function toSentences(file: string, lines: RawLines, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    for (const p of pieces(lines.text, block)) {
      out.push({
        file,
        headingPath: block.headingPath,
        ordinal: out.length + 1,
        start: p.start,
        end: p.end,
        line: lineOf(lines, p.start) + 1,
        text: lines.text.slice(p.start, p.end),
        kind: p.kind,
        block: block.kind,
      });
    }
  }
  return out;
}

/**
 * Splits a Markdown source into sentences, in source order. Blocks come from markdown-it; inside a
 * block, lines are joined, math and link markup masked, and Intl.Segmenter finds the sentence ends.
 * Front matter, image-only paragraphs, code, rules and HTML yield no sentence.
 */
export function splitSentences(file: string, text: string): Sentence[] {
  const lines = rawLines(text);
  return toSentences(file, lines, findBlocks(lines));
}

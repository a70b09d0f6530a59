// The chapter's Markdown with each placed sentence bracketed by private-use characters that
// markdown-it keeps in its text tokens (no source contains them); sentence-marks.ts turns them into marks.
// Beside an emphasis run (`**`) a marker carries a stand-in for the character it hides from the run,
// a space or a punctuation mark, so the run opens and closes exactly as in the source.
import type { Placed } from './place-sentences.js';

const OPEN = '\uE010';
const CLOSE = '\uE011';
const DIGIT0 = 0xe020;
const AS_SPACE = '\u2008';
const AS_PUNCT = '\u2E2A';

/** An opening marker with its sentence index, or a closing marker (stand-ins removed first); global. */
export const MARKER = /\uE010([\uE020-\uE029]+)|\uE011/g;
const STAND_IN = /[\u2008\u2E2A](?=[\uE010\uE011])|(?<=[\uE011\uE020-\uE029])[\u2008\u2E2A]/g;

/** The text without markers or their stand-ins. */
export const stripMarkers = (s: string): string => s.replace(STAND_IN, '').replace(/[\uE010\uE011\uE020-\uE029]/g, '');

/** The text with the stand-ins gone and the markers left to split on. */
export const withoutStandIns = (s: string): string => s.replace(STAND_IN, '');

const encode = (n: number): string => [...String(n)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('');

/** The sentence index an opening marker's digits encode. */
export const decodeIndex = (digits: string): number => Number([...digits].map((c) => c.charCodeAt(0) - DIGIT0).join(''));

// What markdown-it's emphasis rules would have read where the marker now stands: nothing to add for a letter.
function standIn(c: string | undefined): string {
  if (c === undefined || /\s/.test(c)) return AS_SPACE;
  return /[\p{P}\p{S}]/u.test(c) ? AS_PUNCT : '';
}
const isRun = (c: string | undefined): boolean => c !== undefined && /[*_~]/.test(c);

export interface MarkedSource {
  markdown: string;
  /** 0-based first line of each display-math block marked whole -> its sentence index. */
  blockLines: Map<number, number>;
}

/** Inserts the markers of every inline range (ranges in source order, not overlapping); blocks are listed by line. */
export function markSource(source: string, placed: readonly Placed[]): MarkedSource {
  const blockLines = new Map<number, number>();
  const cuts = new Map<number, string>();
  const add = (at: number, text: string): void => { cuts.set(at, (cuts.get(at) ?? '') + text); };
  for (const p of placed) {
    if (p.block) {
      blockLines.set(p.line, p.index);
      continue;
    }
    add(p.start, OPEN + encode(p.index));
    add(p.end, CLOSE);
  }
  let out = '';
  let last = 0;
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    // The run before the marker must still see what follows it, and the run after it what precedes it.
    const left = isRun(source[at - 1]) ? standIn(source[at]) : '';
    const right = isRun(source[at]) ? standIn(source[at - 1]) : '';
    out += source.slice(last, at) + left + cuts.get(at)! + right;
    last = at;
  }
  return { markdown: out + source.slice(last), blockLines };
}

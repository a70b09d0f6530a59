// Where a `replace` correction acts in the source as it reads now: its span, found inside the quote
// the finding (or claim) is anchored to, on the line the run recorded.
import { minimalEdit, type Edit } from './edit.js';

export interface Anchor {
  file: string;
  /** The exact span the finding is about, as the run read it. */
  quote: string;
  line: number | null;
  /** 1-based column of the quote on its line, where the finding's id gives it (copy-edit findings). */
  column?: number;
}

export type Located = { edit: Edit } | { problem: string };

function occurrences(text: string, s: string): number[] {
  const at: number[] = [];
  if (!s) return at;
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) at.push(i);
  return at;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

// One occurrence, else none: the one at the recorded column, else the only one on the recorded line, else the only one in the text.
function pick(text: string, at: readonly number[], line: number | null, column?: number): number | null {
  const onLine = line === null ? [] : at.filter((i) => lineAt(text, i) === line);
  const atColumn = column === undefined ? [] : onLine.filter((i) => i - text.lastIndexOf('\n', i - 1) === column);
  if (atColumn.length === 1) return atColumn[0]!;
  if (onLine.length === 1) return onLine[0]!;
  return at.length === 1 ? at[0]! : null;
}

/** Where the anchor's quote is in the text, by the rules of `pick`; null when gone or ambiguous. */
export function placeQuote(text: string, anchor: Anchor): number | null {
  return pick(text, occurrences(text, anchor.quote), anchor.line, anchor.column);
}

/**
 * The smallest edit that makes the correction in `text`, or why it cannot be made mechanically:
 * the span (or its quote) is no longer in the text verbatim, occurs more than once with nothing
 * to tell which is meant, or the text already reads as corrected.
 */
export function locateCorrection(text: string, anchor: Anchor, replace: { span: string; text: string }): Located {
  const { span } = replace;
  if (!span) return { problem: 'the correction names no span' };
  const quoteAt = placeQuote(text, anchor);
  let at: number | null = null;
  if (quoteAt !== null && anchor.quote.includes(span)) {
    const inQuote = occurrences(anchor.quote, span);
    if (inQuote.length > 1) return { problem: `the span «${span}» occurs ${inQuote.length} times in its quote` };
    at = quoteAt + inQuote[0]!;
  } else {
    const all = occurrences(text, span);
    // A span wider than the quote holds it (a claim that quotes part of a clause and corrects the clause).
    const around = quoteAt === null ? [] : all.filter((i) => i <= quoteAt && quoteAt + anchor.quote.length <= i + span.length);
    at = around.length === 1 ? around[0]! : pick(text, all, anchor.line);
    if (at === null && all.length > 1) return { problem: `the span «${span}» occurs ${all.length} times in ${anchor.file} and none is on line ${anchor.line ?? '?'}` };
  }
  if (at === null) {
    const onLine = replace.text !== '' && anchor.line !== null && (text.split('\n')[anchor.line - 1]?.includes(replace.text) ?? false);
    return { problem: onLine ? 'already applied: the line reads as corrected' : `the span «${span}» is no longer in ${anchor.file} verbatim` };
  }
  const edit = minimalEdit(text, { file: anchor.file, start: at, end: at + span.length, text: replace.text });
  return edit ? { edit } : { problem: 'the correction changes nothing' };
}

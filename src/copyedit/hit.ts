// What a copy-edit rule reports: a span of the chapter as written, what is wrong, and the edit.
import type { Correction } from '../results/schema.js';

export type Confidence = 'high' | 'medium' | 'low';

export interface Hit {
  readonly rule: string;
  readonly file: string;
  /** UTF-16 offsets into the raw chapter, end exclusive: the exact span the hit is about. */
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly correction: Correction;
  readonly confidence: Confidence;
}

/** An edit of the quoted span: the text to paste in its place. */
export const replaceWith = (span: string, text: string): Correction => ({ replace: { span, text } });
/** What was seen, when no edit can be computed. */
export const observed = (what: string): Correction => ({ observed: what });

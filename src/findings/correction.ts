// Corrections in the published shape: an edit of a span ({replace}) or what was measured ({observed}).
import type { CorrectionValue } from '../claim/types.js';
import type { Correction } from '../results/schema.js';

/** A claim's correction as published: a plain string is what was observed, since no edit was computed. */
export function toCorrection(value: CorrectionValue | null): Correction {
  if (value === null) return null;
  return typeof value === 'string' ? { observed: value } : { replace: { span: value.replace.span, text: value.replace.text } };
}

/** One line of plain text for a correction: `span → text` for an edit, the observation otherwise. */
export function correctionText(c: Correction): string | null {
  if (c === null) return null;
  return 'replace' in c ? `${c.replace.span} → ${c.replace.text}` : c.observed;
}

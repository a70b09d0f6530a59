// A claim as its source currently reads: the quote's slots filled from the text, the statement and
// reading interpolated, so reports show the sentence and the assertion the check actually ran on.
import { interpolate, type SlotValues } from './quote-template.js';
import type { QuoteLocation } from './quote.js';
import type { Claim } from './types.js';

export function fillSlots(claim: Claim, at: QuoteLocation): Claim {
  if (at.text === null || !Object.keys(at.slots).length) return claim;
  const s: SlotValues = at.slots;
  return Object.freeze({
    ...claim,
    source: { ...claim.source, quote: at.text },
    statement: interpolate(claim.statement, s),
    ...(claim.reading !== undefined ? { reading: interpolate(claim.reading, s) } : {}),
  });
}

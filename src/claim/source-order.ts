import { readFileSync } from 'node:fs';
import type { Claim } from './types.js';
import { matchQuote } from './quote-template.js';

/** Claims sorted by where their quotes stand in the source file (stable; unanchored quotes last). */
export function inSourceOrder(claims: readonly Claim[], sourceUrl: URL): Claim[] {
  const text = readFileSync(sourceUrl, 'utf8');
  const at = (c: Claim) => {
    const [first] = matchQuote(text, c.source.quote, 1);
    return first ? first.start : Infinity;
  };
  return claims.map((c, i) => ({ c, i, at: at(c) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.c);
}

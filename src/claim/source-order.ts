import { readFileSync } from 'node:fs';
import type { Claim } from './types.js';
import { isClaim } from './define-claim.js';
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

/**
 * A chapter's registry, built from its claim modules' exports (claims, or arrays of claims) in
 * source order, so no list of claims is typed twice and a new export is registered by being exported.
 */
export function claimsOf(modules: readonly Record<string, unknown>[], sourceUrl: URL): Claim[] {
  const found = new Set<Claim>();
  for (const m of modules) {
    for (const value of Object.values(m)) {
      for (const v of Array.isArray(value) ? value : [value]) if (isClaim(v)) found.add(v);
    }
  }
  return inSourceOrder([...found], sourceUrl);
}

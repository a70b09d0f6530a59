import type { Claim } from '../claim/types.js';

export interface Filters {
  chapter?: string[];
  claim?: string[];
  kind?: string[];
}

/** Thrown when a filter names nothing that exists; the CLI prints it as a usage error. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const matches = (pattern: string, id: string): boolean => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern);

/** Keeps the claims every given filter admits, in registry order; unknown names are errors. */
export function filterClaims(claims: readonly Claim[], f: Filters): Claim[] {
  const chapters = new Set(claims.map((c) => c.chapter));
  for (const ch of f.chapter ?? []) {
    if (!chapters.has(ch)) throw new UsageError(`no chapter '${ch}'; chapters with claims: ${[...chapters].join(', ')}`);
  }
  for (const p of f.claim ?? []) {
    if (!claims.some((c) => matches(p, c.id))) throw new UsageError(`no claim matches '${p}'; \`claimcheck list\` shows the ids`);
  }
  return claims.filter((c) =>
    (!f.chapter?.length || f.chapter.includes(c.chapter)) &&
    (!f.claim?.length || f.claim.some((p) => matches(p, c.id))) &&
    (!f.kind?.length || f.kind.includes(c.kind)));
}

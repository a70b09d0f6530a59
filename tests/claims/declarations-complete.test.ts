// What every claim declares (issues 18 and 19): the scope it is judged by, and, where the golden run
// leaves it inconclusive, the budget that would decide it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';

const golden: Record<string, { verdict: string }> = JSON.parse(readFileSync(new URL('./golden/quick-seed1.json', import.meta.url), 'utf8')).claims;
const checkable = claims.filter((c): c is Exclude<(typeof claims)[number], { kind: 'not-checkable' }> => c.kind !== 'not-checkable');
const chapters = [...new Set(claims.map((c) => c.chapter))];

function missing(chapter: string, lacks: (c: (typeof checkable)[number]) => boolean): string[] {
  return checkable.filter((c) => c.chapter === chapter && lacks(c)).map((c) => c.id);
}

describe('every checkable claim declares what it is judged by', () => {
  it.each(chapters)('%s: scope declared on every checkable claim', (chapter) => {
    const ids = missing(chapter, (c) => c.scope === undefined);
    expect(ids, `${chapter}: claims without a scope (decide it from the paragraph; docs/writing-claims.md, Scope and premise)`).toEqual([]);
  });

  it.each(chapters)('%s: every claim the golden run leaves inconclusive names its deciding budget', (chapter) => {
    const ids = missing(chapter, (c) => !c.decidingBudget && golden[c.id]?.verdict === 'inconclusive');
    expect(ids, `${chapter}: inconclusive in the golden run without a decidingBudget`).toEqual([]);
  });
});

// What every claim must declare before its chapter's re-judging is done (issues 18 and 19): the scope
// it is judged by, and, where the golden run leaves it inconclusive, the budget that would decide it.
// Each chapter's count of claims still missing one may only fall; at 0 its entry goes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';

const UNDECLARED_SCOPE: Record<string, number> = {
  'depth-vs-width': 117,
};
const UNNAMED_DECIDING_BUDGET: Record<string, number> = {
  'depth-vs-width': 36,
  // finite-width-gradient-factor-reading-a, -reading-b and widening-compensates: inconclusive in the
  // golden snapshot only; gated since branch ntkfw, they refute at quick (seeds 1-5). 0 once the golden is regenerated.
  'infinite-width-ntk': 3,
};

const golden: Record<string, { verdict: string }> = JSON.parse(readFileSync(new URL('./golden/quick-seed1.json', import.meta.url), 'utf8')).claims;
const checkable = claims.filter((c): c is Exclude<(typeof claims)[number], { kind: 'not-checkable' }> => c.kind !== 'not-checkable');
const chapters = [...new Set(claims.map((c) => c.chapter))];

function missing(chapter: string, lacks: (c: (typeof checkable)[number]) => boolean): string[] {
  return checkable.filter((c) => c.chapter === chapter && lacks(c)).map((c) => c.id);
}

describe('every checkable claim declares what it is judged by', () => {
  it.each(chapters)('%s: scope declared on every checkable claim', (chapter) => {
    const ids = missing(chapter, (c) => c.scope === undefined);
    expect(ids.length, `${chapter}: ${ids.length} claim(s) without a scope (${ids.slice(0, 5).join(', ')}...); lower UNDECLARED_SCOPE as they get one`).toBe(UNDECLARED_SCOPE[chapter] ?? 0);
  });

  it.each(chapters)('%s: every claim the golden run leaves inconclusive names its deciding budget', (chapter) => {
    const ids = missing(chapter, (c) => !c.decidingBudget && golden[c.id]?.verdict === 'inconclusive');
    expect(ids.length, `${chapter}: inconclusive without decidingBudget: ${ids.join(', ')}; lower UNNAMED_DECIDING_BUDGET as they get one`).toBe(UNNAMED_DECIDING_BUDGET[chapter] ?? 0);
  });
});

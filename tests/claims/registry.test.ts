// The registry's declarations: ids, quotes anchored once, statements, tolerances with reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { locateQuote } from '../../src/claim/quote.js';
import { TODO } from '../../src/authoring/skeleton.js';
import { linkProblems, sourceProblems } from '../../src/findings/declarations.js';

const SOURCES = join(import.meta.dirname, '../../sources');

describe('claim registry', () => {
  it('has claims and unique ids', () => {
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  describe.each(claims.map((c) => [c.id, c] as const))('%s', (_id, claim) => {
    it('is prefixed by its chapter, which names its source file', () => {
      expect(claim.id.startsWith(`${claim.chapter}/`)).toBe(true);
      expect(claim.source.file).toBe(`${claim.chapter}.md`);
    });

    it('quotes its source verbatim, exactly once', () => {
      const text = readFileSync(join(SOURCES, claim.source.file), 'utf8');
      expect(locateQuote(text, claim.source.quote).count).toBe(1);
    });

    it('states what is asserted', () => {
      expect(claim.statement.trim().length).toBeGreaterThan(10);
    });

    it('has no placeholder left by `claimcheck new`', () => {
      expect(JSON.stringify(claim), `${claim.definedIn}: fill in the skeleton`).not.toContain(TODO);
    });

    it(claim.kind === 'not-checkable' ? 'says why it is not checkable' : 'declares a tolerance with its reason', () => {
      if (claim.kind === 'not-checkable') {
        expect(claim.reason.trim().length).toBeGreaterThan(10);
      } else {
        expect(claim.tolerance.why.trim().length).toBeGreaterThan(10);
        expect(typeof claim.correction).toBe('function');
      }
    });
  });

  it('ties readings, root causes and replications to claims and citations that exist', () => {
    const files = [...new Set(claims.map((c) => c.source.file))];
    const sources = new Map(files.map((f) => [f, readFileSync(join(SOURCES, f), 'utf8')]));
    expect([...linkProblems(claims), ...sourceProblems(claims, sources)]).toEqual([]);
  });

  it('keeps each chapter\'s claims together', () => {
    const order = claims.map((c) => c.chapter).filter((ch, i, all) => i === 0 || all[i - 1] !== ch);
    expect(new Set(order).size).toBe(order.length);
  });
});

// The author's loop: edit a number the text states, and the same claim reads the new number.
// In a temporary copy of the chapters, every slot of every templated quote is edited in turn; the
// claim must still anchor once, record the new value, state it, and no claim of the chapter may go
// stale. Anchoring and interpolation only; a few cheap claims then run end to end on an edited copy.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims, narrative } from '../../claims/index.js';
import { fillSlots } from '../../src/claim/fill-slots.js';
import { locateQuote } from '../../src/claim/quote.js';
import { formatSlot, matchQuote, parseQuoteTemplate, type SlotValue } from '../../src/claim/quote-template.js';
import { computeCoverage } from '../../src/coverage/coverage.js';
import { runSuite } from '../../src/runner/run-suite.js';

const SOURCES = resolve(import.meta.dirname, '../../sources');
const REGISTRY = resolve(import.meta.dirname, '../../claims/index.ts');
const templated = claims.filter((c) => parseQuoteTemplate(c.source.quote).slots.length > 0);

/** Another valid value for a slot, written the way the text writes it; for a choice, the next word it lists. */
function edited(v: SlotValue, options: readonly string[] = []): string {
  if (v.type === 'choice') return options[(v.value + 1) % options.length]!;
  if (v.type === 'rel') return ({ '<': '>', '>': '<', '\\le': '\\ge', '\\ge': '\\le', missing: '<' } as const)[v.relation!];
  const number = v.written.replace(/\\?%|％/, '').trim();
  const decimals = number.split('.')[1]?.length ?? 0;
  const next = Number(number.replace(/,/g, '')) + 1;
  const text = number.includes(',') ? next.toLocaleString('en-US', { minimumFractionDigits: decimals }) : next.toFixed(decimals);
  return v.written.replace(number, text);
}

const copy = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-slots-'));
  cpSync(SOURCES, dir, { recursive: true });
  return dir;
};

describe('slot mutation', () => {
  it('has templated claims in every converted chapter', () => {
    expect(templated.length).toBeGreaterThan(0);
  });

  const cases = templated.flatMap((c) => parseQuoteTemplate(c.source.quote).slots.map((s) => [c.id, s.name] as const));
  const dir = copy();

  describe.each(cases)('%s: slot %s', (id, slot) => {
    it('follows an edit of its value, and no claim goes stale', () => {
      const claim = claims.find((c) => c.id === id)!;
      const file = join(dir, claim.source.file);
      const original = readFileSync(join(SOURCES, claim.source.file), 'utf8');
      const [before] = matchQuote(original, claim.source.quote);
      const [from, to] = before!.spans[slot]!;
      const value = edited(before!.slots[slot]!, parseQuoteTemplate(claim.source.quote).slots.find((s) => s.name === slot)!.options);
      const text = original.slice(0, from) + value + original.slice(to);
      writeFileSync(file, text);
      try {
        const at = locateQuote(readFileSync(file, 'utf8'), claim.source.quote);
        expect(at.count).toBe(1);
        const now = at.slots[slot]!;
        expect(now.written).toBe(value);
        if (now.type === 'rel') expect(now.relation).not.toBe(before!.slots[slot]!.relation);
        else expect(now.value).not.toBe(before!.slots[slot]!.value);
        for (const [other, v] of Object.entries(before!.slots)) if (other !== slot) expect(at.slots[other]).toEqual(v);
        const filled = fillSlots(claim, at);
        for (const field of ['statement', 'reading'] as const) {
          if (claim[field]?.includes(`{${slot}}`)) expect(filled[field]).toContain(formatSlot(now));
        }
        const chapter = claims.filter((c) => c.source.file === claim.source.file);
        const notes = narrative.filter((n) => n.file === claim.source.file);
        expect(computeCoverage(new Map([[claim.source.file, text]]), chapter, notes)[0]!.problems).toEqual([]);
      } finally {
        writeFileSync(file, original);
      }
    });
  });
});

// Cheap exact claims whose asserted value is a slot: the edited value reaches the check and changes the verdict.
const END_TO_END = ['infinite-width-ntk/tanh-derivative-at-origin', 'infinite-width-ntk/relu-derivative'].filter((id) => templated.some((c) => c.id === id));

describe.runIf(END_TO_END.length > 0)('slot edits run end to end', () => {
  it('runs the claims on an edited copy with the new values asserted', async () => {
    const dir = copy();
    const run = async (out: string) => runSuite({
      registry: REGISTRY, claims: claims.filter((c) => END_TO_END.includes(c.id)), sourcesDir: dir, seed: 1, budget: 'quick', backend: 'cpu',
      logPath: join(dir, out, 'results.jsonl'), filters: { chapter: [], claim: END_TO_END, kind: [] },
    });
    const before = await run('before');
    for (const id of END_TO_END) {
      const claim = claims.find((c) => c.id === id)!;
      const file = join(dir, claim.source.file);
      const text = readFileSync(file, 'utf8');
      const [m] = matchQuote(text, claim.source.quote);
      const [name] = Object.keys(m!.slots);
      const [from, to] = m!.spans[name!]!;
      writeFileSync(file, text.slice(0, from) + edited(m!.slots[name!]!) + text.slice(to));
    }
    const after = await run('after');
    for (const [i, id] of END_TO_END.entries()) {
      const [b, a] = [before.claims[i]!, after.claims[i]!];
      expect(a.id).toBe(id);
      expect(a.source.quote).not.toBe(b.source.quote);
      expect(a.statement).not.toBe(b.statement);
      const asserted = (r: typeof a) => r.evidence.observations.map((o) => o.asserted);
      expect(asserted(a)).not.toEqual(asserted(b));
      expect(a.verdict).not.toBe(b.verdict);
    }
  }, 300_000);
});

// Issue 22's author: apply the suite's own correction of a parameter count and re-run the same claim.
const FIG = 'why-deep-learning-works/fig-20-2-4-layer-param-count';

describe.runIf(templated.some((c) => c.id === FIG))('an applied correction', () => {
  it('is re-checked by the same claim, with the corrected value asserted and nothing stale', async () => {
    const dir = copy();
    const claim = claims.find((c) => c.id === FIG)!;
    const run = async (out: string) => (await runSuite({
      registry: REGISTRY, claims: [claim], sourcesDir: dir, seed: 1, budget: 'quick', backend: 'cpu',
      logPath: join(dir, out, 'results.jsonl'), filters: { chapter: [], claim: [FIG], kind: [] },
    })).claims[0]!;
    const before = await run('before');
    const parameters = (r: typeof before) => r.evidence.observations.find((o) => o.label === 'parameters')!;
    if (parameters(before).outcome === 'inside') return; // the text is already right: nothing to apply
    const file = join(dir, claim.source.file);
    const correction = before.correction!;
    if (!('replace' in correction)) throw new Error(`${FIG}'s correction is not an edit: ${JSON.stringify(correction)}`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(correction.replace.span, correction.replace.text));
    const after = await run('after');
    expect(after.verdict).not.toBe(before.verdict);
    expect(parameters(after).asserted).toBe(parameters(before).measured);
    expect(parameters(after).outcome).toBe('inside');
    expect(after.statement).toContain(parameters(before).measured!.toLocaleString('en-US'));
  }, 300_000);
});

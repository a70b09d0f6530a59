// Folding findings by root cause and by span, from any producer.
import { describe, expect, it } from 'vitest';
import { foldBySpan, foldFollows, strongestFirst } from '../../src/findings/fold.js';
import { applyEdits } from '../../src/fix/apply-edits.js';
import { planFix } from '../../src/fix/plan-fixes.js';
import type { Finding, Note } from '../../src/results/schema.js';

const finding = (over: Partial<Finding> & { id: string }): Finding => ({
  category: 'error', source: { file: 'c.md', quote: over.id, line: 1 }, claims: [over.id], summary: `${over.id} is wrong`,
  correction: null, confidence: 'medium', ...over,
});

describe('foldFollows', () => {
  it('folds a chain of findings under its root, and leaves a follower whose root holds on its own', () => {
    const out = foldFollows(
      [finding({ id: 'c/a' }), finding({ id: 'c/b' }), finding({ id: 'c/c' }), finding({ id: 'c/d' })],
      new Map([['c/b', 'c/a'], ['c/c', 'c/b'], ['c/d', 'c/supported']]),
    );
    expect(out.map((f) => [f.id, f.claims])).toEqual([['c/a', ['c/a', 'c/b', 'c/c']], ['c/d', ['c/d']]]);
  });

  it('folds a note that follows another note under it', () => {
    const note = (id: string): Note => ({ ...finding({ id }), category: 'wording' });
    const out = foldFollows([note('c/a'), note('c/b')], new Map([['c/b', 'c/a']]));
    expect(out.map((f) => [f.id, f.claims])).toEqual([['c/a', ['c/a', 'c/b']]]);
  });

  it('survives a cycle of follows without losing a finding', () => {
    const out = foldFollows([finding({ id: 'c/a' }), finding({ id: 'c/b' })], new Map([['c/a', 'c/b'], ['c/b', 'c/a']]));
    expect(out.flatMap((f) => f.claims).sort()).toEqual(['c/a', 'c/b']);
  });
});

describe('foldBySpan', () => {
  const source = new Map([['c.md', '第一句话有一个错字。第二句话没有。']]);

  it('folds a copy-edit and a content finding on overlapping spans into one, the content finding leading', () => {
    const copy = finding({ id: 'copyedit/typo/c.md:1:5', category: 'copyedit', source: { file: 'c.md', quote: '一个错字', line: 1 }, claims: [], confidence: 'high', correction: { replace: { span: '错字', text: '别字' } } });
    const content = finding({ id: 'c/first', source: { file: 'c.md', quote: '第一句话有一个错字', line: 1 }, correction: { observed: 'measured 3' } });
    const other = finding({ id: 'c/second', source: { file: 'c.md', quote: '第二句话没有', line: 1 } });
    const out = foldBySpan([copy, content, other], source);
    expect(out.map((f) => f.id)).toEqual(['c/first', 'c/second']);
    expect(out[0]!.claims).toEqual(['c/first']);
    expect(out[0]!.summary).toContain('also on this span: copyedit/typo/c.md:1:5 is wrong');
    expect(out[0]!.correction).toEqual({ observed: 'measured 3' });
  });

  it('keeps findings on disjoint spans apart, and folds by quote and line when the source is not at hand', () => {
    const a = finding({ id: 'c/a', source: { file: 'c.md', quote: '第一句话', line: 1 } });
    const b = finding({ id: 'c/b', source: { file: 'c.md', quote: '第二句话', line: 1 } });
    expect(foldBySpan([a, b], source)).toHaveLength(2);
    const inner = finding({ id: 'c/inner', source: { file: 'c.md', quote: '一句', line: 1 } });
    const outer = finding({ id: 'c/outer', source: { file: 'c.md', quote: '第一句话', line: 1 } });
    expect(foldBySpan([inner, outer]).map((f) => f.claims)).toEqual([['c/inner', 'c/outer']]);
  });
});

describe('foldBySpan, one quote twice on a line', () => {
  // Figure 20.9's caption names the zone 适中区域 twice on one line (session-10 referee, defect 4).
  const text = '前言。\n图 20.9 适中区域。……称为适中区域。\n';
  const hit = (col: number): Finding => finding({
    id: `copyedit/term-renderings/c.md:2:${col}`, category: 'copyedit', source: { file: 'c.md', quote: '适中区域', line: 2 }, claims: [],
    summary: `«适中区域» at column ${col}`, confidence: 'high', correction: { replace: { span: '适中区域', text: '金发姑娘区域' } },
  });
  const [first, second] = [hit(8), hit(text.split('\n')[1]!.lastIndexOf('适中区域') + 1)];

  it('keeps copy-edit hits at different columns apart, with or without the source text', () => {
    for (const sources of [new Map([['c.md', text]]), new Map<string, string>()]) {
      expect(foldBySpan([first, second], sources).map((f) => [f.id, f.summary])).toEqual([[first.id, first.summary], [second.id, second.summary]]);
    }
  });

  it('lets the fix correct both occurrences', () => {
    const planned = foldBySpan([first, second], new Map([['c.md', text]])).map((f) => {
      const plan = planFix(f, new Map(), () => text);
      return { id: f.id, edits: 'edits' in plan ? plan.edits : [] };
    });
    expect(applyEdits(new Map([['c.md', text]]), planned).files[0]!.after).toBe('前言。\n图 20.9 金发姑娘区域。……称为金发姑娘区域。\n');
  });
});

describe('strongestFirst', () => {
  it('orders by confidence, keeping source order within a level', () => {
    const list = [finding({ id: 'c/1', confidence: 'low' }), finding({ id: 'c/2', confidence: 'high' }), finding({ id: 'c/3' }), finding({ id: 'c/4', confidence: 'high' })];
    expect(strongestFirst(list).map((f) => f.id)).toEqual(['c/2', 'c/4', 'c/3', 'c/1']);
  });
});

// Which findings `claimcheck fix` can correct by an edit, and which it leaves to the author.
import { describe, expect, it } from 'vitest';
import { planFix } from '../../src/fix/plan-fixes.js';
import type { ClaimResult, Correction, Finding } from '../../src/results/schema.js';

const FILE = 'ch.md';
const TEXT = '前言。\n图中的网络有 3,210 和 15,139 个参数。\n';
const finding = (id: string, quote: string, correction: Correction, claims: string[] = [id]): Finding =>
  ({ id, category: 'error', source: { file: FILE, quote, line: 2 }, claims, summary: '', correction, confidence: 'high' });
// Only what planFix reads of a claim's result.
const result = (id: string, quote: string, correction: Correction) => ({ id, source: { file: FILE, quote, line: 2 }, correction }) as ClaimResult;
const sourceOf = (file: string) => (file === FILE ? TEXT : null);
const replace = (span: string, text: string): Correction => ({ replace: { span, text } });

describe('planning a fix', () => {
  it('edits the slots of every claim folded into a finding', () => {
    const lead = finding('a', '有 3,210 和 15,139 个参数', replace('有 3,210 和 15,139 个参数', '有 3,290 和 15,139 个参数'), ['a', 'b']);
    const claims = new Map([['b', result('b', '15,139 个参数', replace('15,139 个参数', '15,319 个参数'))]]);
    const plan = planFix(lead, claims, sourceOf);
    expect('edits' in plan && plan.edits.map((e) => [TEXT.slice(e.start, e.end), e.text])).toEqual([['3,210', '3,290'], ['15,139', '15,319']]);
  });

  it('lets the finding\'s own edit of a whole span supersede a folded claim\'s edit inside it, instead of a conflict', () => {
    // The lead rewrites the count and the figure derived from it; the folded claim only knew its own figure.
    const lead = finding('a', '有 3,210 和 15,139 个参数', replace('有 3,210 和 15,139 个参数', '有 4,000 和 16,000 个参数'), ['a', 'b']);
    const plan = planFix(lead, new Map([['b', result('b', '15,139 个参数', replace('15,139 个参数', '15,319 个参数'))]]), sourceOf);
    expect('edits' in plan && plan.edits.map((e) => [TEXT.slice(e.start, e.end), e.text])).toEqual([['3,210 和 15,139', '4,000 和 16,000']]);
  });

  it('leaves to the author a finding whose correction, or a folded claim\'s, is only observed or absent', () => {
    expect(planFix(finding('a', '3,210', { observed: 'measured 3,290' }), new Map(), sourceOf)).toEqual({ finding: expect.anything(), hand: 'no edit can be computed; observed: measured 3,290' });
    expect(planFix(finding('a', '3,210', null), new Map(), sourceOf)).toMatchObject({ hand: 'no correction was computed' });
    const folded = finding('a', '3,210 和 15,139', replace('3,210', '3,290'), ['a', 'b']);
    expect(planFix(folded, new Map([['b', result('b', '15,139', { observed: 'x' })]]), sourceOf)).toMatchObject({ hand: 'b, on the same span: no edit can be computed; observed: x' });
  });

  it('corrects the root of a claim that follows from it elsewhere, which has no edit of its own', () => {
    const root = finding('a', '3,210', replace('3,210', '3,290'), ['a', 'b']);
    const plan = planFix(root, new Map([['b', result('b', '前言', { observed: 'x' })]]), sourceOf);
    expect('edits' in plan && plan.edits.map((e) => e.text)).toEqual(['3,290']);
  });

  it('places a copy-edit finding by the column its id gives when its span occurs twice on the line', () => {
    const text = '甲 a2 乙 a2 丙\n';
    const f: Finding = { id: `copyedit/lost-superscript/${FILE}:1:8`, category: 'copyedit', source: { file: FILE, quote: 'a2', line: 1 }, claims: [], summary: '', correction: replace('a2', '$a^2$'), confidence: 'high' };
    const plan = planFix(f, new Map(), () => text);
    expect('edits' in plan && plan.edits.map((e) => [e.start, e.text])).toEqual([[text.lastIndexOf('a2'), '$a^2$']]);
    expect(planFix({ ...f, id: 'other' }, new Map(), () => text)).toMatchObject({ hand: expect.stringMatching(/occurs 2 times/) });
  });

  it('leaves to the author a finding whose span or source is gone', () => {
    expect(planFix(finding('a', '3,211', replace('3,211', '3,290')), new Map(), sourceOf)).toMatchObject({ hand: expect.stringMatching(/no longer in ch\.md verbatim/) });
    const elsewhere: Finding = { ...finding('a', 'x', replace('x', 'y')), source: { file: 'gone.md', quote: 'x', line: 1 } };
    expect(planFix(elsewhere, new Map(), sourceOf)).toMatchObject({ hand: 'source gone.md not found' });
  });
});

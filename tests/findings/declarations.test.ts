// The cross-claim declarations: reading groups, root causes, replications.
import { describe, expect, it } from 'vitest';
import { linkProblems, sourceProblems } from '../../src/findings/declarations.js';
import { correctionProblems } from '../../src/findings/lint-corrections.js';
import type { Finding } from '../../src/results/schema.js';

const src = (quote: string) => ({ file: 'c.md', quote });
const sources = new Map([['c.md', '第一句话。第二句话，见 Smith 等人（2020）。\n\n另一段话。']]);

describe('linkProblems', () => {
  it('accepts a primary with its alternative and a follows link to a claim that exists', () => {
    expect(linkProblems([
      { id: 'c/p', source: src('第一句话'), primary: { why: 'the natural reading' } },
      { id: 'c/alt', source: src('第一句'), alternativeOf: 'c/p' },
      { id: 'c/f', source: src('第二句话'), follows: 'c/p' },
    ])).toEqual([]);
  });

  it('names an alternative of a missing or undeclared primary, an unnamed primary, a missing root and a cycle', () => {
    const problems = linkProblems([
      { id: 'c/a', source: src('第一句话'), alternativeOf: 'c/none' },
      { id: 'c/b', source: src('第一句话'), alternativeOf: 'c/c' },
      { id: 'c/c', source: src('第一句话') },
      { id: 'c/lonely', source: src('第二句话'), primary: { why: 'the natural reading' } },
      { id: 'c/d', source: src('第二句话'), follows: 'c/missing' },
      { id: 'c/e', source: src('第二句话'), follows: 'c/f' },
      { id: 'c/f', source: src('第二句话'), follows: 'c/e' },
    ]).join('\n');
    expect(problems).toContain('c/a: alternativeOf names c/none, which is not a claim');
    expect(problems).toContain('c/b: alternativeOf names c/c, which does not declare `primary: { why }`');
    expect(problems).toContain('c/lonely: declares a primary reading, but no claim is its alternative');
    expect(problems).toContain('c/d: follows names c/missing');
    expect(problems).toContain('c/e: follows leads round in a cycle');
  });
});

describe('sourceProblems', () => {
  it('requires an alternative to share its primary\'s sentence, and a replication to cite in its paragraph', () => {
    const primary = { id: 'c/p', source: src('第一句话'), primary: { why: 'the natural reading' } };
    expect(sourceProblems([primary, { id: 'c/alt', source: src('第二句话'), alternativeOf: 'c/p' }], sources)).toEqual([
      'claim c/alt: an alternative reading must quote the sentence of its primary c/p',
    ]);
    expect(sourceProblems([{ id: 'c/r', source: src('第一句话'), replicates: { citation: 'Smith 等人（2020）' } }], sources)).toEqual([]);
    expect(sourceProblems([{ id: 'c/r', source: src('另一段话'), replicates: { citation: 'Smith 等人（2020）' } }], sources)).toEqual([
      'claim c/r: replicates "Smith 等人（2020）", which its sentence and paragraph do not cite',
    ]);
  });
});

describe('correctionProblems', () => {
  const f = (id: string, quote: string, span: string, text: string): Finding => ({
    id, category: 'error', source: { file: 'c.md', quote, line: 1 }, claims: [id], summary: '', correction: { replace: { span, text } }, confidence: 'high',
  });
  it('flags English, foreign notation, lab notes, spans not in the source and conflicting edits', () => {
    const problems = correctionProblems([
      f('c/en', '第一句话', '第一', 'the first'),
      f('c/tex', '第一句话', '句话', '$\\sigma$ 句'),
      f('c/lab', '第二句话', '第二', 'width=3'),
      f('c/gone', '第一句话', '第三', '第四'),
      f('c/x', '第二句话', '句话', '句子'),
    ], sources).join('\n');
    expect(problems).toContain('c/en (c.md:1): English in a Chinese source: the, first');
    expect(problems).toContain('c/tex (c.md:1): notation the source does not use: \\sigma');
    expect(problems).toContain('c/lab (c.md:1): a label=value lab note');
    expect(problems).toContain('c/gone (c.md:1): the span "第三" is not in c.md');
    expect(problems).not.toContain('c/x (c.md:1):');
    expect(correctionProblems([f('c/1', '第一句话', '第一句', '首句'), f('c/2', '第一句话', '一句话', '一句')], sources).join()).toContain('different corrections of overlapping spans');
  });
});

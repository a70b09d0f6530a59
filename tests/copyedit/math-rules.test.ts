import { describe, expect, it } from 'vitest';
import { mathParse } from '../../src/copyedit/rules/math-parse.js';
import { missingRelation } from '../../src/copyedit/rules/missing-relation.js';
import { parallelRelation } from '../../src/copyedit/rules/parallel-relation.js';
import { hitsOf } from './fixture.js';

describe('math-parse', () => {
  it('reports a formula KaTeX cannot parse as a finding, and an unknown macro as a note', () => {
    const hits = hitsOf(mathParse, '设 $\\frac{1}{2$ 为比例。若 $\\foo x$ 成立，则结束。\n\n$$\n\\left( x \n$$\n');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([
      ['$\\frac{1}{2$', 'high'], ['$\\foo x$', 'medium'], ['$$\n\\left( x \n$$', 'high'],
    ]);
    expect(hits[1]!.summary).toContain('\\foo');
  });

  it('leaves well-formed LaTeX alone, macros and display math included', () => {
    expect(hitsOf(mathParse, '由 $\\mathbb{E}[x] \\le \\operatorname{Lip}(f)\\,\\|x\\|$ 可知 $\\sigma_w^2 \\gg 1$。\n\n$$\n\\sum_{i=1}^n \\frac{x_i}{n} \\approx \\bar{x}\n$$\n')).toEqual([]);
  });
});

describe('missing-relation', () => {
  it('finds two operands with the gap a stripped < leaves, and takes the operator from the parallel clause', () => {
    const hits = hitsOf(missingRelation, '如果 $a  1$，序列收敛。如果 $a > 1$，它会发散。当 $a = 1$ 时保持不变。');
    expect(hits).toEqual([expect.objectContaining({ quote: '$a  1$', confidence: 'high', correction: { replace: { span: '$a  1$', text: '$a < 1$' } } })]);
  });

  it('reports the gap without a parallel clause as observed, not guessed', () => {
    const hits = hitsOf(missingRelation, '误差超过一个因子 $\\tau  1$ 时停止。');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.correction).toHaveProperty('observed');
  });

  it('leaves products, spacing commands, relations and single spaces alone', () => {
    const text = '这里 $\\sigma_w^2 \\mathbb{E}[x]$、$a \\quad b$、$x = y  z$、$f(x)  +  g(x)$ 与 $w x$ 都是正常的式子。';
    expect(hitsOf(missingRelation, text)).toEqual([]);
  });
});

describe('parallel-relation', () => {
  it('finds the clause that lost its operator beside one that kept it', () => {
    const hits = hitsOf(parallelRelation, '若 $r > 2$，级数发散；若 $r 2$，级数收敛。');
    expect(hits).toEqual([expect.objectContaining({ quote: '$r 2$', confidence: 'high', correction: { replace: { span: '$r 2$', text: '$r < 2$' } } })]);
  });

  it('leaves a product alone when no clause nearby relates the same symbol', () => {
    expect(hitsOf(parallelRelation, '乘积 $w x$ 是线性的。我们令 $b = 0$。')).toEqual([]);
  });

  it('makes a shared left operand with a different right one only a note', () => {
    const hits = hitsOf(parallelRelation, '若 $w > 0$，则输出为正。乘积 $w x$ 随之增大。');
    expect(hits.map((h) => h.confidence)).toEqual(['medium']);
  });

  it('does not report what missing-relation already reports', () => {
    expect(hitsOf(parallelRelation, '如果 $a  1$，收敛。如果 $a > 1$，发散。')).toEqual([]);
  });
});

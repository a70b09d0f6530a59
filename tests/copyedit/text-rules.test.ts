import { describe, expect, it } from 'vitest';
import { markupDebris } from '../../src/copyedit/rules/markup-debris.js';
import { traditionalCharsRule } from '../../src/copyedit/rules/traditional-chars.js';
import { strayEnglish } from '../../src/copyedit/rules/stray-english.js';
import { splitLink } from '../../src/copyedit/rules/split-link.js';
import { chatResidue } from '../../src/copyedit/rules/chat-residue.js';
import { hitsOf } from './fixture.js';

const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i + 1)).join('');
// A book whose conventions are `[term](@entry_id:N)`, `[term](@article_id:N)` and `[@problem_id:N]`.
const conventions = repeat(6, (i) => `[词${i}](@entry_id:${100 + i})与[文${i}](@article_id:${200 + i})相关 [@problem_id:${300 + i}]。\n`);

describe('markup-debris', () => {
  it('learns the forms from the book and leaves every well-formed marker alone', () => {
    expect(hitsOf(markupDebris, conventions)).toEqual([]);
  });

  it('corrects a marker a short edit away from a form the book uses throughout', () => {
    const hits = hitsOf(markupDebris, '见习题 [@problem-id:4242]，以及[词](@entryid:77)。', conventions);
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['[@problem-id:4242]', 'high', { replace: { span: '[@problem-id:4242]', text: '[@problem_id:4242]' } }],
      ['](@entryid:77)', 'high', { replace: { span: '](@entryid:77)', text: '](@entry_id:77)' } }],
    ]);
  });

  it('notes a marker of no known form without guessing an edit', () => {
    const hits = hitsOf(markupDebris, '参见 [@figure_ref:12]。', conventions);
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['[@figure_ref:12]', 'medium']]);
    expect(hits[0]!.correction).toHaveProperty('observed');
  });

  it('does not look inside math', () => {
    expect(hitsOf(markupDebris, '公式 $a@b:1$ 中没有标记。', conventions)).toEqual([]);
  });
});

describe('traditional-chars', () => {
  it('finds traditional characters and gives the simplified word', () => {
    const hits = hitsOf(traditionalCharsRule, '这个结果來自一次實驗。');
    expect(hits.map((h) => h.correction)).toEqual([{ replace: { span: '來自', text: '来自' } }, { replace: { span: '實驗', text: '实验' } }]);
    expect(hits.every((h) => h.confidence === 'high')).toBe(true);
  });

  it('leaves characters that are correct in simplified text: 著 of 著名 and 显著, 干 of 干杯 and 干扰', () => {
    expect(hitsOf(traditionalCharsRule, '这是著名的结论，效果显著。大家干杯，没有干扰。皇后与后来者。')).toEqual([]);
  });

  it('does not read math, code or link targets', () => {
    expect(hitsOf(traditionalCharsRule, '公式 $\\text{實}$ 与代码 `實驗` 以及[词](@entry_id:1)。')).toEqual([]);
  });
});

describe('stray-english', () => {
  it('notes an ordinary English word inside a Chinese sentence', () => {
    const hits = hitsOf(strayEnglish, '我们对梯度做 averaging 处理。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['averaging', 'low']]);
  });

  it('leaves glossary terms, names, acronyms, citations, quotations, math and code alone', () => {
    const text = [
      '这会导致梯度消失 (vanishing gradients) 或一位热目标（one-hot targets）。',
      'Zhang et al. (2017) 使用 ReLU 与 MNIST-1D 训练 [词](@entry_id:3)，见 [@problem_id:1]。',
      '他问道：“why not go deeper?” 然后停下。',
      '公式 $x \\approx y$ 与代码 `foo bar` 不算。',
    ].join('\n\n');
    expect(hitsOf(strayEnglish, text)).toEqual([]);
  });

  it('leaves a loanword the book writes more than once, or capitalises somewhere', () => {
    expect(hitsOf(strayEnglish, '模型读入 token 序列。', '每个 token 都有编号。')).toEqual([]);
    expect(hitsOf(strayEnglish, '出现了 grokking 现象。', 'Grokking 一词由此而来。')).toEqual([]);
  });
});

describe('stray-english house style', () => {
  it('leaves the terms Chinese machine-learning prose keeps in English', () => {
    expect(hitsOf(strayEnglish, '模型训练了 3000 亿个 token，并输出 logits。')).toEqual([]);
  });
});

describe('split-link', () => {
  it('notes a link that stops inside a word the book links whole', () => {
    const hits = hitsOf(splitLink, '这是[卷积网](@entry_id:5)络的结构。', '参见[卷积网络](@article_id:6)。');
    expect(hits).toEqual([expect.objectContaining({ quote: '[卷积网](@entry_id:5)络', confidence: 'medium', correction: { replace: { span: '[卷积网](@entry_id:5)络', text: '[卷积网络](@entry_id:5)' } } })]);
  });

  it('leaves a link followed by an ordinary word alone', () => {
    expect(hitsOf(splitLink, '[卷积网络](@entry_id:5)的结构与[池化](@entry_id:7)层。', '参见[卷积网络](@article_id:6)。')).toEqual([]);
  });
});

describe('chat-residue', () => {
  it('notes a sentence addressed to the person who asked', () => {
    const hits = hitsOf(chatResidue, '## 原因\n\n这是您提出的关键原因。更深的网络需要更多数据。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['这是您提出的关键原因。', 'medium']]);
  });

  it('leaves prose that addresses the reader in general, and quotations, alone', () => {
    expect(hitsOf(chatResidue, '想象一个信号——你的输入数据——进入第一层。你会发现它变小了。')).toEqual([]);
  });
});

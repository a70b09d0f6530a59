import { describe, expect, it } from 'vitest';
import { markupDebris } from '../../src/copyedit/rules/markup/markup-debris.js';
import { traditionalCharsRule } from '../../src/copyedit/rules/language/traditional-chars.js';
import { strayEnglish } from '../../src/copyedit/rules/language/stray-english.js';
import { englishHeading } from '../../src/copyedit/rules/language/english-heading.js';
import { lostSuperscript } from '../../src/copyedit/rules/math/lost-superscript.js';
import { strayHyphen } from '../../src/copyedit/rules/markup/stray-hyphen.js';
import { splitLink } from '../../src/copyedit/rules/markup/split-link.js';
import { chatResidue } from '../../src/copyedit/rules/language/chat-residue.js';
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
  it('finds an ordinary English word inside a Chinese sentence', () => {
    const hits = hitsOf(strayEnglish, '我们对梯度做 averaging 处理。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['averaging', 'high']]);
  });

  it('only notes a term of art Chinese prose sometimes keeps in English', () => {
    const hits = hitsOf(strayEnglish, '模型处于惰性 regime 之中。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['regime', 'low']]);
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

describe('english-heading', () => {
  const chinese = '## 1.1 引言\n\n正文。\n\n## 1.2 方法\n\n正文。\n\n## 1.3 结果\n\n正文。\n\n';
  it('finds an English heading among Chinese ones', () => {
    const hits = hitsOf(englishHeading, `${chinese}## 1.4 Summary\n\n正文。\n\n## Exercises\n\n正文。\n`);
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['Summary', 'high'], ['Exercises', 'high']]);
    expect(hits.map((h) => h.correction)).toEqual([{ replace: { span: 'Summary', text: '总结' } }, { replace: { span: 'Exercises', text: '习题' } }]);
    expect(hitsOf(englishHeading, `${chinese}## 1.4 Outlook\n\n正文。\n`)[0]!.correction).toHaveProperty('observed');
  });

  it('leaves a heading that names a term the prose uses, and a chapter headed in English', () => {
    expect(hitsOf(englishHeading, `${chinese}## 1.4 Transformer\n\nTransformer 很常用。\n`)).toEqual([]);
    expect(hitsOf(englishHeading, '## Intro\n\n正文。\n\n## Methods\n\n正文。\n\n## 结果\n\n正文。\n')).toEqual([]);
  });
});

describe('stray-english house style', () => {
  it('leaves the terms Chinese machine-learning prose keeps in English', () => {
    expect(hitsOf(strayEnglish, '模型训练了 3000 亿个 token，并输出 logits。')).toEqual([]);
  });
});

describe('split-link', () => {
  it('finds a link that stops inside a word the book links whole, and extends it', () => {
    const hits = hitsOf(splitLink, '这是[卷积网](@entry_id:5)络的结构。网络很深，网络很宽。', '参见[卷积网络](@article_id:6)。');
    expect(hits).toEqual([expect.objectContaining({ quote: '[卷积网](@entry_id:5)络', confidence: 'high', correction: { replace: { span: '[卷积网](@entry_id:5)络', text: '[卷积网络](@entry_id:5)' } } })]);
  });

  it('finds a link that straddles two words, on either side, and drops it', () => {
    const text = '模型要很好地拟[合数](@entry_id:9)据。数据很多，数据很杂，我们拟合数据。基于NT[K理论](@entry_id:8)的分析。NTK很有用，NTK很简单。';
    expect(hitsOf(splitLink, text).map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['[合数](@entry_id:9)据', 'high', { replace: { span: '[合数](@entry_id:9)据', text: '合数据' } }],
      ['NT[K理论](@entry_id:8)', 'high', { replace: { span: 'NT[K理论](@entry_id:8)', text: 'NTK理论' } }],
    ]);
  });

  it('finds a link that took in the conjunction between two words, and drops it', () => {
    const hits = hitsOf(splitLink, '学到的[样式和](@article_id:4)结构很好。');
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['[样式和](@article_id:4)', 'high', { replace: { span: '[样式和](@article_id:4)', text: '样式和' } }],
    ]);
    expect(hitsOf(splitLink, '计算[总和](@entry_id:2)为零。')).toEqual([]);
  });

  it('notes a link a character short of a word the book writes but never links', () => {
    const hits = hitsOf(splitLink, '这些[线性区](@entry_id:3)域的数量。区域很多，区域很大。', '每个线性区域都是凸的。');
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['[线性区](@entry_id:3)域', 'medium', { replace: { span: '[线性区](@entry_id:3)域', text: '[线性区域](@entry_id:3)' } }],
    ]);
  });

  it('leaves links on word boundaries alone, and a cut the chapter never writes whole', () => {
    expect(hitsOf(splitLink, '[卷积网络](@entry_id:5)的结构与[池化](@entry_id:7)层。', '参见[卷积网络](@article_id:6)。')).toEqual([]);
    expect(hitsOf(splitLink, '这是[卷积网](@entry_id:5)络的结构。', '参见[卷积网络](@article_id:6)。')).toEqual([]);
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

describe('lost-superscript', () => {
  it('finds a square written flat after the word for square', () => {
    const hits = hitsOf(lostSuperscript, '损失随参数的平方范数 q2 增长。');
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([['q2', 'high', { replace: { span: 'q2', text: '$q^2$' } }]]);
  });

  it('leaves norm names, subscripts, math and a digit the word does not match alone', () => {
    expect(hitsOf(lostSuperscript, '权重的 l2 范数，以及 φ1 和 φ2。平方误差 $e2$ 很小。立方体 q2 很大。')).toEqual([]);
  });
});

describe('stray-hyphen', () => {
  it('finds a hyphen after a measure word and drops it; only notes one between two terms', () => {
    const hits = hitsOf(strayHyphen, '一个-人工节点与编码-解码结构。');
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['个-人', 'high', { replace: { span: '个-人', text: '个人' } }],
      ['码-解', 'medium', expect.objectContaining({ observed: expect.any(String) })],
    ]);
  });

  it('leaves dashes, hyphens in English and in math alone', () => {
    expect(hitsOf(strayHyphen, '这些原理——反向传播——很重要。one-hot 编码与 $a-b$ 差。')).toEqual([]);
  });
});

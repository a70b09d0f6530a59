import { describe, expect, it } from 'vitest';
import { numberConsistency } from '../../src/copyedit/rules/number-consistency.js';
import { symbolMeanings } from '../../src/copyedit/rules/symbol-meanings.js';
import { hitsOf } from './fixture.js';

const figure = (caption: string) => `![图](figures/a.svg)\n\n${caption}\n`;

describe('number-consistency', () => {
  it('notes a figure described with a different setting than its caption states', () => {
    const text = `图 2.3 展示了在 3000 个 MNIST-1D 示例上的训练。\n\n${figure('图 2.3 训练。网络拟合了 4000 个 MNIST-1D 示例。')}`;
    const hits = hitsOf(numberConsistency, text);
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['3000', 'medium']]);
    expect(hits[0]!.summary).toContain('4000');
  });

  it('notes a count stated twice about one named model with different values (low confidence)', () => {
    const hits = hitsOf(numberConsistency, 'AlexNet 有 6000万 参数。后来，AlexNet 被说成有 5000万 参数。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['5000万', 'low']]);
  });

  it('leaves equal values, figure labels, different nouns and different names alone', () => {
    const text = [
      '图 2.3 展示了在 4000 个 MNIST-1D 示例上的训练，学习率为 0.01。',
      'ResNet 有 1100万 参数，VGG 有 1.38亿 参数。',
      'MNIST 有 60000 个训练样本和 10000 个测试样本。',
      '',
      figure('图 2.3 训练。网络拟合了 4000 个 MNIST-1D 示例。'),
    ].join('\n\n');
    expect(hitsOf(numberConsistency, text)).toEqual([]);
  });
});

describe('symbol-meanings', () => {
  it('notes one symbol given two meanings in a section', () => {
    const text = '## 一节\n\n我们增加网络的宽度 $w$，宽度越大越稳定。其中 $w$ 是一个固定的标量。';
    const hits = hitsOf(symbolMeanings, text);
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['$w$', 'low']]);
    expect(hits[0]!.summary).toMatch(/标量.*宽度|宽度.*标量/);
  });

  it('leaves a symbol alone whose meanings agree, or that changes meaning in another section', () => {
    const agree = '## 一节\n\n设观测值 $y$ 已知，观测值来自实验。其中 $y$ 是观测值的向量。';
    expect(hitsOf(symbolMeanings, agree)).toEqual([]);
    const apart = '## 一节\n\n我们增加网络的宽度 $w$，宽度越大越稳定。\n\n## 二节\n\n其中 $w$ 是一个固定的标量。';
    expect(hitsOf(symbolMeanings, apart)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { linkTermVariants } from '../../src/copyedit/rules/link-term-variants.js';
import { glossVariants } from '../../src/copyedit/rules/gloss-variants.js';
import { nearTerm } from '../../src/copyedit/rules/near-term.js';
import { captionNames } from '../../src/copyedit/rules/caption-names.js';
import { hitsOf } from './fixture.js';

describe('link-term-variants', () => {
  it('notes one link target given two terms, with the chapter\'s usual term as the edit', () => {
    const text = '[残差连接](@entry_id:9)很常见。[残差连接](@entry_id:9)有用。另一种说法是[捷径连接](@entry_id:9)。';
    const hits = hitsOf(linkTermVariants, text);
    expect(hits).toEqual([expect.objectContaining({
      quote: '[捷径连接](@entry_id:9)', confidence: 'medium',
      correction: { replace: { span: '[捷径连接](@entry_id:9)', text: '[残差连接](@entry_id:9)' } },
    })]);
  });

  it('leaves one term per target, and different targets, alone', () => {
    expect(hitsOf(linkTermVariants, '[梯度](@entry_id:1)与[梯度](@entry_id:1)，[导数](@article_id:2)与[导数](@entry_id:3)。')).toEqual([]);
  });
});

describe('gloss-variants', () => {
  it('notes one English term glossed with two Chinese terms', () => {
    const hits = hitsOf(glossVariants, '这叫作**惰性训练 (lazy training)**。后文的**懒惰学习 (lazy training)**也指它。');
    expect(hits.map((h) => [h.quote, h.confidence])).toEqual([['懒惰学习', 'medium']]);
  });

  it('leaves a term that ends the other, plurals, and acronyms after a metaphor alone', () => {
    const text = '这会引起梯度爆炸 (exploding gradient)。**梯度爆炸 (exploding gradients)** 很危险。它像一把固定的尺子（NTK），即**正切核**（NTK）。';
    expect(hitsOf(glossVariants, text)).toEqual([]);
  });
});

describe('near-term', () => {
  const usual = '**表达能力**很强。网络的表达能力随深度增长。表达能力也随宽度增长。';
  it('notes a term used once beside a marked term one character away that the chapter uses often', () => {
    const hits = hitsOf(nearTerm, `${usual}总之，深度带来[表示能力](@entry_id:5)。`);
    expect(hits).toEqual([expect.objectContaining({ quote: '表示能力', confidence: 'low', correction: { replace: { span: '表示能力', text: '表达能力' } } })]);
  });

  it('leaves a term that another chapter also uses, and short words, alone', () => {
    expect(hitsOf(nearTerm, `${usual}总之，深度带来[表示能力](@entry_id:5)。`, '这里讨论**表示能力**。')).toEqual([]);
    expect(hitsOf(nearTerm, '**模型**很好。模式很多。模式很多。模式很多。')).toEqual([]);
  });
});

describe('caption-names', () => {
  const figure = (caption: string) => `![图](figures/a.svg)\n\n${caption}\n`;
  it('notes a dataset named differently in the sentence and in the caption of its figure', () => {
    const text = `图 3.2 显示，在 MNIST 数据上，深层网络训练更快。\n\n${figure('图 3.2 MNIST-1D 训练。四个网络拟合了随机标签。')}`;
    expect(hitsOf(captionNames, text).map((h) => [h.quote, h.confidence])).toEqual([['MNIST', 'medium']]);
  });

  it('notes a term the sentence and the caption name differently', () => {
    const text = `他们将这个范围称为“平衡区域”（见图 1.4）。\n\n${figure('图 1.4 曲率。存在一个明显的区域，称为适中区域。')}`;
    expect(hitsOf(captionNames, text).map((h) => h.quote)).toEqual(['平衡区域']);
  });

  it('leaves matching names, other figures, and longer labels (1.4 is not 1.40) alone', () => {
    const text = `图 1.4 在 CIFAR-10 上训练，图 1.40 在 CIFAR-100 上训练。\n\n${figure('图 1.4 CIFAR-10 上的结果。')}`;
    expect(hitsOf(captionNames, text)).toEqual([]);
  });
});

describe('link-term-variants and declared synonyms', () => {
  it('leaves two terms alone that the chapter names as synonyms', () => {
    const text = '这就是**Alpha**或**[Beta初始化](@article_id:7)**。后来，[Alpha初始化](@article_id:7)被广泛使用。核心是[残差连接](@entry_id:9)，也称为“[捷径连接](@entry_id:9)”。[残差连接](@entry_id:9)很常见。';
    expect(hitsOf(linkTermVariants, text)).toEqual([]);
  });
});

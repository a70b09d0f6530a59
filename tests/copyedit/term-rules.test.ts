import { describe, expect, it } from 'vitest';
import { linkTermVariants } from '../../src/copyedit/rules/terms/link-term-variants.js';
import { glossVariants } from '../../src/copyedit/rules/terms/gloss-variants.js';
import { nearTerm } from '../../src/copyedit/rules/terms/near-term.js';
import { captionNames } from '../../src/copyedit/rules/terms/caption-names.js';
import { termRenderings } from '../../src/copyedit/rules/terms/term-renderings.js';
import { defineGlossary, type GlossaryTerm } from '../../src/claim/index.js';
import { readChapter } from '../../src/copyedit/index.js';
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

  const named = '## 二节 全局极值\n\n全局极值很重要。找到全局极值不易。全局极值唯一。';
  it('notes an unmarked variant of a run of words the book names as a term in a heading', () => {
    const hits = hitsOf(nearTerm, `${named}我们找到全球极值。`);
    expect(hits.map((h) => [h.quote, h.confidence, h.correction])).toEqual([['全球极值', 'low', { replace: { span: '全球极值', text: '全局极值' } }]]);
  });

  it('leaves runs the book never names, opposites, and a change at a particle alone', () => {
    expect(hitsOf(nearTerm, '全局极值很重要。找到全局极值不易。全局极值唯一。我们找到全球极值。')).toEqual([]);
    expect(hitsOf(nearTerm, '## 二节 最大输出\n\n最大输出很重要。最大输出不易。最大输出唯一。最小输出也有。')).toEqual([]);
    expect(hitsOf(nearTerm, '## 二节 损失曲面\n\n损失曲面的形状。损失曲面的高度。损失曲面的宽度。损失曲面上有点。')).toEqual([]);
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

describe('term-renderings', () => {
  const glossary = defineGlossary('fixture-0.md', [{ english: 'the edge of chaos', term: '混沌边缘', variants: ['混沌边界', '临界区'], why: 'the fixture keeps the first' }]);
  const hits = (text: string, terms: readonly GlossaryTerm[] = glossary) => {
    const ch = readChapter('fixture-0.md', text);
    return termRenderings.check(ch, [ch], terms).map((h) => ({ quote: text.slice(h.start, h.end), confidence: h.confidence, correction: h.correction, summary: h.summary }));
  };

  it('corrects every other rendering of a declared concept to the term kept, each a finding', () => {
    const found = hits('网络处于混沌边缘。\n\n在混沌边界附近训练最快。\n\n临界区很窄，临界区以外梯度消失。');
    expect(found.map((h) => [h.quote, h.confidence, h.correction])).toEqual([
      ['混沌边界', 'high', { replace: { span: '混沌边界', text: '混沌边缘' } }],
      ['临界区', 'high', { replace: { span: '临界区', text: '混沌边缘' } }],
      ['临界区', 'high', { replace: { span: '临界区', text: '混沌边缘' } }],
    ]);
    expect(found[0]!.summary).toContain('“混沌边缘” (l.1), “混沌边界” (l.3), “临界区” (l.5, 5)');
  });

  it('counts a rendering inside a longer one once, as the longer one', () => {
    const terms = defineGlossary('fixture-0.md', [{ english: 'a zone', term: '适当区域', variants: ['适当区', '合适区域'], why: 'fixture' }]);
    expect(hits('一个适当区域。另一个合适区域。', terms).map((h) => h.quote)).toEqual(['合适区域']);
  });

  it('leaves a chapter that keeps to one rendering, another chapter\'s terms, and a run without a glossary alone', () => {
    expect(hits('临界区很窄。临界区以外梯度消失。')).toEqual([]);
    expect(hits('混沌边缘与混沌边界。', defineGlossary('other.md', [{ english: 'a zone', term: '混沌边缘', variants: ['混沌边界'], why: 'fixture' }]))).toEqual([]);
    expect(hits('混沌边缘与混沌边界。', [])).toEqual([]);
  });

  it('refuses a glossary whose kept term is also a variant', () => {
    expect(() => defineGlossary('fixture-0.md', [{ english: 'a zone', term: '混沌边缘', variants: ['混沌边缘'], why: 'fixture' }])).toThrow(/not one of its variants/);
  });
});

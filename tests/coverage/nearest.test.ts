import { describe, expect, it } from 'vitest';
import { nearestText } from '../../src/coverage/index.js';
import { source } from './sources.js';

const text = source('why-deep-learning-works.md');

describe('nearestText', () => {
  it('returns an exact occurrence with similarity 1', () => {
    const quote = 'GPT-3 则有 1750 亿参数';
    expect(nearestText(text, quote)).toMatchObject({ snippet: quote, similarity: 1, line: text.slice(0, text.indexOf(quote)).split('\n').length });
  });

  it('finds a reworded quote, within ±30% of its length', () => {
    const quote = 'GPT-3 拥有 1750 亿个参数，训练了 3000 亿个 token';
    const near = nearestText(text, quote)!;
    expect(near.snippet).toContain('1750 亿参数，训练了 3000 亿个 token');
    expect(near.similarity).toBeGreaterThan(0.6);
    expect(near.snippet.length).toBeGreaterThanOrEqual(Math.floor(0.7 * quote.length));
    expect(near.snippet.length).toBeLessThanOrEqual(Math.ceil(1.3 * quote.length));
    expect(text.slice(near.start, near.end)).toBe(near.snippet);
  });

  it('finds a quote whose line moved', () => {
    const quote = '这两个模型是否过参数化尚无定论，但它们的训练都取得了成功。';
    const moved = text.replace(quote, '').replace('## Problems', `${quote}\n\n## Problems`);
    const near = nearestText(moved, quote)!;
    expect(near).toMatchObject({ snippet: quote, similarity: 1 });
    expect(near.line).toBe(moved.slice(0, moved.indexOf(quote)).split('\n').length);
  });

  it('answers null for text with nothing alike, a one-character quote or an empty text', () => {
    expect(nearestText(text, 'ΩΨΦ ЖЗИ ∮∯∰ ☃☄★')).toBeNull();
    expect(nearestText(text, '深')).toBeNull();
    expect(nearestText('', '深度学习')).toBeNull();
  });

  it('handles a quote longer than the text', () => {
    const near = nearestText('深度学习很有效。', '深度学习非常有效，这是事实。')!;
    expect(near.snippet).toBe('深度学习很有效。');
  });
});

// The quote shown in its paragraph: the right paragraph, the quote marked, math intact, nothing live.
import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../src/site/quote/quote-context.js';
import { MARK_CLOSE, MARK_OPEN, quoteMarkdown } from '../../src/site/quote/quote-markdown.js';
import { renderMarkdownFragment } from '../../src/site/site-markdown.js';

const source = [
  '## 标题',
  '第一段的第一行，',
  '第一段的第二行。',
  '',
  '第二段说 $x^2 \\geq 0$ 总是成立，并且[术语](@article_id:1)很**重要**。',
  '',
  '- 列表第一项',
  '- 列表第二项包含引文',
  '',
  '## 下一个标题',
].join('\n');

const render = (quote: string): string => renderMarkdownFragment(quoteMarkdown(quoteContext(source, quote)!));

describe('quoteContext', () => {
  it('widens the quote to its paragraph, across lines but not past a blank line or heading', () => {
    const c = quoteContext(source, '第二行')!;
    expect(c.before + c.quote + c.after).toBe('第一段的第一行，\n第一段的第二行。');
    expect(c.line).toBe(2);
  });

  it('keeps a list item apart from its neighbours', () => {
    const c = quoteContext(source, '包含引文')!;
    expect(c.before + c.quote + c.after).toBe('- 列表第二项包含引文');
  });

  it('shows a heading on its own', () => {
    expect(quoteContext(source, '下一个')!.after).toBe('标题');
  });

  it('is null for a quote the source no longer holds', () => {
    expect(quoteContext(source, '不存在的句子')).toBeNull();
    expect(quoteContext(source, '')).toBeNull();
  });
});

describe('quoteMarkdown and its rendering', () => {
  it('marks exactly the quote', () => {
    expect(render('第一段的第二行')).toContain('第一段的第一行，\n<mark class="quote">第一段的第二行</mark>。');
  });

  it('widens a mark that would cut math to the whole formula, which KaTeX renders', () => {
    const md = quoteMarkdown(quoteContext(source, '0$ 总是成立')!);
    expect(md).toContain(`${MARK_OPEN}$x^2 \\geq 0$ 总是成立${MARK_CLOSE}`);
    const html = render('0$ 总是成立');
    expect(html).toMatch(/<mark class="quote"><span class="katex">.*<\/span> 总是成立<\/mark>/s);
    expect(html).not.toMatch(/[\uE000\uE001]/);
  });

  it('shows links as their text and drops emphasis markers', () => {
    const html = render('总是成立');
    expect(html).toContain('并且术语很重要。');
    expect(html).not.toContain('@article_id');
    expect(html).not.toContain('**');
  });

  it('escapes list markers and HTML in the source', () => {
    expect(render('包含引文')).toBe('<p>- 列表第二项<mark class="quote">包含引文</mark></p>\n');
    const hostile = '前文 <script>alert(1)</script> 与 <img src=x onerror=alert(2)> 后文';
    const html = renderMarkdownFragment(quoteMarkdown(quoteContext(hostile, '与')!));
    expect(html).not.toMatch(/<(script|img)/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('closes and reopens the mark around a paragraph break', () => {
    const text = '甲乙丙\n$$\nx = 1\n$$\n丁戊己';
    const html = renderMarkdownFragment(quoteMarkdown(quoteContext(text, '丙\n$$\nx = 1\n$$\n丁')!));
    const opens = (html.match(/<mark/g) ?? []).length;
    const closes = (html.match(/<\/mark>/g) ?? []).length;
    expect(opens).toBe(closes);
    expect(html).toContain('katex-display');
  });
});

// Marking sentences in a rendered chapter, on small sources with known answers: adjacent and
// overlapping quotes, LaTeX inside a quote, quotes across emphasis and links, a quote that cannot be
// placed. Each page must render exactly as the unmarked source does once the marks are taken out.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/results/schema.js';
import { chapterText } from '../../src/site/chapter/chapter-text.js';
import { findingHref } from '../../src/site/chapter/finding-link.js';
import { placeSentences } from '../../src/site/chapter/place-sentences.js';
import { han, markHtml, misnested, sentence, textOf, withoutMarks } from './chapter-helpers.js';

const render = (source: string, quotes: readonly (readonly [string, number])[]) => {
  const sentences = quotes.map(([text, line], i) => sentence(text, line, i));
  const out = chapterText('x.md', source, sentences, new Map());
  const plain = chapterText('x.md', source, [], new Map()).html;
  return { ...out, sentences, plain };
};

// Every mark holds its sentence's text (but the `clipped` ones, overlapped); nothing else changed; the HTML nests.
function expectFaithful(r: ReturnType<typeof render>, clipped: readonly number[] = []): void {
  expect(misnested(r.html)).toBeNull();
  expect(withoutMarks(r.html.split('</article>')[0]!)).toBe(r.plain.split('</article>')[0]!);
  const placed = new Set(r.sentences.map((_, i) => i).filter((i) => !r.unplaced.some((u) => u.index === i) && !clipped.includes(i)));
  for (const i of placed) expect(han(textOf(markHtml(r.html, i + 1))), r.sentences[i]!.text).toBe(han(r.sentences[i]!.text));
}

describe('chapterText', () => {
  it('marks adjacent sentences as two marks, each with its own evidence panel after the paragraph', () => {
    const r = render('# 标题\n\n第一句话。第二句话。第三句没有声明。\n', [['第一句话。', 3], ['第二句话。', 3]]);
    expect(r.placed).toBe(2);
    expectFaithful(r);
    expect(textOf(markHtml(r.html, 1))).toBe('第一句话。');
    expect(textOf(markHtml(r.html, 2))).toBe('第二句话。');
    // The unclaimed sentence stays plain text, and the panels follow the paragraph.
    expect(r.html).toMatch(/<\/a>第三句没有声明。<\/p>\n<section class="evidence v-\S+" id="ev-1"[\s\S]*id="ev-2"/);
    expect(r.html).toMatch(/id="s-1" href="#ev-1"/);
  });

  it('gives the later of two overlapping quotes what the earlier leaves, and loses neither', () => {
    const r = render('甲乙。丙丁。戊己。\n', [['甲乙。丙丁。', 1], ['丙丁。戊己。', 1]]);
    expect(r.unplaced).toEqual([]);
    expectFaithful(r, [1]);
    expect(textOf(markHtml(r.html, 1))).toBe('甲乙。丙丁。');
    expect(textOf(markHtml(r.html, 2))).toBe('戊己。');
    // A quote wholly inside another cannot be marked: it is listed, not lost.
    const inside = render('甲乙。丙丁。戊己。\n', [['甲乙。丙丁。', 1], ['丙丁。', 1]]);
    expect(inside.unplaced).toEqual([{ index: 1, why: "its text lies inside sentence 1's mark" }]);
    expect(inside.html).toMatch(/<section class="not-placed">[\s\S]*id="s-2"[\s\S]*丙丁。/);
  });

  it('keeps inline LaTeX whole inside the mark and renders it with KaTeX', () => {
    const source = '设 $f(x) = x^2$，则 $f$ 是凸函数。另一句 $a$。\n';
    const r = render(source, [['设 $f(x) = x^2$，则 $f$ 是凸函数。', 1], ['另一句 $a$。', 1]]);
    expect(r.placed).toBe(2);
    expectFaithful(r);
    const mark = markHtml(r.html, 1);
    expect(mark).toContain('class="katex"');
    expect(textOf(mark)).toBe('设 ⟨f(x) = x^2⟩，则 ⟨f⟩ 是凸函数。');
  });

  it('marks a display-math block whole', () => {
    const r = render('前一句。\n\n$$\nK = J J^T\n$$\n\n后一句。\n', [['$$\nK = J J^T\n$$', 3], ['后一句。', 7]]);
    expect(r.placed).toBe(2);
    expectFaithful(r);
    expect(r.html).toMatch(/<a class="s v-\S+ s-block" id="s-1" href="#ev-1"[^>]*>\n?<p class="katex-block">/);
  });

  it('splits a mark across emphasis into runs that nest, and leaves the emphasis as the source has it', () => {
    const source = '前文**加粗的开头。后文仍然加粗**，结束。\n\n- 列表 **这是强调的一句。** 这是后一句。\n\n与其不同，**[通用近似定理](@entry_id:1) (UAT)** 指出一个事实。\n';
    const r = render(source, [['前文**加粗的开头。', 1], ['后文仍然加粗**，结束。', 1], ['列表 **这是强调的一句。**', 3], ['这是后一句。', 3], ['与其不同，', 5], ['**[通用近似定理](@entry_id:1) (UAT)** 指出一个事实。', 5]]);
    expect(r.unplaced).toEqual([]);
    expectFaithful(r);
    expect(r.html).toContain('<strong>');
    expect(r.html.match(/<strong>/g)).toHaveLength(r.plain.match(/<strong>/g)!.length);
  });

  it('marks a quote across a link, showing the link as its text with its target in a tooltip', () => {
    const r = render('参见[深度前馈网络](@article_id:639652)的讨论。下一句。\n', [['参见[深度前馈网络](@article_id:639652)的讨论。', 1]]);
    expect(r.placed).toBe(1);
    expectFaithful(r);
    // Three runs: before the link, inside it, after it.
    expect(r.html).toMatch(/id="s-1" href="#ev-1"[^>]*>参见<\/a><span class="xref" title="@article_id:639652"><a [^>]*tabindex="-1"[^>]*>深度前馈网络<\/a><\/span><a [^>]*tabindex="-1"[^>]*>的讨论。/);
    expect(textOf(markHtml(r.html, 1))).toBe('参见深度前馈网络的讨论。');
    expect(han(textOf(r.html.match(/<p>[\s\S]*?<\/p>/)![0]))).toBe('参见深度前馈网络的讨论下一句');
  });

  it('lists a quote whose marker would change the parse instead of drawing the page differently', () => {
    // `c$x$` is no math (a `$` after a letter cannot open); a marker before the `$` would make it math.
    const r = render('前文 abc$x$ 是变量。后一句。\n', [['$x$ 是变量。', 1], ['后一句。', 1]]);
    expect(r.unplaced).toEqual([{ index: 0, why: 'marking it would change how its paragraph renders' }]);
    expect(r.placed).toBe(1);
    expect(r.html.split('</article>')[0]).not.toContain('class="katex"');
    expectFaithful(r);
  });

  it('leaves the front matter out of the chapter and keeps every line where it was', () => {
    const r = render('---\n{"dg-publish":true}\n---\n“为什么不更深？”第一句。\n', [['第一句。', 4]]);
    expect(r.placed).toBe(1);
    expect(r.html).not.toContain('dg-publish');
    expect(r.html).not.toContain('<hr>');
    expectFaithful(r);
  });

  it('lists a quote that is not in the source under the page, with its evidence still reachable', () => {
    const r = render('只有这一句。\n', [['只有这一句。', 1], ['这句话已经被作者删掉了。', 9]]);
    expect(r.placed).toBe(1);
    expect(r.unplaced).toEqual([{ index: 1, why: 'its text is not in the source (the chapter changed since the run)' }]);
    expect(r.html).toMatch(/<h2>Not placed<\/h2>[\s\S]*<li id="s-2"><a class="s v-\S+" href="#ev-2">[\s\S]*这句话已经被作者删掉了。/);
    expect(r.html).toContain('id="ev-2"');
    expectFaithful(r);
  });
});

describe('placeSentences', () => {
  it('never puts a boundary inside math, a link or an emphasis run', () => {
    const source = '一句 **强调。**后面 [链接](x) 与 $a。b$ 结束。\n';
    // Quotes whose ends fall inside `**`, inside the link and inside the math.
    const cut = (from: string, to: string) => ({ line: 1, text: source.slice(source.indexOf(from), source.indexOf(to) + to.length) });
    const p = placeSentences('x.md', source, [cut('一', '强调。*'), cut('链', '与 $a。')]);
    const [a, b] = p.placed;
    expect(source.slice(a!.start, a!.end)).toBe('一句 **强调。**');
    expect(source.slice(b!.start, b!.end)).toBe('[链接](x) 与 $a。b$');
  });
});

describe('findingHref', () => {
  const sentences = [sentence('第一句话。', 3), { ...sentence('含有 个-人 的第二句。', 4), assertions: [{ primary: 'x/second', verdict: 'refuted' as const, readings: [{ claim: 'x/second', role: 'primary' as const, verdict: 'refuted' as const }] }] }];
  const chapters = [{ file: 'x.md', page: 'x.html', sentences }];
  const finding = (over: Partial<Finding>): Finding => ({ id: 'f', category: 'error', source: { file: 'x.md', quote: '第二句', line: 4 }, claims: [], summary: '', correction: null, confidence: 'high', ...over });

  it('points a finding at the mark of the sentence holding its claim, or its span; else at the copy-edit section or the page', () => {
    expect(findingHref(chapters, finding({ claims: ['x/second'], source: { file: 'x.md', quote: '别处', line: 9 } }))).toBe('x.html#s-2');
    expect(findingHref(chapters, finding({ category: 'copyedit', source: { file: 'x.md', quote: '个-人', line: 4 } }))).toBe('x.html#s-2');
    expect(findingHref(chapters, finding({ category: 'copyedit', source: { file: 'x.md', quote: '没有声明', line: 7 } }))).toBe('x.html#copy-edit');
    expect(findingHref(chapters, finding({ source: { file: 'x.md', quote: '没有声明', line: 7 } }))).toBe('x.html');
    expect(findingHref(chapters, finding({ source: { file: 'other.md', quote: '第二句', line: 4 } }))).toBeNull();
  });
});

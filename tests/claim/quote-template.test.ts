import { describe, expect, it } from 'vitest';
import { formatSlot, interpolate, matchQuote, parseQuoteTemplate, templateWords, writeQuote } from '../../src/claim/quote-template.js';
import { locateQuote } from '../../src/claim/quote.js';
import { createSlots } from '../../src/claim/slots.js';

describe('quote templates', () => {
  it('reads ints as the chapters write them, with or without thousands separators', () => {
    const q = '以及 {p1:int}、{p2:int} 个参数';
    for (const [text, p1, p2] of [['以及 15,139、63 个参数', 15139, 63], ['以及 15139、1,000,000 个参数', 15139, 1e6]] as const) {
      const [m] = matchQuote(`前文。${text}。`, q);
      expect(m!.slots.p1!.value).toBe(p1);
      expect(m!.slots.p2!.value).toBe(p2);
      expect(m!.text).toBe(text);
    }
  });

  it('never splits a number: an int slot does not match part of a decimal or of a longer number', () => {
    expect(matchQuote('有 3.5 个', '有 {n:int} 个')).toHaveLength(0);
    expect(matchQuote('x12 个', 'x{n:int} 个')[0]!.slots.n!.value).toBe(12);
  });

  it('reads decimals and percents (as fractions)', () => {
    const [m] = matchQuote('误差 0.25，准确率 95.5\\% 和 7%', '误差 {e:number}，准确率 {a:percent} 和 {b:percent}');
    expect(m!.slots.e!.value).toBe(0.25);
    expect(m!.slots.a!.value).toBeCloseTo(0.955, 12);
    expect(m!.slots.b!.value).toBeCloseTo(0.07, 12);
    expect(formatSlot(m!.slots.a!)).toBe('95.5%');
  });

  it('reads relation signs, and a lost sign as missing', () => {
    const q = '$a {r:rel} b$';
    expect(matchQuote('$a < b$', q)[0]!.slots.r!.relation).toBe('<');
    expect(matchQuote('$a \\leq b$', q)[0]!.slots.r!.relation).toBe('\\le');
    expect(matchQuote('$a \\ge b$', q)[0]!.slots.r!.relation).toBe('\\ge');
    expect(matchQuote('$a b$', q)[0]!.slots.r!.relation).toBe('missing');
    expect(matchQuote('$a  b$', q)[0]!.slots.r!.relation).toBe('missing');
  });

  it('counts matches, so a template must still anchor exactly once', () => {
    expect(locateQuote('有 3 个。又有 4 个。', '有 {n:int} 个').count).toBe(2);
    expect(locateQuote('有 3 个。\n另有 4 个。', '另有 {n:int} 个')).toMatchObject({ count: 1, line: 2, text: '另有 4 个' });
  });

  it('leaves a quote without slots matched verbatim, LaTeX braces included', () => {
    expect(parseQuoteTemplate('\\frac{1}{2}').slots).toHaveLength(0);
    expect(locateQuote('x \\frac{1}{2} y', '\\frac{1}{2}').count).toBe(1);
    expect(locateQuote('a  b', 'a b').count).toBe(0);
  });

  it('rejects an unknown type and a repeated name', () => {
    expect(() => parseQuoteTemplate('{a:float}')).toThrow(/unknown type/);
    expect(() => parseQuoteTemplate('{a:int} {a:int}')).toThrow(/used twice/);
  });

  it('interpolates {name} in statements and leaves other braces alone', () => {
    const [m] = matchQuote('共 15,139 个', '共 {p:int} 个');
    expect(interpolate('The net has {p} parameters {q}.', m!.slots)).toBe('The net has 15,139 parameters {q}.');
    expect(templateWords('以及 {p1:int}、{p2:int} 个参数')).toBe('以及  、  个参数');
  });

  it('gives checks typed readers that name a misread slot', () => {
    const s = createSlots(matchQuote('共 15,139 个', '共 {p:int} 个')[0]!.slots);
    expect(s.int('p')).toBe(15139);
    expect(() => s.number('p')).toThrow(/is \{p:int\}, read as number/);
    expect(() => s.int('q')).toThrow(/no slot \{q:int\}/);
  });
  it('reads a choice slot: which of the listed words the text writes, so a correction of that word keeps the claim anchored', () => {
    const quote = '与该层{of:权重矩阵的|的}[{term:雅可比行列式|雅可比矩阵}]({link:@entry_id:7|@article_id:9})的乘积';
    const [before] = matchQuote('梯度涉及到与该层权重矩阵的[雅可比行列式](@entry_id:7)的乘积。', quote);
    expect(createSlots(before!.slots).choice('term')).toBe('雅可比行列式');
    expect(before!.slots.term!.value).toBe(0);
    const [after] = matchQuote('梯度涉及到与该层的[雅可比矩阵](@article_id:9)的乘积。', quote);
    expect(createSlots(after!.slots).choice('term')).toBe('雅可比矩阵');
    expect(after!.slots.of!.written).toBe('的');
    expect(writeQuote(quote, before!.slots, { of: '的', term: '雅可比矩阵', link: '@article_id:9' })).toBe(after!.text);
    expect(interpolate('multiplies by the {term}', after!.slots)).toBe('multiplies by the 雅可比矩阵');
    // A word the choice does not list is a changed word: no match, so the claim goes stale rather than read it.
    expect(matchQuote('与该层的[雅可比张量](@entry_id:7)的乘积', quote)).toEqual([]);
    expect(() => createSlots(after!.slots).int('term')).toThrow(/is \{term:choice\}, read as int/);
  });

  it('names what is wrong with a bad choice slot', () => {
    expect(() => parseQuoteTemplate('a {w:x||y} b')).toThrow(/choice slot \{w:x\|\|y\} has an empty option/);
    expect(() => parseQuoteTemplate('a {w:x|y|x} b')).toThrow(/lists «x» twice/);
    expect(() => parseQuoteTemplate('a {w:choice} b')).toThrow(/unknown type.*\{w:one\|other\}/);
  });

  it('anchors through changed link markup and bold marks, never through a changed digit or word', () => {
    const quote = '很好地拟[合数](@entry_id:263553)据，其自身的描述';
    for (const text of ['要能很好地拟合数据，其自身的描述也', '要能很好地[拟合](@entry_id:263553)数据，其自身的描述也', '要能很好地**拟合数据**，其自身的描述也']) {
      const found = matchQuote(text, quote);
      expect(found, text).toHaveLength(1);
      expect(found[0]!.text).toBe(text.slice(found[0]!.start, found[0]!.end));
      expect(found[0]!.text.startsWith('很好地')).toBe(true);
    }
    expect(matchQuote('要能很好地拟合资料，其自身的描述也', quote)).toEqual([]);
    const slotted = matchQuote('一个 [NTK](@entry_id:5) 网络有 1,234 个参数', '一个 NTK 网络有 {p:int} 个参数');
    expect(slotted[0]!.slots.p!.value).toBe(1234);
    const [a, b] = slotted[0]!.spans.p!;
    expect('一个 [NTK](@entry_id:5) 网络有 1,234 个参数'.slice(a, b)).toBe('1,234');
    expect(matchQuote('一个 [NTK](@entry_id:5) 网络有 1,235 个参数', '一个 NTK 网络有 1,234 个参数')).toEqual([]);
  });
});

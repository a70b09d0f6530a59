import { describe, expect, it } from 'vitest';
import { formatSlot, interpolate, matchQuote, parseQuoteTemplate, templateWords } from '../../src/claim/quote-template.js';
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
});

// Quantities a chapter states about a named thing: `4000 个 … MNIST-1D 示例`, `GPT-3 则有 1750 亿参数`.
// A quantity is a number, the noun it counts (the Han word after the number and its measure word)
// and the names (datasets, models: Latin words with a capital or a digit) of the same clause.
import { proseOf, type ChapterText } from './chapter-text.js';

const LABEL_BEFORE = /(?:图|表|问题|第|Figure|Fig\.|Table|Eq\.|Section|§)\s*$/;

export interface Quantity {
  readonly value: string;
  readonly noun: string;
  readonly names: readonly string[];
  /** Raw-file offsets of the number. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

// Latin names that are not ordinary words: two capitals, a capital and a digit, or a hyphenated model name.
export const NAME = /\b(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z0-9])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\b/g;
// A number (with thousands separators, a decimal part, a Chinese order of magnitude), a measure word, then the noun.
const COUNT = /(?<![\d.,A-Za-z-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([万亿]?)\s*(?:个|张|幅|次|轮|位)?\s*(?:[A-Za-z][\w-]*\s*)?(\p{Script=Han}{2})/gu;

export function quantities(ch: ChapterText): Quantity[] {
  const out: Quantity[] = [];
  ch.sentences.forEach((s, index) => {
    if (s.sentence.kind !== 'text') return;
    const prose = proseOf(s);
    let from = 0;
    for (const clause of prose.split(/[，；：,;]/)) {
      const names = [...new Set(clause.match(NAME) ?? [])].filter((n) => !/^\d/.test(n));
      for (const m of clause.matchAll(COUNT)) {
        // A label, not a quantity: 图 20.2, 问题 3.1, Figure 2, 第 3 章.
        if (LABEL_BEFORE.test(clause.slice(0, m.index)) || /^\s*[节章]/.test(clause.slice(m.index + m[1]!.length))) continue;
        const start = s.sentence.start + from + m.index;
        out.push({ value: `${m[1]!.replace(/,/g, '')}${m[2]}`, noun: m[3]!, names, start, end: start + m[1]!.length + m[2]!.length, sentence: index });
      }
      from += clause.length + 1;
    }
  });
  return out;
}

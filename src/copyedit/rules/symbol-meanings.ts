// One symbol, two meanings in one section: `宽度 $w$` in one paragraph and `$w$ 是…标量` in the next.
// What a symbol means is read from the noun right before it (`宽度 $w$`, `宽度 $w \to \infty$`) or
// the definition after it (`$w$ 是/为/表示 …`); two meanings that share no character conflict.
// Authors sometimes reuse a letter on purpose, so this is a note.
import { mathSpans } from '../math-body.js';
import { proseText, sections, type ChapterText } from '../chapter-text.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

// A lone symbol (`w`, `\tau`, `L^*`, `\sigma_w`), possibly the left side of a limit or an equation.
const SYMBOL = /^\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?)\s*(?:(?:\\to|=)\s*.*)?$/;
// The head noun before the symbol: two to four Han characters, after the last particle or verb.
const BEFORE = /(?:^|[的是为和与在了把将被，、：；\s])(\p{Script=Han}{2,4})\s*$/u;
// A definition after the symbol: 是/为/表示/代表 then the noun phrase up to punctuation; the head noun is its end.
const AFTER = /^\s*(?:是|为|表示|代表|denotes|is)\s*([^，。；：,;]{2,40}?)(?=[，。；：,;]|$)/u;

interface Meaning {
  symbol: string;
  /** The head noun, for the report. */
  meaning: string;
  /** The whole definition, for the comparison: `观测值的向量` and `观测值` are one meaning. */
  phrase: string;
  start: number;
  end: number;
}

interface Reading { symbol: string; before: string | undefined; after: string | undefined; start: number; end: number }

function readings(ch: ChapterText, spans: ReturnType<typeof mathSpans>): Reading[] {
  const out: Reading[] = [];
  // Link brackets, emphasis and blanked markup would cut a definition short.
  const text = proseText(ch).replace(/[[\]*]/g, ' ');
  for (const m of spans) {
    if (m.display) continue;
    const sym = SYMBOL.exec(m.body)?.[1];
    if (!sym) continue;
    const word = BEFORE.exec(ch.text.slice(Math.max(0, m.span[0] - 12), m.span[0]))?.[1];
    // A word ending in a particle or a copula (`梯度是 $L$`) is the start of a clause, not a name.
    const before = word && !/[是为的了在和与将把被]$/u.test(word) ? word : undefined;
    const afterText = text.slice(m.span[1], m.span[1] + 80).replace(/\s+/g, ' ');
    const after = /^\s*[=\\]/.test(m.body.slice(sym.length)) ? undefined : AFTER.exec(afterText)?.[1];
    out.push({ symbol: sym, before, after: after?.replace(/\$[^$]*\$/g, '').replace(/[（(][^）)]*(?:[）)]|$)/g, ''), start: m.span[0], end: m.span[1] });
  }
  return out;
}

/**
 * What each symbol is said to mean. A definition after it (`$y$ 是观测值的向量`) counts as it
 * stands; a noun before it counts when it is a word of the chapter: used more than once, and not
 * a word that stands before many different symbols (其中, 通过: a conjunction or a verb).
 */
export function meanings(ch: ChapterText, spans: ReturnType<typeof mathSpans>): Meaning[] {
  const all = readings(ch, spans);
  const symbolsAfter = new Map<string, Set<string>>();
  for (const r of all) if (r.before) symbolsAfter.set(r.before, (symbolsAfter.get(r.before) ?? new Set()).add(r.symbol));
  const isWord = (w: string): boolean => ch.text.split(w).length > 2 && symbolsAfter.get(w)!.size < 3;
  const out: Meaning[] = [];
  for (const r of all) {
    const head = r.after ? /\p{Script=Han}{2,4}$/u.exec(r.after.split('的').at(-1)!.trim())?.[0] : undefined;
    if (head) out.push({ symbol: r.symbol, meaning: head, phrase: r.after!, start: r.start, end: r.end });
    else if (r.before && isWord(r.before)) out.push({ symbol: r.symbol, meaning: r.before, phrase: r.before, start: r.start, end: r.end });
  }
  return out;
}

const shareNoChar = (a: string, b: string): boolean => ![...a].some((c) => b.includes(c));

export const symbolMeanings: CopyeditRule = {
  name: 'symbol-meanings',
  confidence: 'low',
  description: 'one symbol used with two meanings within a section',
  check(ch) {
    const all = mathSpans(ch);
    const hits: Hit[] = [];
    // A section is a heading of the chapter's top two levels, with everything under it.
    for (const section of sections(ch, 2)) {
      const inSection = all.filter((m) => section.includes(m.sentence));
      const seen = new Map<string, Meaning>();
      for (const m of meanings(ch, all).filter((m) => inSection.some((x) => x.span[0] === m.start))) {
        const first = seen.get(m.symbol);
        if (!first) { seen.set(m.symbol, m); continue; }
        if (!shareNoChar(first.phrase, m.phrase)) continue;
        hits.push({
          rule: this.name, file: ch.file, start: m.start, end: m.end,
          summary: `${m.symbol} reads as “${m.meaning}” here but as “${first.meaning}” earlier in the section`,
          correction: observed(`${m.symbol}: “${first.meaning}”, then “${m.meaning}”`),
          confidence: 'low',
        });
      }
    }
    return hits;
  },
};

// A term written once that is one character away from a term the chapter writes many times
// (a slip of the input method, or a second translation): a low-confidence note, since two
// such terms can also be two concepts. Terms are the marked ones (links, bold, glosses) and, for
// terms never marked, any run of whole words (four or five characters) the chapter writes three
// times or more, when the book names it (or a variant) as a term in a heading or a marked term: a
// run written once beside it with one character changed is a second name (全局 written 全球 once),
// unless the changed characters are opposites (大/小), which name two concepts.
import { markedTerms, occurrences } from '../../terms.js';
import { proseText, type ChapterText } from '../../chapter-text.js';
import { replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';

const MANY = 3;

/** Terms of `known` one substitution away from `term` that occur at least MANY times in `text`. */
function frequentNeighbours(term: string, text: string, known: ReadonlySet<string>): Array<{ term: string; count: number }> {
  const counts = new Map<string, number>();
  for (let i = 0; i + term.length <= text.length; i++) {
    const s = text.slice(i, i + term.length);
    if (s === term || !known.has(s)) continue;
    let diff = 0;
    for (let k = 0; k < s.length && diff < 2; k++) if (s[k] !== term[k]) diff++;
    if (diff === 1) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= MANY).map(([t, n]) => ({ term: t, count: n })).sort((a, b) => b.count - a.count);
}

// Characters whose swap changes the concept, not the name: 最大值/最小值, 输入层/输出层.
const OPPOSITES = ['大小', '高低', '上下', '前后', '正负', '深浅', '宽窄', '左右', '多少', '长短', '增减', '内外', '入出', '训测', '局全', '加减', '乘除', '奇偶', '真假', '显隐', '强弱', '新旧', '首末', '始终', '一二', '二三'];
const opposite = (a: string, b: string): boolean => OPPOSITES.some((p) => p.includes(a) && p.includes(b)) || (/\p{N}|[一二三四五六七八九十]/u.test(a) && /\p{N}|[一二三四五六七八九十]/u.test(b));

// A frequent run that differs at a particle (曲面的 against 曲面上) is a phrase, not a term.
const PARTICLES = new Set([...'的了着过地得和与及或在是也都']);
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Strings of four or five Han characters that start and end on the dictionary's word boundaries
 * (a run of whole words), with their offsets. The dictionary misses some terms of art (it cuts
 * 偏置 into two characters), so a run of words, not a single word, is the unit.
 */
function compounds(text: string): Map<string, Array<{ at: number; words: string[] }>> {
  const out = new Map<string, Array<{ at: number; words: string[] }>>();
  for (const line of text.matchAll(/[^\n]+/g)) {
    const words = [...SEGMENTER.segment(line[0])];
    for (let i = 0; i < words.length; i++) {
      const run: string[] = [];
      for (let j = i; j < words.length && /^\p{Script=Han}+$/u.test(words[j]!.segment); j++) {
        run.push(words[j]!.segment);
        const g = run.join('');
        if (g.length > 5) break;
        if (g.length >= 4 && j > i) out.set(g, [...(out.get(g) ?? []), { at: line.index + words[i]!.index, words: [...run] }]);
      }
    }
  }
  return out;
}

/** The word of `words` that holds character `k` of their concatenation. */
function wordAt(words: readonly string[], k: number): string {
  for (const w of words) { if (k < w.length) return w; k -= w.length; }
  return '';
}

/** Unmarked strings written once, one character from a string the chapter writes MANY times; the longest per place. */
function unmarkedVariants(ch: ChapterText, book: readonly ChapterText[]): Array<{ term: string; at: number; near: string; count: number }> {
  const prose = proseText(ch);
  const found: Array<{ term: string; at: number; near: string; count: number }> = [];
  const all = compounds(prose);
  for (const n of [5, 4]) {
    const byPattern = new Map<string, string[]>();
    for (const [g, at] of all) if (g.length === n && at.length >= MANY) for (let k = 0; k < n; k++) {
      const key = `${g.slice(0, k)}\u0000${g.slice(k + 1)}`;
      byPattern.set(key, [...(byPattern.get(key) ?? []), g]);
    }
    for (const [g, at] of all) {
      if (g.length !== n || at.length !== 1) continue;
      if (book.some((c) => c !== ch && c.text.includes(g))) continue;
      for (let k = 0; k < n; k++) {
        // The changed character sits in a word, not a particle (极值的/极值是), and that word is
        // rare in the chapter: a slip or a second translation, not a word the chapter uses freely.
        const word = wordAt(at[0]!.words, k);
        if (word.length < 2 || occurrences(prose, word).length > 2) continue;
        const near = (byPattern.get(`${g.slice(0, k)}\u0000${g.slice(k + 1)}`) ?? []).find((f) => !opposite(f[k]!, g[k]!) && !PARTICLES.has(f[k]!));
        if (near) { found.push({ term: g, at: at[0]!.at, near, count: all.get(near)!.length }); break; }
      }
    }
  }
  // A compound is a term when the book names it as one: in a heading, or as a linked, bold or glossed
  // term; a family (the frequent compound and its variants) qualifies when any member is so named.
  const named = book.flatMap((c) => [...c.sentences.filter((x) => x.sentence.kind === 'heading').map((x) => x.sentence.text), ...markedTerms(c)]).join('\n');
  const isTerm = (near: string): boolean => [near, ...found.filter((f) => f.near === near).map((f) => f.term)].some((t) => named.includes(t));
  // One report per place: the longest run (five characters are found before four).
  const kept: typeof found = [];
  for (const f of found) if (isTerm(f.near) && !kept.some((k) => f.at < k.at + k.term.length && k.at < f.at + f.term.length)) kept.push(f);
  return kept;
}

export const nearTerm: CopyeditRule = {
  name: 'near-term',
  confidence: 'low',
  description: 'a term used once beside a term one character different that the chapter uses many times',
  check(ch, book) {
    const known = new Set(book.flatMap((c) => [...markedTerms(c)]));
    const hits: Hit[] = [];
    for (const term of markedTerms(ch)) {
      // Three characters at least: two-character words differ by one character all the time.
      if (term.length < 3) continue;
      const at = occurrences(ch.text, term);
      // Once in the whole book: a term other chapters use is a concept of its own, not a slip.
      if (at.length !== 1 || book.some((c) => c !== ch && c.text.includes(term))) continue;
      const near = frequentNeighbours(term, ch.text, known)[0];
      if (!near) continue;
      hits.push({
        rule: this.name, file: ch.file, start: at[0]!, end: at[0]! + term.length,
        summary: `“${term}” occurs once; the chapter writes “${near.term}” ${near.count} times`,
        correction: replaceWith(term, near.term),
        confidence: 'low',
      });
    }
    for (const v of unmarkedVariants(ch, book)) {
      if (hits.some((h) => v.at < h.end && h.start < v.at + v.term.length)) continue;
      hits.push({
        rule: this.name, file: ch.file, start: v.at, end: v.at + v.term.length,
        summary: `“${v.term}” occurs once; the chapter writes “${v.near}” ${v.count} times`,
        correction: replaceWith(v.term, v.near),
        confidence: 'low',
      });
    }
    return hits;
  },
};

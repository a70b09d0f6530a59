// A term written once that is one character away from a term the chapter writes many times
// (a slip of the input method, or a second translation): a low-confidence note, since two
// such terms can also be two concepts.
import { markedTerms, occurrences } from '../terms.js';
import { replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

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
    return hits;
  },
};

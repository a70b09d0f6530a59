// An ASCII hyphen between two Chinese characters (`单个-人造`). Chinese joins paired terms with a
// dash at times (a term-term pair), so a hyphen is certain debris only after a character that cannot
// end such a term: a measure word, a particle or a demonstrative. Elsewhere it is a note.
import { proseMatches } from '../../chapter-text.js';
import { observed, replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';

const HYPHEN = /(\p{Script=Han})-(?=\[?\p{Script=Han})/gu;
// Characters that end a phrase, never a term: measure words, particles, demonstratives.
const CANNOT_END_TERM = new Set([...'个的了着过地得和与及或在是这那其每各该']);

export const strayHyphen: CopyeditRule = {
  name: 'stray-hyphen',
  confidence: 'high',
  description: 'an ASCII hyphen between two Chinese characters',
  check(ch) {
    const hits: Hit[] = [];
    for (const { s, m } of proseMatches(ch, HYPHEN)) {
      const start = s.sentence.start + m.index;
      const span = ch.text.slice(start, start + 3);
      const certain = CANNOT_END_TERM.has(m[1]!);
      hits.push({
        rule: this.name, file: ch.file, start, end: start + 3,
        summary: certain
          ? `a hyphen after “${m[1]}”, which cannot end a term: debris between two Chinese words`
          : `a hyphen between two Chinese characters in “${span}”`,
        correction: certain ? replaceWith(span, span.replace('-', '')) : observed(`an ASCII hyphen in “${span}”: drop it, or write a dash if two terms are paired`),
        confidence: certain ? 'high' : 'medium',
      });
    }
    return hits;
  },
};

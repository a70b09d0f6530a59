// A power written flat in prose: `平方 q2` for q², the caret lost with the math markup. Only where
// the words say square (平方) or cube (立方) just before and the digit matches, so `l2 范数` or
// `φ1 和 φ2` (a norm's name, subscripts) are left alone.
import { proseMatches } from '../../chapter-text.js';
import { replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';

const POWER: Readonly<Record<string, string>> = { '平方': '2', '立方': '3' };
// The word for the power, at most six characters before a lone letter and digit.
const FLAT = /(平方|立方)[^，。；,;$]{0,6}?(?<![A-Za-z0-9\\_^])([A-Za-z])([23])(?![A-Za-z0-9_^])/gu;

export const lostSuperscript: CopyeditRule = {
  name: 'lost-superscript',
  confidence: 'high',
  description: 'a square or cube written flat in prose (r2 for r squared)',
  check(ch) {
    const hits: Hit[] = [];
    for (const { s, m } of proseMatches(ch, FLAT)) {
      if (POWER[m[1]!] !== m[3]) continue;
      const flat = `${m[2]}${m[3]}`;
      const start = s.sentence.start + m.index + m[0].length - flat.length;
      hits.push({
        rule: this.name, file: ch.file, start, end: start + flat.length,
        summary: `“${flat}” after “${m[1]}” is a power written flat: the superscript was lost`,
        correction: replaceWith(flat, `$${m[2]}^${m[3]}$`),
        confidence: 'high',
      });
    }
    return hits;
  },
};

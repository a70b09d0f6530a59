// One concept, one term: the same English glossary term in parentheses rendered with different
// Chinese terms in one chapter. A term that ends the other (`引起过拟合` / `过拟合`) is the same term.
import { glosses, type Gloss } from '../glosses.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

const sameTerm = (a: string, b: string): boolean => a.endsWith(b) || b.endsWith(a);

export const glossVariants: CopyeditRule = {
  name: 'gloss-variants',
  confidence: 'medium',
  description: 'the same parenthesised English term rendered with different Chinese terms in one chapter',
  check(ch) {
    const byKey = new Map<string, Gloss[]>();
    for (const g of glosses(ch)) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
    const hits: Hit[] = [];
    for (const group of byKey.values()) {
      const first = group[0]!;
      for (const g of group.slice(1)) {
        if (sameTerm(g.term, first.term)) continue;
        hits.push({
          rule: this.name, file: ch.file, start: g.start, end: g.end,
          summary: `“${g.english}” is rendered “${g.term}” here but “${first.term}” earlier in the chapter`,
          correction: observed(`“${g.english}”: ${[...new Set(group.map((x) => x.term))].map((t) => `“${t}”`).join(', ')}`),
          confidence: 'medium',
        });
      }
    }
    return hits;
  },
};

// One concept, one term: the same link target (`@entry_id:N`) given different link texts in a
// chapter. A link text that stops inside a word (`[神经网](@…)络`) is the same fault seen from the link.
import { links } from '../terms.js';
import { observed, replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

export const linkTermVariants: CopyeditRule = {
  name: 'link-term-variants',
  confidence: 'medium',
  description: 'the same @entry_id/@article_id linked with different terms in one chapter',
  check(ch) {
    const all = links(ch);
    const byTarget = new Map<string, typeof all>();
    for (const l of all) byTarget.set(l.target, [...(byTarget.get(l.target) ?? []), l]);
    const hits: Hit[] = [];
    for (const group of byTarget.values()) {
      const terms = [...new Set(group.map((l) => l.term))];
      if (terms.length < 2) continue;
      const count = (t: string) => group.filter((l) => l.term === t).length;
      // The most used term is the chapter's choice; each other one is reported where it occurs.
      const main = terms.sort((a, b) => count(b) - count(a) || group.findIndex((l) => l.term === a) - group.findIndex((l) => l.term === b))[0]!;
      for (const l of group.filter((x) => x.term !== main)) {
        const raw = ch.text.slice(l.start, l.end);
        hits.push({
          rule: this.name, file: ch.file, start: l.start, end: l.end,
          summary: `${l.target} is linked as “${l.term}” here and as “${main}” elsewhere in the chapter (${count(main)}×): one concept, two terms`,
          correction: count(main) > 1 ? replaceWith(raw, raw.replace(`[${l.term}]`, `[${main}]`)) : observed(`${l.target}: ${terms.map((t) => `“${t}”`).join(', ')}`),
          confidence: 'medium',
        });
      }
    }
    return hits;
  },
};

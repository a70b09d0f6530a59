// One concept, one term: the same link target (`@entry_id:N`) given different link texts in a
// chapter, unless the chapter declares them synonyms (`X 或 Y`, `Y，也称为“X”`).
import { links } from '../terms.js';
import { proseText } from '../chapter-text.js';
import { observed, replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYNONYM = '(?:或|也称为|也称|又称为|又称|亦称|也叫|或称|即|or|aka)';

/** What tells two terms apart: each without the ending they share (`Xavier` and `Glorot` of `…初始化`). */
function distinct(a: string, b: string): [string, string] {
  let k = 0;
  while (k < Math.min(a.length, b.length) - 1 && a.at(-1 - k) === b.at(-1 - k)) k++;
  return [a.slice(0, a.length - k), b.slice(0, b.length - k)];
}

/** True when the text names the two terms as synonyms: one, a synonym marker, the other, within a clause. */
function declaredSynonyms(text: string, a: string, b: string): boolean {
  const [da, db] = distinct(a, b);
  const near = (x: string, y: string) => new RegExp(`${escape(x)}[^。；]{0,40}?${SYNONYM}[^。；]{0,40}?${escape(y)}`, 'u');
  return near(da, db).test(text) || near(db, da).test(text);
}

export const linkTermVariants: CopyeditRule = {
  name: 'link-term-variants',
  confidence: 'medium',
  description: 'the same @entry_id/@article_id linked with different terms in one chapter',
  check(ch) {
    const all = links(ch);
    // Link targets blanked and spaces collapsed, so a gloss between the two terms does not hide the marker.
    const prose = proseText(ch).replace(/\s+/g, ' ');
    const byTarget = new Map<string, typeof all>();
    for (const l of all) byTarget.set(l.target, [...(byTarget.get(l.target) ?? []), l]);
    const hits: Hit[] = [];
    for (const group of byTarget.values()) {
      const terms = [...new Set(group.map((l) => l.term))];
      if (terms.length < 2) continue;
      const count = (t: string) => group.filter((l) => l.term === t).length;
      // The most used term is the chapter's choice; each other one is reported where it occurs.
      const main = terms.sort((a, b) => count(b) - count(a) || group.findIndex((l) => l.term === a) - group.findIndex((l) => l.term === b))[0]!;
      for (const l of group.filter((x) => x.term !== main && !declaredSynonyms(prose, x.term, main))) {
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

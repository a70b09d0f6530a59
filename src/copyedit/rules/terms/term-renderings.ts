// One concept, one term: a concept the project's glossary declares, written in more than one of its
// renderings in one chapter. Every rendering but the declared term is corrected to it. The glossary
// is declared, not learned, because renderings of one concept need not share a character.
import type { GlossaryTerm } from '../../../claim/glossary.js';
import { lineCol } from '../../chapter-text.js';
import { replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';

interface Use { readonly written: string; readonly start: number; readonly end: number }

/** Where the chapter writes any rendering of the concept, longest first so a rendering inside a longer one is not counted twice. */
function usesOf(text: string, renderings: readonly string[]): Use[] {
  const taken: Use[] = [];
  for (const written of [...renderings].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
      const end = at + written.length;
      if (!taken.some((u) => at < u.end && end > u.start)) taken.push({ written, start: at, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export const termRenderings: CopyeditRule = {
  name: 'term-renderings',
  confidence: 'high',
  description: 'a concept of the glossary written with more than one of its renderings in one chapter',
  check(ch, _book, glossary = []) {
    const hits: Hit[] = [];
    for (const g of glossary.filter((t: GlossaryTerm) => t.file === ch.file)) {
      const uses = usesOf(ch.text, [g.term, ...g.variants]);
      const lines = new Map<string, number[]>();
      for (const u of uses) lines.set(u.written, [...(lines.get(u.written) ?? []), lineCol(ch.text, u.start).line]);
      if (lines.size < 2) continue;
      const where = [...lines].map(([written, at]) => `“${written}” (l.${at.join(', ')})`).join(', ');
      for (const u of uses.filter((x) => x.written !== g.term)) {
        hits.push({
          rule: this.name, file: ch.file, start: u.start, end: u.end,
          summary: `the chapter names ${g.english} in ${lines.size} ways: ${where}; one term throughout, “${g.term}”: ${g.why}`,
          correction: replaceWith(u.written, g.term),
          confidence: 'high',
        });
      }
    }
    return hits;
  },
};

// Link and citation markers that deviate from the forms the book itself uses throughout. The forms
// are learned from the text; a marker a short edit away from one of them gets that edit.
import { markers, learnedForms } from '../markers.js';
import { editDistance } from '../edit-distance.js';
import { observed, replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';
import { inside, type Span } from '../chapter-text.js';

export const markupDebris: CopyeditRule = {
  name: 'markup-debris',
  confidence: 'high',
  description: 'link and citation markers that deviate from the book\'s own well-formed forms',
  check(ch, book) {
    const forms = learnedForms(book);
    const math: Span[] = ch.sentences.flatMap((s) => s.math);
    const hits: Hit[] = [];
    for (const m of markers(ch.text)) {
      if (forms.has(m.shape) || inside(math, m.start)) continue;
      // The nearest convention: the shape whose text is fewest edits away, keeping the marker's own number.
      const best = [...forms.keys()]
        .map((shape) => ({ shape, d: editDistance(shape, m.shape) }))
        .sort((a, b) => a.d - b.d || forms.get(b.shape)! - forms.get(a.shape)!)[0];
      const numbers = m.text.match(/\d+/g) ?? [];
      const fixed = best && best.d <= 2 && (best.shape.match(/N/g) ?? []).length === numbers.length
        ? best.shape.replace(/N/g, () => numbers.shift()!)
        : null;
      hits.push({
        rule: this.name, file: ch.file, start: m.start, end: m.end,
        summary: fixed
          ? `the marker ${m.text} deviates from the book's form ${best!.shape} (used ${forms.get(best!.shape)} times)`
          : `the marker ${m.text} matches none of the book's forms (${[...forms.keys()].join(', ')})`,
        correction: fixed ? replaceWith(m.text, fixed) : observed(`a marker of no known form: ${m.text}`),
        // A typo of a form used many times is certain; anything else may be a form we have not learned.
        confidence: fixed ? 'high' : 'medium',
      });
    }
    return hits;
  },
};

// The same quantity stated with different values in one chapter: a figure's setting in its caption
// and in the sentence that describes the figure, or a count stated about the same named dataset or
// model in two places. Two experiments can use different sizes of one dataset, so these are notes.
import { figures } from '../figures.js';
import { quantities, type Quantity } from '../quantities.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';
import type { ChapterText } from '../chapter-text.js';

const where = (ch: ChapterText, q: Quantity): string => `“${ch.text.slice(q.start, q.end)}” at line ${ch.sentences[q.sentence]!.sentence.line}`;

export const numberConsistency: CopyeditRule = {
  name: 'number-consistency',
  confidence: 'medium',
  description: 'the same quantity (a figure\'s setting, a dataset\'s size, a parameter count) stated with different values',
  check(ch) {
    const all = quantities(ch);
    const hits: Hit[] = [];
    const reported = new Set<Quantity>();
    // One difference is reported once, at whichever of its two places is reached first.
    const report = (q: Quantity, other: Quantity, what: string, confidence: 'medium' | 'low'): void => {
      if (reported.has(q) || reported.has(other)) return;
      reported.add(q);
      reported.add(other);
      hits.push({
        rule: this.name, file: ch.file, start: q.start, end: q.end,
        summary: `${what}: ${q.value} ${q.noun}… here, ${other.value} ${other.noun}… in ${where(ch, other)}`,
        correction: observed(`${q.noun}: ${q.value} here, ${other.value} at line ${ch.sentences[other.sentence]!.sentence.line}`),
        confidence,
      });
    };
    // A figure's setting: the caption and the sentences describing the figure state one experiment.
    for (const f of figures(ch)) {
      const inCaption = all.filter((q) => f.caption.includes(ch.sentences[q.sentence]!));
      for (const r of f.references) {
        for (const q of all.filter((x) => ch.sentences[x.sentence] === r)) {
          const other = inCaption.find((c) => c.noun === q.noun && c.value !== q.value && c.names.join() === q.names.join());
          if (other) report(q, other, `figure ${f.label} is described with a different ${q.noun}… than its caption states`, 'medium');
        }
      }
    }
    // A count about one named thing (a clause naming exactly one dataset or model), stated twice.
    const named = all.filter((q) => q.names.length === 1);
    for (const q of named) {
      const other = named.find((o) => o.sentence < q.sentence && o.names[0] === q.names[0] && o.noun === q.noun && o.value !== q.value);
      if (other) report(q, other, `${q.names[0]} is given two values of ${q.noun}…`, 'low');
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

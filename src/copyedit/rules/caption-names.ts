// A figure and the sentence describing it should name things alike: the same dataset or model
// (`CIFAR-10` is not `CIFAR-100`, `MNIST` is not `MNIST-1D`), and the same name for a term that
// either of them introduces (`称为 X`, `所谓的 X`, `called X`).
import { aboutFigure, figures } from '../figures.js';
import { NAME } from '../quantities.js';
import { proseOf, type ReadSentence } from '../chapter-text.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

/** The letters before a name's first digit or hyphen: `CIFAR-10` and `CIFAR-100` share `cifar`. */
const stem = (name: string): string => name.toLowerCase().replace(/[-\d].*$/, '');
const names = (s: ReadSentence): string[] => (proseOf(s).match(NAME) ?? []).filter((n) => !/^\d/.test(n));
// A term being named: after 称为/称作/叫作/所谓的/called, optionally quoted, up to punctuation.
const NAMING = /(?:称为|称作|叫作|叫做|所谓的?|called)\s*[“"「]?([^\s“”"「」，。；、（）(),;]{2,12}?)[”"」]?(?=[\s，。；、（）(),;]|$)/gu;

function namedTerms(s: ReadSentence): Array<{ term: string; start: number }> {
  const prose = proseOf(s);
  return [...prose.matchAll(NAMING)].map((m) => ({ term: m[1]!, start: s.sentence.start + m.index + m[0].indexOf(m[1]!) }));
}

export const captionNames: CopyeditRule = {
  name: 'caption-names',
  confidence: 'medium',
  description: 'a dataset, model or term named differently in a sentence and in the caption of the figure it describes',
  check(ch) {
    const hits: Hit[] = [];
    for (const f of figures(ch)) {
      const captionNames = new Set(f.caption.flatMap(names));
      const captionTerms = f.caption.flatMap(namedTerms);
      for (const r of f.references) {
        const prose = proseOf(r);
        const about = aboutFigure(prose, f.label);
        for (const n of [...new Set(names(r))].filter((x) => about.includes(x))) {
          const other = [...captionNames].find((c) => c !== n && stem(c) === stem(n) && !captionNames.has(n));
          if (!other) continue;
          const at = r.sentence.start + prose.indexOf(n);
          hits.push({
            rule: this.name, file: ch.file, start: at, end: at + n.length,
            summary: `the sentence names ${n} where the caption of figure ${f.label} names ${other}`,
            correction: observed(`sentence: ${n}; caption of figure ${f.label}: ${other}`),
            confidence: 'medium',
          });
        }
        for (const t of namedTerms(r).filter((x) => about.includes(x.term))) {
          const other = captionTerms.find((c) => c.term !== t.term && !c.term.includes(t.term) && !t.term.includes(c.term));
          if (!other) continue;
          hits.push({
            rule: this.name, file: ch.file, start: t.start, end: t.start + t.term.length,
            summary: `the sentence calls it “${t.term}” where the caption of figure ${f.label} calls it “${other.term}”`,
            correction: observed(`sentence: “${t.term}”; caption of figure ${f.label}: “${other.term}”`),
            confidence: 'medium',
          });
        }
      }
    }
    return hits;
  },
};

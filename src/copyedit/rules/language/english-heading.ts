// A heading left in English in a chapter whose headings are Chinese (`## 7.4 Summary`). A heading
// word the book uses in its prose is a name or a term (`## 3.2 Transformer`), not a stray; the
// Chinese title is the author's to choose, except for the standard sections of a textbook chapter,
// whose customary Chinese titles the correction gives; for any other it says what was seen.
import { observed, replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';

const HAN = /\p{Script=Han}/u;

// The customary titles of a chapter's standard sections in Chinese textbooks.
const STANDARD_SECTIONS: Readonly<Record<string, string>> = {
  summary: '总结', problems: '习题', exercises: '习题', notes: '注释', introduction: '引言', references: '参考文献', 'further reading': '延伸阅读',
};

export const englishHeading: CopyeditRule = {
  name: 'english-heading',
  confidence: 'high',
  description: 'an English heading in a chapter whose other headings are Chinese',
  check(ch, book) {
    const headings = ch.sentences.filter((s) => s.sentence.kind === 'heading');
    const chinese = headings.filter((h) => HAN.test(h.sentence.text)).length;
    if (chinese < 3 || chinese * 2 <= headings.length) return [];
    const prose = book.flatMap((c) => c.sentences.filter((s) => s.sentence.kind !== 'heading').map((s) => s.sentence.text)).join('\n').toLowerCase();
    const hits: Hit[] = [];
    for (const h of headings) {
      const title = h.sentence.text.replace(/^#+\s*/, '').replace(/^[\d.]+\s*/, '');
      const words = title.match(/[A-Za-z]+/g) ?? [];
      if (HAN.test(title) || !words.length || words.some((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(prose))) continue;
      const start = h.sentence.start + h.sentence.text.indexOf(title);
      hits.push({
        rule: this.name, file: ch.file, start, end: start + title.length,
        summary: `the heading “${title}” is in English, while ${chinese} of the chapter's ${headings.length} headings are Chinese`,
        correction: title.toLowerCase() in STANDARD_SECTIONS ? replaceWith(title, STANDARD_SECTIONS[title.toLowerCase()]!) : observed(`英文标题“${title}”：请改为中文标题`),
        confidence: 'high',
      });
    }
    return hits;
  },
};

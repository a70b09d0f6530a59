// A link whose text stops inside a word: `[AB](@entry_id:N)C` where the book links `ABC` as a term
// elsewhere. The reader sees half a word underlined. A note: the target may mean the shorter word.
import { links } from '../terms.js';
import { replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

const HAN = /^\p{Script=Han}+$/u;

export const splitLink: CopyeditRule = {
  name: 'split-link',
  confidence: 'medium',
  description: 'a link whose text stops inside a word the book links whole elsewhere',
  check(ch, book) {
    const terms = new Set(book.flatMap((c) => links(c).map((l) => l.term)));
    const hits: Hit[] = [];
    for (const l of links(ch)) {
      const after = ch.text.slice(l.end, l.end + 3);
      // The shortest continuation that completes a linked term of the book.
      const k = [1, 2, 3].find((n) => HAN.test(after.slice(0, n)) && after.length >= n && terms.has(l.term + after.slice(0, n)));
      if (k === undefined) continue;
      const raw = ch.text.slice(l.start, l.end + k);
      const whole = l.term + after.slice(0, k);
      hits.push({
        rule: this.name, file: ch.file, start: l.start, end: l.end + k,
        summary: `the link covers “${l.term}” of the word “${whole}”, which the book links whole elsewhere`,
        correction: replaceWith(raw, `[${whole}](${l.target})`),
        confidence: 'medium',
      });
    }
    return hits;
  },
};

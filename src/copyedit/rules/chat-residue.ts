// Sentences that answer a person instead of informing a reader: "the reason you mentioned",
// "I hope this helps". They survive when an answer to a question is pasted into a book.
import { proseOf } from '../chapter-text.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

// Words that point back at a questioner, or close a conversation.
const RESIDUE = /(?:你|您)(?:提到|提出|问到|所问|说的|所说)|如(?:你|您)所说|(?:你|您)的问题|希望(?:这|以上)[^。！？]{0,8}(?:帮助|有用)|还有(?:其他|别的)问题|as you (?:mentioned|asked|said)|I hope this helps|great question/giu;

export const chatResidue: CopyeditRule = {
  name: 'chat-residue',
  confidence: 'medium',
  description: 'a sentence addressed to a questioner (“as you mentioned”), left from an answer pasted into the text',
  check(ch) {
    const hits: Hit[] = [];
    for (const s of ch.sentences) {
      if (s.sentence.kind !== 'text') continue;
      const prose = proseOf(s);
      for (const m of prose.matchAll(RESIDUE)) {
        hits.push({
          rule: this.name, file: ch.file, start: s.sentence.start, end: s.sentence.end,
          summary: `“${m[0]}” speaks to a questioner, not to the book's reader`,
          correction: observed(`conversational words in the text: “${m[0]}”; rephrase for the reader or drop the sentence`),
          confidence: 'medium',
        });
        break;
      }
    }
    return hits;
  },
};

// Traditional characters in simplified-Chinese prose, found by OpenCC's phrase-level conversion.
// Converting traditional to simplified alone would also "fix" characters that are correct in
// simplified text when they stand in a simplified phrase (著 of 显著, 干 of 干杯), because OpenCC
// reads the phrase as traditional. So a character counts only when it also changes after a round
// trip (simplified -> traditional -> simplified), which puts every phrase in its traditional form
// first and lets the phrase dictionaries decide.
import { Converter } from 'opencc-js';
import { proseOf } from '../chapter-text.js';
import { replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

let converters: { toSimplified: (s: string) => string; toTraditional: (s: string) => string } | null = null;
const opencc = () => (converters ??= {
  toSimplified: Converter({ from: 't', to: 'cn' }),
  toTraditional: Converter({ from: 'cn', to: 't' }),
});

const HAN = /\p{Script=Han}/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Offsets (into `prose`) of characters that are traditional in a simplified text, with their simplified form. */
function traditionalChars(prose: string): Map<number, string> {
  const { toSimplified, toTraditional } = opencc();
  const direct = toSimplified(prose);
  const roundTrip = toSimplified(toTraditional(prose));
  const out = new Map<number, string>();
  // OpenCC maps character for character here; if a length ever changed, offsets would not align.
  if (direct.length !== prose.length || roundTrip.length !== prose.length) return out;
  for (let i = 0; i < prose.length; i++) {
    if (HAN.test(prose[i]!) && direct[i] !== prose[i] && roundTrip[i] !== prose[i]) out.set(i, roundTrip[i]!);
  }
  return out;
}

export const traditionalCharsRule: CopyeditRule = {
  name: 'traditional-chars',
  confidence: 'high',
  description: 'traditional characters in simplified-Chinese prose (OpenCC phrase-level conversion, round trip)',
  check(ch) {
    const hits: Hit[] = [];
    for (const s of ch.sentences) {
      const prose = proseOf(s);
      const found = traditionalChars(prose);
      if (!found.size) continue;
      // Report the word each character sits in, so the quote reads as a word and the edit pastes.
      for (const w of words.segment(prose)) {
        const at = [...found.keys()].filter((i) => i >= w.index && i < w.index + w.segment.length);
        if (!at.length) continue;
        const fixed = w.segment.split('').map((c, k) => found.get(w.index + k) ?? c).join('');
        hits.push({
          rule: this.name, file: ch.file, start: s.sentence.start + w.index, end: s.sentence.start + w.index + w.segment.length,
          summary: `traditional character${at.length > 1 ? 's' : ''} ${at.map((i) => prose[i]).join('')} in simplified-Chinese prose`,
          correction: replaceWith(w.segment, fixed),
          confidence: 'high',
        });
      }
    }
    return hits;
  },
};

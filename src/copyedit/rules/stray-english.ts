// An ordinary English word left untranslated inside a Chinese sentence. Left alone: math, code,
// links and citations (markup), parenthesised glossary terms, quoted passages, names and acronyms
// (anything capitalised), and words the book uses as its own loanwords (capitalised somewhere, or
// written the same way more than once), and the terms Chinese machine-learning prose keeps in
// English by convention (a house-style list, as a copy editor keeps one). What remains is a word
// used once, as a plain word.
import { proseOf, type ChapterText } from '../chapter-text.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

const HAN = /\p{Script=Han}/u;
// Parenthesised and quoted passages: glossary terms, English titles and quotations.
const SHIELDED = /\([^()]*\)|（[^（）]*）|“[^”]*”|"[^"]*"|「[^」]*」|‘[^’]*’/g;
const WORD = /(?<![A-Za-z0-9\\_^.-])[a-z][a-z'-]*[a-z](?![A-Za-z0-9_-])/g;

// Kept in English in Chinese technical writing: translating them would confuse, not help.
const KEPT_IN_ENGLISH = new Set([
  'token', 'tokens', 'logit', 'logits', 'embedding', 'embeddings', 'epoch', 'epochs', 'batch', 'minibatch',
  'dropout', 'softmax', 'sigmoid', 'tanh', 'relu', 'transformer', 'transformers', 'encoder', 'decoder',
  'prompt', 'prompts', 'benchmark', 'benchmarks', 'checkpoint', 'checkpoints', 'backbone', 'grokking',
]);

const blank = (s: string, re: RegExp): string => s.replace(re, (m) => ' '.repeat(m.length));

/** How the book writes each word: how often in lowercase, and whether it is ever capitalised. */
function bookUsage(book: readonly ChapterText[]): { lower: Map<string, number>; capitalised: Set<string> } {
  const lower = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const ch of book) {
    for (const m of ch.text.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
      const w = m[0];
      if (/^[A-Z]/.test(w)) capitalised.add(w.toLowerCase());
      else lower.set(w, (lower.get(w) ?? 0) + 1);
    }
  }
  return { lower, capitalised };
}

export const strayEnglish: CopyeditRule = {
  name: 'stray-english',
  confidence: 'low',
  description: 'an untranslated English word inside a Chinese sentence (not math, code, names, citations or glosses)',
  check(ch, book) {
    const usage = bookUsage(book);
    const hits: Hit[] = [];
    for (const s of ch.sentences) {
      if (s.sentence.kind !== 'text') continue;
      const prose = blank(proseOf(s), SHIELDED);
      if (!HAN.test(prose)) continue;
      for (const m of prose.matchAll(WORD)) {
        const w = m[0];
        if (w.length < 3 || KEPT_IN_ENGLISH.has(w) || usage.capitalised.has(w) || (usage.lower.get(w) ?? 0) > 1) continue;
        // "et al." and the like belong to a citation.
        if (/^\s*al\b/.test(prose.slice(m.index + w.length)) || w === 'al') continue;
        const start = s.sentence.start + m.index;
        hits.push({
          rule: this.name, file: ch.file, start, end: start + w.length,
          summary: `the English word "${w}" stands untranslated in a Chinese sentence`,
          correction: observed(`"${w}" in Chinese prose: translate it, or give the Chinese term with "${w}" in parentheses`),
          confidence: 'low',
        });
      }
    }
    return hits;
  },
};

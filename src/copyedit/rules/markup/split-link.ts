// A link whose boundary cuts a word: `[卷积网](@…)络`, `求[和数](@…)列`, `AB[C理论](@…)`, or takes in
// the conjunction between two words (`[A和](@…)B`: a finding, the link dropped). Words are
// the dictionary segmentation of the text as the reader sees it (ICU's, via Intl.Segmenter), and a
// cut counts only when the chapter also writes the cut word whole elsewhere, so a segmenter's slip
// on a rare compound is not taken for debris. The edit depends on what the book attests:
// - the whole string is linked elsewhere in the book: extend the link (a finding);
// - the whole string is written nowhere in the book: the link straddles two words, so its target
//   names something the sentence does not say (和数 in 求和数列): drop the link (a finding);
// - the whole string is written in the book but never linked: the link is a little short of a word
//   (凸区 of 凸区域) and its target may still be right: extend it, as a note.
import { links, occurrences, type Link } from '../../terms.js';
import { replaceWith, type Hit } from '../../hit.js';
import type { ChapterText } from '../../chapter-text.js';
import type { CopyeditRule } from '../../rule.js';

const HAN = /^\p{Script=Han}$/u;
const CONJUNCTIONS = new Set([...'和与及或']);
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** The chapter as displayed (every link replaced by its text), with each display offset's raw offset. */
interface Display { text: string; raw: number[]; links: Array<{ link: Link; start: number; end: number }> }

function display(ch: ChapterText): Display {
  let text = '';
  const raw: number[] = [];
  const shown: Display['links'] = [];
  let at = 0;
  const copy = (from: number, to: number): void => { for (let i = from; i < to; i++) { text += ch.text[i]; raw.push(i); } };
  for (const link of links(ch)) {
    copy(at, link.start);
    const start = text.length;
    copy(link.start + 1, link.start + 1 + link.term.length);
    shown.push({ link, start, end: text.length });
    at = link.end;
  }
  copy(at, ch.text.length);
  raw.push(ch.text.length);
  return { text, raw, links: shown };
}

/** The word-like segment of the display text that strictly contains offset `b`, if any. */
function wordAcross(d: Display, b: number): { start: number; end: number } | null {
  const lineStart = d.text.lastIndexOf('\n', b - 1) + 1;
  const lineEnd = d.text.indexOf('\n', b) === -1 ? d.text.length : d.text.indexOf('\n', b);
  for (const s of SEGMENTER.segment(d.text.slice(lineStart, lineEnd))) {
    const start = lineStart + s.index;
    const end = start + s.segment.length;
    if (s.isWordLike && start < b && b < end) return { start, end };
  }
  return null;
}

/**
 * The conjunction a link's text ends on when the text goes on in Han and the dictionary reads that
 * last character as a word of its own (`[A和](@…)B` read A|和|B): the link took in the 和 of “A 和 B”.
 */
function swallowedConjunction(d: Display, l: Display['links'][number]): string | null {
  const last = d.text[l.end - 1] ?? '';
  if (!CONJUNCTIONS.has(last) || !HAN.test(d.text[l.end] ?? '') || l.end - l.start < 3) return null;
  const lineStart = d.text.lastIndexOf('\n', l.start) + 1;
  const line = d.text.slice(lineStart, d.text.indexOf('\n', l.end) === -1 ? d.text.length : d.text.indexOf('\n', l.end));
  const alone = [...SEGMENTER.segment(line)].some((s) => lineStart + s.index === l.end - 1 && s.segment === last);
  return alone ? last : null;
}

export const splitLink: CopyeditRule = {
  name: 'split-link',
  confidence: 'high',
  description: 'a link whose boundary cuts a word the chapter writes whole elsewhere',
  check(ch, book) {
    const linkedTerms = new Set(book.flatMap((c) => links(c).map((l) => l.term)));
    const d = display(ch);
    const bookText = book.map((c) => display(c).text).join('\n');
    const boundaries = new Set(d.links.flatMap((l) => [l.start, l.end]));
    /** Occurrences of `w` in the chapter that no link boundary cuts. */
    const whole = (w: string): number => occurrences(d.text, w).filter((i) => ![...boundaries].some((b) => b > i && b < i + w.length)).length;
    const hits: Hit[] = [];
    for (const l of d.links) {
      const conj = swallowedConjunction(d, l);
      if (conj) {
        const span = ch.text.slice(l.link.start, l.link.end);
        hits.push({
          rule: this.name, file: ch.file, start: l.link.start, end: l.link.end,
          summary: `the link “${l.link.term}” ends on the conjunction “${conj}”, which joins it to the next word: the link names a string the sentence does not mean`,
          correction: replaceWith(span, l.link.term),
          confidence: 'high',
        });
        continue;
      }
      const cuts = [wordAcross(d, l.start), wordAcross(d, l.end)].filter((c): c is { start: number; end: number } => c !== null);
      const cut = cuts.find((c) => whole(d.text.slice(c.start, c.end)) >= 2);
      if (!cut) continue;
      const word = d.text.slice(cut.start, cut.end);
      const from = Math.min(l.start, ...cuts.map((c) => c.start));
      const to = Math.max(l.end, ...cuts.map((c) => c.end));
      const extended = d.text.slice(from, to);
      const rawStart = from === l.start ? l.link.start : d.raw[from]!;
      const rawEnd = to === l.end ? l.link.end : d.raw[to - 1]! + 1;
      const span = ch.text.slice(rawStart, rawEnd);
      const linked = linkedTerms.has(extended);
      // Written elsewhere only right after the character before this link (和数列 only ever in 求和数列):
      // the word starts before the link, which then straddles two words.
      const before = d.text[from - 1] ?? '';
      const elsewhere = occurrences(bookText, extended).map((i) => bookText[i - 1] ?? '');
      const written = !linked && elsewhere.length > 1 && !(HAN.test(before) && elsewhere.every((c) => c === before));
      hits.push({
        rule: this.name, file: ch.file, start: rawStart, end: rawEnd,
        summary: linked
          ? `the link covers “${l.link.term}” and cuts the word “${word}”; the book links “${extended}” whole elsewhere`
          : written
            ? `the link covers “${l.link.term}” and cuts the word “${word}”; the book writes “${extended}” whole elsewhere`
            : `the link covers “${l.link.term}”, which straddles the word “${word}”: the reader sees a link on a string the sentence does not mean`,
        correction: replaceWith(span, linked || written ? `[${extended}](${l.link.target})` : extended),
        confidence: written ? 'medium' : 'high',
      });
    }
    return hits;
  },
};

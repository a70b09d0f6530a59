// Figures and the sentences that describe them: a caption opens with its label (`图 20.2`, `Figure 3`),
// and a body sentence refers to it by the same label.
import type { ChapterText, ReadSentence } from './chapter-text.js';

export interface FigureText {
  readonly label: string;
  readonly caption: ReadSentence[];
  readonly references: ReadSentence[];
}

const LABEL = /^(?:\*\*)?(?:图|Figure|Fig\.)\s*(\d+(?:\.\d+)*)/;
const reference = (label: string): RegExp => new RegExp(`(?:图|Figure|Fig\\.)\\s*${label.replace(/\./g, '\\.')}(?!\\d|\\.\\d)`);
const refersTo = (text: string, label: string): boolean => reference(label).test(text);
const ANY_REFERENCE = /(?:图|Figure|Fig\.)\s*\d+(?:\.\d+)*/g;

/**
 * The part of a sentence that speaks about figure `label`: the whole sentence when it refers to one
 * figure only, else the clause (between ，；) holding the reference.
 */
export function aboutFigure(text: string, label: string): string {
  if ((text.match(ANY_REFERENCE) ?? []).length < 2) return text;
  return text.split(/[，；,;]/).find((clause) => reference(label).test(clause)) ?? text;
}

export function figures(ch: ChapterText): FigureText[] {
  const out: FigureText[] = [];
  for (let i = 0; i < ch.sentences.length; i++) {
    const s = ch.sentences[i]!;
    const label = s.sentence.block === 'caption' ? LABEL.exec(s.sentence.text)?.[1] : undefined;
    if (!label) continue;
    // The caption is its block: the labelled sentence and those after it in the same block.
    const caption = [s];
    for (let j = i + 1; j < ch.sentences.length && ch.sentences[j]!.sentence.block === 'caption' && !LABEL.test(ch.sentences[j]!.sentence.text); j++) caption.push(ch.sentences[j]!);
    const references = ch.sentences.filter((r) => r.sentence.block !== 'caption' && refersTo(r.sentence.text, label));
    out.push({ label, caption, references });
  }
  return out;
}

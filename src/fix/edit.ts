// One edit of a chapter: the characters [start, end) of the source as it reads now, replaced by `text`.

export interface Edit {
  /** The source file, relative to the sources folder (`why-deep-learning-works.md`). */
  readonly file: string;
  /** UTF-16 offsets into the current source, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Characters of one token of Latin text: a number such as 15,139 or 0.5, a word, an identifier.
const TOKEN = /[0-9A-Za-z_.,]/;
const isToken = (c: string | undefined): boolean => c !== undefined && TOKEN.test(c);
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The smallest edit with the same effect: the characters the span and its replacement share at
 * both ends are left out, so two corrections of one sentence that change different values (slots)
 * touch different characters and never overlap. The edit is then widened to whole tokens of Latin
 * text, so that two corrections of one number (15,139 -> 15,319 and 15,139 -> 15,140) overlap and
 * conflict instead of each changing a few of its digits; a surrogate pair is never split. Null when
 * the replacement changes nothing.
 */
export function minimalEdit(source: string, e: Edit): Edit | null {
  const old = source.slice(e.start, e.end);
  if (old === e.text) return null;
  let head = 0;
  while (head < old.length && head < e.text.length && old[head] === e.text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < e.text.length - head && old[old.length - 1 - tail] === e.text[e.text.length - 1 - tail]) tail++;
  let start = e.start + head;
  let end = e.end - tail;
  let text = e.text.slice(head, e.text.length - tail);
  const widen = (left: boolean) => {
    if (left) { start--; text = source[start]! + text; } else { text += source[end]!; end++; }
  };
  if (start > 0 && isHigh(source.charCodeAt(start - 1)) && isLow(source.charCodeAt(start))) widen(true);
  if (end < source.length && end > 0 && isHigh(source.charCodeAt(end - 1)) && isLow(source.charCodeAt(end))) widen(false);
  const leftInToken = (end > start && isToken(source[start])) || isToken(text[0]);
  const rightInToken = (end > start && isToken(source[end - 1])) || isToken(text.at(-1));
  if (leftInToken) while (start > 0 && isToken(source[start - 1])) widen(true);
  if (rightInToken) while (end < source.length && isToken(source[end])) widen(false);
  return { file: e.file, start, end, text };
}

// Line arithmetic over a source's raw text: offsets are UTF-16 code units, lines 0-based here.

export interface RawLines {
  readonly text: string;
  /** Offset of each line's first character. */
  readonly starts: readonly number[];
}

export function rawLines(text: string): RawLines {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { text, starts };
}

/** The end of line `i`, before its `\n` (and a `\r` before that). */
export function lineEnd(lines: RawLines, i: number): number {
  const next = lines.starts[i + 1];
  let end = next === undefined ? lines.text.length : next - 1;
  if (end > (lines.starts[i] ?? 0) && lines.text[end - 1] === '\r') end -= 1;
  return end;
}

export function lineText(lines: RawLines, i: number): string {
  return lines.text.slice(lines.starts[i] ?? lines.text.length, lineEnd(lines, i));
}

/** The 0-based line holding `offset`. */
export function lineOf(lines: RawLines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Sentence boundaries in one masked block: Intl.Segmenter, then the repairs its rules need here.

let segmenter: Intl.Segmenter | null = null;
const sentences = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'sentence' }));

// UAX #29 counts opening brackets and quotes as "Close", so after 。 it keeps them with the sentence before.
const OPENERS = new Set(['“', '‘', '「', '『', '（', '(', '[', '【', '《', '〈', '〔', '｛', '{']);
const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '（': '）' };
// Abbreviations whose period the segmenter takes for a sentence end.
const ABBREVIATION = /(?:^|[^A-Za-z])(?:e\.g|i\.e|et al|cf|vs|Fig|Figs|Eq|Eqs|Sec|resp|approx)\.\s*$/;
const CONTENT = /[\p{L}\p{N}]/u;
const EMPHASIS_RUN = /^[*_~]+/;

const count = (s: string, sub: string): number => s.split(sub).length - 1;

/** Runs of exactly `run` (maximal runs of its character) in `s`. */
function runsOf(s: string, run: string): number {
  const ch = run[0]!.replace(/[*~]/, '\\$&');
  return (s.match(new RegExp(`${ch}+`, 'g')) ?? []).filter((r) => r === run).length;
}

/** Whether `s` (trimmed) is one parenthetical: it opens with ( or （ and that bracket closes at its end. */
function isParenthetical(s: string): boolean {
  const t = s.trim();
  const open = t[0];
  const close = open === undefined ? undefined : OPEN_TO_CLOSE[open];
  if (!close || !t.endsWith(close)) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === open) depth++;
    else if (t[i] === close && --depth === 0) return i === t.length - 1;
  }
  return false;
}

/**
 * Cut points of `masked` into sentences: [0, c1, …, masked.length]. Repairs: opening quotes and brackets
 * move to the sentence they open; a closing emphasis marker moves back to the sentence it closes;
 * a piece with no letter or digit, a parenthetical gloss, and a piece ending in an abbreviation
 * join their neighbour.
 */
export function sentenceCuts(masked: string): number[] {
  const cuts = [...sentences().segment(masked)].map((s) => s.index);
  cuts.push(masked.length);
  const piece = (k: number): string => masked.slice(cuts[k], cuts[k + 1]);

  for (let k = 1; k < cuts.length - 1; k++) {
    // Opening quotes and brackets at the end of piece k-1 belong to piece k.
    let at = cuts[k]!;
    for (;;) {
      let j = at;
      while (j > cuts[k - 1]! && /\s/.test(masked[j - 1]!)) j--;
      const c = masked[j - 1];
      if (j <= cuts[k - 1]! + 1 || c === undefined) break;
      const opens = OPENERS.has(c) || (c === '"' && count(masked.slice(cuts[k - 1], j), '"') % 2 === 1);
      if (!opens) break;
      at = j - 1;
    }
    cuts[k] = at;
    // A closing emphasis marker at the start of piece k belongs to piece k-1 when that one left it open.
    const run = EMPHASIS_RUN.exec(piece(k))?.[0];
    if (run && runsOf(piece(k - 1), run) % 2 === 1) cuts[k] = cuts[k]! + run.length;
  }

  // Joins: walk backwards so removing a cut does not disturb the ones still to visit.
  for (let k = cuts.length - 2; k >= 1; k--) {
    const text = piece(k);
    if (!CONTENT.test(text) || isParenthetical(text)) cuts.splice(k, 1); // joins piece k-1
  }
  if (cuts.length > 2 && !CONTENT.test(piece(0))) cuts.splice(1, 1); // a content-less first piece joins the next
  for (let k = cuts.length - 2; k >= 1; k--) {
    if (ABBREVIATION.test(piece(k - 1))) cuts.splice(k, 1);
  }
  return cuts.filter((c, i) => i === 0 || c > cuts[i - 1]!);
}

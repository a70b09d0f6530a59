// The sentences a fix edited, before and after, and the claims anchored in them: what to re-check.
import { computeCoverage, type CoverageClaim } from '../coverage/index.js';
import type { EditedFile } from './apply-edits.js';

export interface EditedSentence {
  readonly file: string;
  /** Line of the sentence in the edited source. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
  /** Claims whose quote lies in the edited sentence, before or after the edit (placed as coverage places them). */
  readonly claims: readonly string[];
  /** The findings whose edits changed it. */
  readonly findings: readonly string[];
}

const touches = (s: { start: number; end: number }, from: number, to: number): boolean =>
  from === to ? s.start <= from && from <= s.end : s.start < to && from < s.end;

function lineAround(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { start, text: text.slice(start, end === -1 ? text.length : end) };
}

/** Per edited sentence, in source order: its text before and after the edits, and its claims. */
export function editedSentences(files: readonly EditedFile[], claims: readonly CoverageClaim[]): EditedSentence[] {
  const out: EditedSentence[] = [];
  for (const f of files) {
    const mine = claims.filter((c) => c.source.file === f.file);
    const itemsOf = (text: string) => computeCoverage(new Map([[f.file, text]]), mine, [])[0]?.items ?? [];
    const [old, items] = [itemsOf(f.before), itemsOf(f.after)];
    const byStart = new Map<number, { line: number; after: string; before: Set<string>; claims: Set<string>; findings: Set<string> }>();
    for (const e of f.edits) {
      const hit = items.filter((i) => touches(i.sentence, e.newStart, e.newEnd));
      // An edit outside every claimed sentence (a heading, say) is shown as its line, with no claim to re-check.
      if (hit.length === 0) {
        const line = lineAround(f.after, e.newStart);
        const entry = byStart.get(line.start) ?? byStart.set(line.start, { line: f.after.slice(0, line.start).split('\n').length, after: line.text, before: new Set(), claims: new Set(), findings: new Set() }).get(line.start)!;
        entry.before.add(lineAround(f.before, e.start).text);
        for (const id of e.findings) entry.findings.add(id);
      }
      for (const item of hit) {
        const s = item.sentence;
        const entry = byStart.get(s.start) ?? byStart.set(s.start, { line: s.line, after: s.text, before: new Set(), claims: new Set(), findings: new Set() }).get(s.start)!;
        // A claim whose quote held the edited words is placed only in the text before.
        for (const o of old.filter((x) => touches(x.sentence, e.start, e.end))) {
          entry.before.add(o.sentence.text);
          for (const c of o.claims) entry.claims.add(c);
        }
        for (const c of item.claims) entry.claims.add(c);
        for (const id of e.findings) entry.findings.add(id);
      }
    }
    for (const [, e] of [...byStart].sort(([a], [b]) => a - b)) {
      out.push({ file: f.file, line: e.line, before: [...e.before].join(' '), after: e.after, claims: [...e.claims], findings: [...e.findings] });
    }
  }
  return out;
}

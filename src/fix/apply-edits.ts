// Applies the findings' edits to their sources: identical edits once, colliding ones not at all.
import type { Edit } from './edit.js';

/** An edit as applied: where its text now sits in the new source, and the findings it serves. */
export interface AppliedEdit extends Edit {
  readonly findings: readonly string[];
  /** Offsets of the replacement in the edited source. */
  readonly newStart: number;
  readonly newEnd: number;
}

export interface EditedFile {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly edits: readonly AppliedEdit[];
}

/** Two findings whose edits overlap with different text: neither is applied. */
export interface Conflict {
  readonly file: string;
  readonly findings: readonly [string, string];
  /** The characters both want to change, as the source reads now. */
  readonly span: string;
}

export interface Applied {
  readonly files: readonly EditedFile[];
  readonly conflicts: readonly Conflict[];
  /** Findings whose every edit was applied. */
  readonly applied: readonly string[];
}

type Pending = Edit & { findings: string[] };

// Overlapping ranges, or two edits at one point (an insertion there leaves their order undecided).
const collide = (a: Edit, b: Edit): boolean => (a.start < b.end && b.start < a.end) || a.start === b.start;

/**
 * Applies each finding's edits (`planned`: finding id -> edits) to `sources` (file -> text). An edit
 * two findings share is made once. Edits that collide with different text are a conflict: every
 * edit of both findings is skipped, so no finding is half applied and nothing is forced. The rest
 * are applied from the end of each file backwards, so earlier offsets stay valid.
 */
export function applyEdits(sources: ReadonlyMap<string, string>, planned: ReadonlyArray<{ id: string; edits: readonly Edit[] }>): Applied {
  const pending: Pending[] = [];
  for (const { id, edits } of planned) {
    for (const e of edits) {
      const same = pending.find((p) => p.file === e.file && p.start === e.start && p.end === e.end && p.text === e.text);
      if (same) { if (!same.findings.includes(id)) same.findings.push(id); } else pending.push({ ...e, findings: [id] });
    }
  }
  const conflicts: Conflict[] = [];
  const blocked = new Set<string>();
  const byFile = new Map<string, Pending[]>();
  for (const p of pending) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    const text = sources.get(file)!;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.start <= list[i]!.end; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (!collide(a, b)) continue;
        for (const x of [...a.findings, ...b.findings]) blocked.add(x);
        conflicts.push({ file, findings: [a.findings[0]!, b.findings.find((f) => f !== a.findings[0]) ?? b.findings[0]!], span: text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)) });
      }
    }
  }
  const files: EditedFile[] = [];
  for (const [file, list] of byFile) {
    // An edit a blocked finding shares with another stays for the other: it collides with nothing.
    const kept = list.filter((p) => p.findings.some((f) => !blocked.has(f)));
    if (kept.length === 0) continue;
    const before = sources.get(file)!;
    let after = before;
    for (const p of [...kept].reverse()) after = after.slice(0, p.start) + p.text + after.slice(p.end);
    let shift = 0;
    const edits = kept.map((p) => {
      const placed: AppliedEdit = { ...p, findings: p.findings.filter((f) => !blocked.has(f)), newStart: p.start + shift, newEnd: p.start + shift + p.text.length };
      shift += p.text.length - (p.end - p.start);
      return placed;
    });
    files.push({ file, before, after, edits });
  }
  const applied = planned.filter((p) => p.edits.length > 0 && !blocked.has(p.id)).map((p) => p.id);
  return { files, conflicts, applied };
}

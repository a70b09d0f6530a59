// What `claimcheck fix` would do for each finding: the edits that make its corrections, or why the
// author's hand is needed.
import type { ClaimResult, Correction, Finding } from '../results/schema.js';
import type { Edit } from './edit.js';
import { locateCorrection, type Anchor } from './locate-correction.js';

export type FixPlan =
  | { finding: Finding; edits: Edit[] }
  | { finding: Finding; hand: string };

const describe = (c: Correction): string | null => {
  if (c === null) return 'no correction was computed';
  if ('observed' in c) return `no edit can be computed; observed: ${c.observed}`;
  return null;
};

/**
 * A finding's edits: its own correction, and those of the other claims folded into it (on the same
 * span, or following from it), each located in the current text through its own quote; they edit
 * different slots of a sentence, or different sentences. All or nothing: a finding is mechanical
 * only when every correction behind it is an edit that can be placed.
 */
export function planFix(finding: Finding, claims: ReadonlyMap<string, ClaimResult>, sourceOf: (file: string) => string | null): FixPlan {
  const why = describe(finding.correction);
  if (why) return { finding, hand: why };
  const wanted: { anchor: Anchor; replace: { span: string; text: string }; by: string }[] = [];
  const add = (anchor: Anchor, c: Correction, by: string) => {
    if (c !== null && 'replace' in c) wanted.push({ anchor, replace: c.replace, by });
  };
  add(finding.source, finding.correction, finding.id);
  for (const id of finding.claims) {
    const r = claims.get(id);
    if (!r || id === finding.id) continue;
    const reason = describe(r.correction);
    if (reason) return { finding, hand: `${id}, folded into this finding: ${reason}` };
    add(r.source, r.correction, id);
  }
  const edits: Edit[] = [];
  for (const w of wanted) {
    const text = sourceOf(w.anchor.file);
    if (text === null) return { finding, hand: `source ${w.anchor.file} not found` };
    const at = locateCorrection(text, w.anchor, w.replace);
    if ('problem' in at) return { finding, hand: w.by === finding.id ? at.problem : `${w.by}, folded into this finding: ${at.problem}` };
    if (!edits.some((e) => e.file === at.edit.file && e.start === at.edit.start && e.end === at.edit.end && e.text === at.edit.text)) edits.push(at.edit);
  }
  return { finding, edits };
}

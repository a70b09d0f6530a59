// What `claimcheck fix` would do for each finding: the edits that make its corrections, or why the
// author's hand is needed.
import type { ClaimResult, Correction, Finding } from '../results/schema.js';
import type { Edit } from './edit.js';
import { anchorOf } from '../findings/anchor.js';
import { locateCorrection, placeQuote, type Anchor } from './locate-correction.js';

export type FixPlan =
  | { finding: Finding; edits: Edit[] }
  | { finding: Finding; hand: string };

const whyNoEdit = (c: Correction): string | null => {
  if (c === null) return 'no correction was computed';
  if ('observed' in c) return `no edit can be computed; observed: ${c.observed}`;
  return null;
};

/**
 * A finding's edits: its own correction, and those of the other claims folded into it, each
 * located in the current text through its own quote. A claim folded in because its quote overlaps
 * the finding's (the same span) must have an edit too, or the finding needs the author's hand. A
 * claim that follows from the finding from another sentence may have none: correcting the root is
 * what it waits for, and the re-check after --write tells whether it now holds.
 */
export function planFix(finding: Finding, claims: ReadonlyMap<string, ClaimResult>, sourceOf: (file: string) => string | null): FixPlan {
  const why = whyNoEdit(finding.correction);
  if (why) return { finding, hand: why };
  const lead = anchorOf(finding);
  const text = sourceOf(lead.file);
  const leadAt = text === null ? null : placeQuote(text, lead);
  const onSpan = (r: ClaimResult): boolean => {
    if (r.source.file !== lead.file || text === null || leadAt === null) return r.source.file === lead.file;
    const at = placeQuote(text, r.source);
    return at === null || (at < leadAt + lead.quote.length && leadAt < at + r.source.quote.length);
  };
  const wanted: { anchor: Anchor; replace: { span: string; text: string }; by: string }[] = [];
  if ('replace' in finding.correction!) wanted.push({ anchor: lead, replace: finding.correction.replace, by: finding.id });
  for (const id of finding.claims) {
    const r = claims.get(id);
    if (!r || id === finding.id) continue;
    const reason = whyNoEdit(r.correction);
    if (reason && onSpan(r)) return { finding, hand: `${id}, on the same span: ${reason}` };
    if (r.correction !== null && 'replace' in r.correction) wanted.push({ anchor: r.source, replace: r.correction.replace, by: id });
  }
  const edits: Edit[] = [];
  const own: Edit[] = [];
  for (const w of wanted) {
    const source = sourceOf(w.anchor.file);
    if (source === null) return { finding, hand: `source ${w.anchor.file} not found` };
    const at = locateCorrection(source, w.anchor, w.replace);
    if ('problem' in at) return { finding, hand: w.by === finding.id ? at.problem : `${w.by}, folded into this finding: ${at.problem}` };
    // The finding's own correction rewrites its span as a whole (a count and the figure derived from
    // it in one sentence): a folded claim's edit inside that span is superseded, not a conflict.
    if (w.by === finding.id) own.push(at.edit);
    else if (own.some((o) => o.file === at.edit.file && o.start <= at.edit.start && at.edit.end <= o.end)) continue;
    if (!edits.some((e) => e.file === at.edit.file && e.start === at.edit.start && e.end === at.edit.end && e.text === at.edit.text)) edits.push(at.edit);
  }
  return { finding, edits };
}

// The full account of a refuted or qualified claim: everything an author needs to fix the text.
import type { ClaimResult } from '../../results/schema.js';
import { evidenceTable } from './evidence-table.js';
import { formatNumber } from '../format-number.js';
import { after, badge, cell, correctionBlock, fenced, oneLine, quoteBlock, whereText } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';
import { scaleTable } from './scale-table.js';

function search(c: ClaimResult): string | null {
  const p = c.evidence.property;
  if (!p) return null;
  const parts = [`${p.numRuns} generated case(s)`, `${p.numShrinks} shrink(s)`];
  if (p.numSkips) parts.push(`${p.numSkips} skipped`);
  if (p.interrupted) parts.push('interrupted by the time limit');
  parts.push(`seed ${p.seed}`);
  if (p.path !== null) parts.push(`path ${p.path}`);
  return `**Search:** ${after(parts.join(', '))}`;
}

function qualifiers(c: ClaimResult): string | null {
  const qs = c.evidence.qualifiers;
  if (qs.length === 0) return null;
  const state = (q: (typeof qs)[number]): string => (q.failed ? 'fails' : q.interrupted ? 'interrupted' : q.numRuns > 0 ? 'holds' : 'not run');
  return `**Narrower conditions tried:**\n\n${qs.map((q) => `- ${oneLine(q.condition)}: ${state(q)} over ${q.numRuns} case(s)`).join('\n')}`;
}

function records(c: ClaimResult): string | null {
  const entries = Object.entries(c.evidence.records);
  if (entries.length === 0) return null;
  const value = (v: number | string | boolean): string => (typeof v === 'number' ? formatNumber(v) : cell(String(v)));
  return `**Recorded:**\n\n${markdownTable(['name', 'value'], entries.map(([k, v]) => [cell(k), value(v)]), ['l', 'r'])}`;
}

/** What an author needs to fix the text: counterexample, narrower condition, correction, replay, tolerance (null: absent). */
export function fixBlocks(c: ClaimResult): (string | null)[] {
  const tol = c.evidence.tolerance;
  return [
    c.counterexample ? `**Counterexample:** ${after(whereText(c.counterexample))}` : null,
    c.qualifiedBy ? `**Holds when:** ${after(c.qualifiedBy)}` : null,
    correctionBlock(c.correction),
    c.replay ? `**Replay:**\n\n${fenced(c.replay, 'sh')}` : null,
    tol ? `**Tolerance:** ${after(tol.label)} — ${after(tol.why)}` : null,
  ];
}

/** A refuted or qualified claim in full: quote, statement, numbers, counterexample, correction, replay. */
export function renderFinding(c: ClaimResult): string {
  const table = evidenceTable(c);
  const parts: (string | null)[] = [
    `### ${badge(c.verdict)} ${oneLine(c.id)}`,
    quoteBlock(c),
    `**Statement:** ${after(c.statement)}`,
    c.reading ? `**Reading:** ${after(c.reading)}` : null,
    scaleTable(c),
    `**Result:** ${after(c.summary)}`,
    table ? `**Numbers computed:**\n\n${table}` : null,
    ...fixBlocks(c),
    search(c),
    qualifiers(c),
    records(c),
  ];
  return parts.filter((p): p is string => p !== null).join('\n\n');
}

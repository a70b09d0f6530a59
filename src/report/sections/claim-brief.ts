// One claim in the by-chapter listing: enough to see what was checked and how it came out.
import type { ClaimResult } from '../../results/schema.js';
import { after, badge, codeSpan, isFault, oneLine, quoteBlock, text } from '../markdown-bits.js';

function result(c: ClaimResult): string {
  if (isFault(c.verdict)) return `**Fault of the suite, not a finding:** ${after(c.summary)}`;
  if (c.verdict === 'not-checkable') return `**Not checkable:** ${after(c.summary)}`;
  const more = c.verdict === 'refuted' || c.verdict === 'qualified' ? ' (details under Findings)' : '';
  return `**Result:** ${after(c.summary)}${more}`;
}

/** A claim in compact form: verdict, id, quote, statement, result, replay command. */
export function renderBrief(c: ClaimResult): string {
  return [
    `#### ${badge(c.verdict)} ${oneLine(c.id)}`,
    quoteBlock(c),
    text(c.statement),
    result(c),
    c.replay ? `Replay: ${codeSpan(c.replay)}` : null,
  ].filter((p): p is string => p !== null).join('\n\n');
}

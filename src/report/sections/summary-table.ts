// Verdict counts per chapter, so the state of the whole book reads at a glance.
import { VERDICTS, type ClaimResult, type Verdict } from '../../results/schema.js';
import { badge, cell, chaptersInOrder } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

/** A chapter × verdict table of counts with a total column and a totals row. */
export function summaryTable(claims: readonly ClaimResult[]): string {
  const count = (cs: readonly ClaimResult[], v: Verdict): number => cs.filter((c) => c.verdict === v).length;
  const row = (label: string, cs: readonly ClaimResult[]): string[] => [label, ...VERDICTS.map((v) => String(count(cs, v))), String(cs.length)];
  const rows = chaptersInOrder(claims).map((ch) => row(cell(ch), claims.filter((c) => c.chapter === ch)));
  rows.push(row('**total**', claims).map((x, i) => (i === 0 ? x : `**${x}**`)));
  return markdownTable(['chapter', ...VERDICTS.map(badge), 'total'], rows, ['l', ...VERDICTS.map(() => 'r' as const), 'r']);
}

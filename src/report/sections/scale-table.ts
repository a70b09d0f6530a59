// A claim's declared scale: what its check runs at each budget, so a reader sees what "quick" cost it.
import type { ClaimResult } from '../../results/schema.js';
import { BUDGETS } from '../../results/vocabulary.js';
import { formatNumber } from '../format-number.js';
import { cell } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

const show = (v: number | readonly number[] | undefined): string =>
  v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : v.map((x) => formatNumber(x)).join(', ');

export function scaleTable(c: Pick<ClaimResult, 'scale'>): string | null {
  if (!c.scale) return null;
  const names = Object.keys(c.scale.quick);
  if (names.length === 0) return null;
  const rows = names.map((n) => [cell(n), ...BUDGETS.map((b) => show(c.scale![b][n]))]);
  return `**Scale by budget:**\n\n${markdownTable(['', ...BUDGETS], rows, ['l', ...BUDGETS.map(() => 'r' as const)])}`;
}

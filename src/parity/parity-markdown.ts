// parity.md (also the site's parity page) and the terminal table, from one parity report.
import { escapeMarkdown } from '../report/escape.js';
import { formatNumber } from '../report/format-number.js';
import { badge, durationText, whereText } from '../report/markdown-bits.js';
import { markdownTable } from '../report/markdown-table.js';
import { FLOAT_TOLERANCE, NEAR_ZERO, STRICT_KINDS } from './compare-backends.js';
import type { ParityClaim, ParityReport } from './parity-schema.js';

const STATUS_TEXT = { 'verdict-differs': 'verdict differs (unstable)', 'measurement-differs': 'measurement differs', same: 'same' } as const;

const rel = (x: number | null): string => (x === null ? '—' : x === 0 ? '0' : x.toExponential(1));

/** The rules the comparison applies, stated once for every rendering. */
export function parityRules(): string {
  return [
    `Every claim runs with the same seed on each backend; the first backend is the reference. A verdict that differs is listed first and counts as unstable.`,
    `${STRICT_KINDS.map((k, i) => (i ? k : k[0]!.toUpperCase() + k.slice(1))).join(', ')} claims compute one deterministic function: every recorded measurement and interval end must agree within ${FLOAT_TOLERANCE} relative, and every fact must have the same outcome (float32 rounding over sums of up to ~4,000 terms and chains of 50 layers moves a well-conditioned result by up to ~2e-4).`,
    `Statistical and experiment claims must agree on the verdict, and each mean must differ by less than the narrower of its two interval widths; a measurement without an interval (one seeded run) is listed with its difference but not judged.`,
    `Relative differences divide by the larger magnitude, never by less than the tolerance band's half-width or ${NEAR_ZERO}, so two rounding residues are not "100% apart".`,
  ].join('\n\n');
}

function worstText(c: ParityClaim): string {
  const w = c.worst;
  if (!w) return '—';
  const where = whereText(w.where);
  return `${escapeMarkdown(w.label, { cell: true })}${where === '—' ? '' : ` (${escapeMarkdown(where, { cell: true })})`}: ${w.measured.map((m) => formatNumber(m)).join(' vs ')}`;
}

/** parity.md: the counts per kind, the rules, then every claim, differences first. */
export function parityMarkdown(r: ParityReport): string {
  const { backends } = r.run;
  const kinds = Object.entries(r.counts.byKind);
  const counts = markdownTable(
    ['kind', 'claims', 'same', 'measurement differs', 'verdict differs'],
    [...kinds, ['all', r.counts] as const].map(([k, n]) => [k, String(n.claims), String(n.same), String(n.measurementDiffers), String(n.verdictDiffers)]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const rows = r.claims.map((c) => [
    escapeMarkdown(c.id, { cell: true }), c.kind, ...backends.map((b) => badge(c.verdicts[b]!)),
    rel(c.maxRelative), c.worst?.allowed == null ? '—' : rel(c.worst.allowed), worstText(c), STATUS_TEXT[c.status],
  ]);
  const table = markdownTable(['claim', 'kind', ...backends, 'max rel. diff', 'allowed', 'worst observation', 'status'], rows, ['l', 'l', ...backends.map(() => 'l' as const), 'r', 'r', 'l', 'l']);
  const times = backends.map((b) => `${b} ${durationText(r.run.durationMs[b] ?? 0)}`).join(', ');
  return [
    `# Backend parity: ${backends.join(' vs ')}`,
    `Budget ${r.run.budget}, seed ${r.run.seed}, started ${r.run.startedAt}; wall time ${times} (${durationText(r.run.durationMs.total ?? 0)} in all).`,
    `**${r.counts.verdictDiffers} verdict difference(s), ${r.counts.measurementDiffers} measurement difference(s)** in ${r.counts.claims} claims.`,
    counts,
    '## Rules',
    parityRules(),
    '## Claims',
    table,
  ].join('\n\n') + '\n';
}

/** The terminal table: one line a claim, differences first, then the counts. */
export function parityTerminal(r: ParityReport): string {
  const { backends } = r.run;
  const head = ['claim', ...backends, 'max rel', 'allowed', 'status'];
  const rows = r.claims.map((c) => [c.id, ...backends.map((b) => c.verdicts[b]!), rel(c.maxRelative), c.worst?.allowed == null ? '—' : rel(c.worst.allowed), c.status === 'same' ? 'same' : `${STATUS_TEXT[c.status]}: ${c.why}`]);
  const widths = head.map((h, i) => (i === head.length - 1 ? 0 : Math.max(h.length, ...rows.map((row) => row[i]!.length))));
  const line = (cells: string[]) => cells.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  const kinds = Object.entries(r.counts.byKind).map(([k, n]) => `${k} ${n.claims} (${n.verdictDiffers} verdict, ${n.measurementDiffers} measurement)`).join('; ');
  return [line(head), ...rows.map(line), '',
    `${r.counts.claims} claims: ${r.counts.same} same, ${r.counts.measurementDiffers} measurement difference(s), ${r.counts.verdictDiffers} verdict difference(s)`,
    `by kind: ${kinds}`, ''].join('\n');
}

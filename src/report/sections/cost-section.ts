// Where the run's time went and what adaptive sampling saved, so the slow claims are visible
// before they push a budget over its limit.
import type { ClaimResult } from '../../results/schema.js';
import { cell, chaptersInOrder, codeSpan, durationText } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

/** How many of the slowest claims the section lists. */
const SLOWEST = 10;

/** Time per chapter, the slowest claims, and the samples adaptive sampling drew against its plan. */
export function costSection(claims: readonly ClaimResult[]): string {
  const total = (cs: readonly ClaimResult[]): number => cs.reduce((s, c) => s + c.durationMs, 0);
  const perChapter = markdownTable(
    ['chapter', 'claims', 'time (sum over claims)', 'slowest claim'],
    chaptersInOrder(claims).map((ch) => {
      const cs = claims.filter((c) => c.chapter === ch);
      const slowest = cs.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
      return [cell(ch), String(cs.length), durationText(total(cs)), `${codeSpan(slowest.id)} ${durationText(slowest.durationMs)}`];
    }),
    ['l', 'r', 'r', 'l'],
  );
  const slowest = markdownTable(
    ['claim', 'kind', 'time'],
    [...claims].sort((a, b) => b.durationMs - a.durationMs).slice(0, SLOWEST).map((c) => [codeSpan(c.id), c.kind, durationText(c.durationMs)]),
    ['l', 'l', 'r'],
  );
  const sampled = claims.flatMap((c) => (c.evidence.sampling ? [c.evidence.sampling] : []));
  const used = sampled.reduce((s, x) => s + x.used, 0);
  const planned = sampled.reduce((s, x) => s + x.planned, 0);
  const adaptive = sampled.length
    ? `Adaptive sampling: ${sampled.length} claim(s) drew ${used} of ${planned} planned samples (${(100 * (1 - used / planned)).toFixed(0)}% saved), stopping at pre-planned looks once an interval was decisively inside or outside its band.`
    : 'Adaptive sampling: no claim in this run samples sequentially.';
  const reused = claims.filter((c) => c.reused);
  const cache = `Reused from the cache: ${reused.length} of ${claims.length} results, whose claim code, sentence, seed, budget, backend and engine were unchanged` +
    (reused.length ? `; their ${durationText(total(reused))} of claim time was spent by an earlier run (the tables below include it)` : '') + ' (`--fresh` runs every claim).';
  return ['## Cost', `Claim time summed over workers: ${durationText(total(claims.filter((c) => !c.reused)))}.`, cache, perChapter, `The ${Math.min(SLOWEST, claims.length)} slowest claims:`, slowest, adaptive, kernelTable(claims)]
    .filter((p): p is string => p !== null).join('\n\n');
}

// With --profile: kernel time summed over the run; the remainder of claim time is JavaScript
// (random draws, data generation, reading values back).
function kernelTable(claims: readonly ClaimResult[]): string | null {
  const profiled = claims.filter((c) => c.kernels);
  if (profiled.length === 0) return null;
  const sums = new Map<string, { ms: number; calls: number }>();
  for (const k of profiled.flatMap((c) => c.kernels!)) {
    const s = sums.get(k.name) ?? { ms: 0, calls: 0 };
    sums.set(k.name, { ms: s.ms + k.ms, calls: s.calls + k.calls });
  }
  const claimMs = profiled.reduce((s, c) => s + c.durationMs, 0);
  const kernelMs = [...sums.values()].reduce((s, k) => s + k.ms, 0);
  const rows = [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, SLOWEST)
    .map(([name, k]) => [codeSpan(name), String(k.calls), durationText(k.ms), `${(100 * k.ms / claimMs).toFixed(1)}%`]);
  rows.push(['everything outside kernels', '', durationText(claimMs - kernelMs), `${(100 * (claimMs - kernelMs) / claimMs).toFixed(1)}%`]);
  return `Kernels (profiled run, ${profiled.length} claims):\n\n${markdownTable(['kernel', 'calls', 'time', 'share of claim time'], rows, ['l', 'r', 'r', 'r'])}`;
}

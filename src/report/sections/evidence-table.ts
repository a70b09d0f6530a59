// The numbers a claim's check computed, as a table an author can read next to the quote.
import type { ClaimResult, ObservationRecord } from '../../results/schema.js';
import { factText } from './fact-text.js';
import { formatNumber } from '../format-number.js';
import { cell, interval, whereText } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

const sameObservation = (a: ObservationRecord, b: ObservationRecord | null): boolean => b !== null && JSON.stringify(a) === JSON.stringify(b);

// Which rows earn a place: the worst, then the latest outside ones (shrinking ends at the
// minimal counterexample), then straddles, qualifier checks, and only then the unremarkable.
function pick(observations: readonly ObservationRecord[], worst: ObservationRecord | null, cap: number): ObservationRecord[] {
  const indexed = observations.map((o, i) => ({ o, i }));
  const tier = (o: ObservationRecord): number => {
    if (sameObservation(o, worst)) return 0;
    if (o.outcome === 'outside') return o.phase === 'qualify' ? 3 : 1;
    if (o.outcome === 'straddle') return 2;
    return o.phase === 'qualify' ? 5 : 4;
  };
  const ranked = [...indexed].sort((a, b) => tier(a.o) - tier(b.o) || (tier(a.o) === 1 ? b.i - a.i : a.i - b.i));
  const chosen = ranked.slice(0, cap).sort((a, b) => a.i - b.i).map((x) => x.o);
  // The worst is stored apart from the kept list; it must show even if it was not kept.
  if (worst && !chosen.some((o) => sameObservation(o, worst))) chosen.push(worst);
  return chosen;
}

function measured(o: ObservationRecord): string {
  if (o.method === 'holds') {
    const verdict = factText(o.outcome);
    return o.values && Object.keys(o.values).length ? `${verdict} (${whereText(o.values)})` : verdict;
  }
  const how = o.method === 'mean' ? ' (mean)' : o.method === 'geometricMean' ? ' (geometric mean)' : '';
  return formatNumber(o.measured) + how;
}

function outcome(o: ObservationRecord, worst: ObservationRecord | null): string {
  const parts = [o.outcome === 'outside' ? '**outside**' : o.outcome];
  if (o.phase !== 'generate' && o.phase !== 'single') parts.push(o.phase);
  if (o.qualifier) parts.push(`under ${cell(o.qualifier)}`);
  if (sameObservation(o, worst)) parts.push('worst');
  return parts.join(' · ');
}

/** The evidence observations as a table of at most `cap` rows (plus the worst), and a note of what was left out. */
export function evidenceTable(claim: ClaimResult, cap = 15): string {
  const { observations, observationsTotal, worst } = claim.evidence;
  if (observations.length === 0 && !worst) return '';
  const rows = pick(observations, worst, cap);
  const table = markdownTable(
    ['what', 'where', 'measured', 'CI', 'n', 'asserted', 'band', 'outcome'],
    rows.map((o) => [cell(o.label), cell(whereText(o.where)), cell(measured(o)), interval(o.ci), o.n === null ? '—' : String(o.n), formatNumber(o.asserted), interval(o.band, true), outcome(o, worst)]),
    ['l', 'l', 'r', 'l', 'r', 'r', 'l', 'l'],
  );
  const omitted = observationsTotal - rows.length;
  if (omitted <= 0) return table;
  const kept = observations.length < observationsTotal ? ` (results.json keeps ${observations.length})` : '';
  return `${table}\n\n*${rows.length} of ${observationsTotal} judgements shown; ${omitted} more omitted${kept}.*`;
}

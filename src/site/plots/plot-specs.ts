// Vega-Lite specs for a claim's evidence: a curve when the measurements vary along one numeric
// case parameter, else a dot plot of the estimates; each with its confidence intervals, the
// tolerance band shaded and the asserted value marked. A yes/no judgement over computed figures
// (deep loss above shallow loss) gets a bar per figure. Pure: results in, specs out.
import type { TopLevelSpec } from 'vega-lite';
import { factText } from '../../report/sections/fact-text.js';
import type { ClaimResult, ObservationRecord } from '../../results/schema.js';
import { PLOT_COLORS, plotConfig } from './plot-style.js';

/** One figure: a spec to render and the words that go beside it. */
export interface Plot {
  kind: 'curve' | 'estimates' | 'comparison';
  /** The observation label the figure shows. */
  label: string;
  /** For a curve, the case parameter along the x axis. */
  along?: string;
  spec: TopLevelSpec;
  /** What each mark means, for the caption. */
  legend: string[];
}

const PLOTTED_KINDS = new Set<ClaimResult['kind']>(['experiment', 'statistical']);
const MAX_FIGURES = 4;
const MAX_ROWS = 30;
// Case parameters that index repetitions, not conditions: never an axis of a curve.
const REPETITION = /^(seed|run|trial|rep|repeat|sample)s?$/i;

interface Row {
  x?: number;
  row?: string;
  measured: number;
  ciLo: number | null;
  ciHi: number | null;
  bandLo: number | null;
  bandHi: number | null;
  asserted: number | null;
  outcome: ObservationRecord['outcome'];
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const same = (a: ObservationRecord, b: ObservationRecord): boolean => JSON.stringify(a) === JSON.stringify(b);
const fmt = (x: number | string | boolean): string => (typeof x === 'number' && !Number.isInteger(x) ? x.toPrecision(3) : String(x));

/** The judgements worth plotting: numeric ones, the worst included even when it was not kept. */
function numericObservations(c: ClaimResult): ObservationRecord[] {
  const all = [...c.evidence.observations];
  const worst = c.evidence.worst;
  if (worst && !all.some((o) => same(o, worst))) all.push(worst);
  return all.filter((o) => o.method !== 'holds' && finite(o.measured));
}

/** The one numeric condition the observations vary along, or null (none, or several at once). */
export function curveAxis(obs: readonly ObservationRecord[]): string | null {
  if (obs.length < 2) return null;
  const keys = [...new Set(obs.flatMap((o) => Object.keys(o.where)))].filter((k) => !REPETITION.test(k));
  const varying = keys.filter((k) => new Set(obs.map((o) => JSON.stringify(o.where[k]))).size > 1);
  if (varying.length !== 1) return null;
  const k = varying[0]!;
  return obs.every((o) => finite(o.where[k] as number)) ? k : null;
}

// Keeps at most MAX_ROWS estimates: the worst and the outside ones first, then in order.
function capRows(obs: ObservationRecord[], worst: ObservationRecord | null): ObservationRecord[] {
  if (obs.length <= MAX_ROWS) return obs;
  const rank = (o: ObservationRecord): number => (worst && same(o, worst) ? 0 : o.outcome === 'outside' ? 1 : o.outcome === 'straddle' ? 2 : 3);
  const keep = new Set(obs.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).slice(0, MAX_ROWS).map((x) => x.i));
  return obs.filter((_, i) => keep.has(i));
}

interface Scale { type: 'linear' | 'log'; domain: [number, number] }

/** A value axis that shows the measurements and as much of each band as stays near them. */
export function valueScale(obs: readonly ObservationRecord[]): Scale {
  const data = obs.flatMap((o) => [o.measured, o.ci?.[0], o.ci?.[1], o.asserted]).filter(finite);
  const ends = obs.flatMap((o) => (o.band ? [o.band[0], o.band[1]] : [])).filter(finite);
  const log = data.length > 0 && data.every((v) => v > 0) && Math.max(...data) / Math.min(...data) >= 100;
  const t = (v: number): number => (log ? Math.log10(v) : v);
  const inv = (v: number): number => (log ? 10 ** v : v);
  let lo = Math.min(...data.map(t));
  let hi = Math.max(...data.map(t));
  const span = hi - lo || Math.abs(hi) * 0.2 || 1;
  // A band end far from the data would flatten it: show at most two spans of band beyond it.
  for (const e of ends) {
    if (log && e <= 0) continue;
    const te = Math.min(Math.max(t(e), lo - 2 * span), hi + 2 * span);
    lo = Math.min(lo, te);
    hi = Math.max(hi, te);
  }
  const pad = (hi - lo || span) * 0.08;
  return { type: log ? 'log' : 'linear', domain: [inv(lo - pad), inv(hi + pad)] };
}

// Vega-Lite drops (and warns about) `zero` on a log scale.
const axisScale = (s: Scale) => (s.type === 'log' ? { type: 'log', domain: s.domain, nice: false } as const : { type: 'linear', domain: s.domain, zero: false, nice: false } as const);

function toRows(obs: readonly ObservationRecord[], scale: Scale, x: (o: ObservationRecord, i: number) => Partial<Row>): Row[] {
  const [dLo, dHi] = scale.domain;
  const clamp = (v: number | null, open: number): number => (v === null ? open : Math.min(Math.max(v, dLo), dHi));
  return obs.map((o, i) => ({
    ...x(o, i),
    measured: o.measured!,
    ciLo: o.ci ? o.ci[0] : null,
    ciHi: o.ci ? o.ci[1] : null,
    // An open end of the band reaches the edge of the plot.
    bandLo: o.band ? clamp(o.band[0], dLo) : null,
    bandHi: o.band ? clamp(o.band[1], dHi) : null,
    asserted: o.asserted,
    outcome: o.outcome,
  }));
}

const outcomeColor = {
  field: 'outcome', type: 'nominal', title: null,
  scale: { domain: ['inside', 'straddle', 'outside'], range: [PLOT_COLORS.inside, PLOT_COLORS.straddle, PLOT_COLORS.outside] },
  legend: { orient: 'bottom', direction: 'horizontal', title: null },
} as const;

function legendLines(obs: readonly ObservationRecord[], curve: boolean): string[] {
  const lines = ['Dots: the measured value (green inside the tolerance band, red outside it, grey when its interval straddles an edge).'];
  if (obs.some((o) => o.ci)) {
    const ns = [...new Set(obs.map((o) => o.n).filter((n): n is number => n !== null))];
    lines.push(`Blue ${curve ? 'ribbon' : 'bars'}: the confidence interval (multiplicity-corrected${ns.length === 1 ? `, n = ${ns[0]}` : ''}).`);
  }
  if (obs.some((o) => o.band)) lines.push('Shaded green: the tolerance band fixed before the run (an open end runs to the edge of the plot).');
  if (obs.some((o) => o.asserted !== null)) lines.push(`Orange ${curve ? 'dashed line' : 'ticks'}: the value the text asserts.`);
  return lines;
}

function curveSpec(obs: ObservationRecord[], along: string): TopLevelSpec {
  const scale = valueScale(obs);
  const rows = toRows(obs, scale, (o) => ({ x: o.where[along] as number })).sort((a, b) => a.x! - b.x!);
  const xs = rows.map((r) => r.x!);
  const unique = new Set(xs).size === xs.length;
  const xLog = xs.every((v) => v > 0) && Math.max(...xs) / Math.min(...xs) >= 30;
  const x = { field: 'x', type: 'quantitative', title: along, scale: xLog ? { type: 'log', nice: false, padding: 10 } : { type: 'linear', zero: false, nice: false, padding: 10 } } as const;
  const y = (field: string) => ({ field, type: 'quantitative', title: 'measured', scale: axisScale(scale) }) as const;
  const withBand = rows.filter((r) => r.bandLo !== null);
  const band = withBand.length ? [{ data: { values: withBand }, mark: { type: 'area', color: PLOT_COLORS.band, opacity: 0.16, clip: true }, encoding: { x, y: y('bandLo'), y2: { field: 'bandHi' } } }] : [];
  const withCi = rows.filter((r) => finite(r.ciLo) && finite(r.ciHi));
  const ci = withCi.length === 0 ? [] : unique
    ? [{ data: { values: withCi }, mark: { type: 'area', color: PLOT_COLORS.ci, opacity: 0.25, clip: true }, encoding: { x, y: y('ciLo'), y2: { field: 'ciHi' } } }]
    : [{ data: { values: withCi }, mark: { type: 'rule', color: PLOT_COLORS.ci, strokeWidth: 2, clip: true }, encoding: { x, y: y('ciLo'), y2: { field: 'ciHi' } } }];
  const withAsserted = rows.filter((r) => finite(r.asserted));
  const asserted = withAsserted.length ? [{ data: { values: withAsserted }, mark: { type: 'line', color: PLOT_COLORS.asserted, strokeDash: [6, 4], strokeWidth: 2, clip: true, point: false }, encoding: { x, y: y('asserted') } }] : [];
  const line = unique ? [{ mark: { type: 'line', color: PLOT_COLORS.line, strokeWidth: 1.5, clip: true }, encoding: { x, y: y('measured') } }] : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: plotConfig,
    width: 520,
    height: 220,
    data: { values: rows },
    layer: [...band, ...ci, ...asserted, ...line, { mark: { type: 'point', filled: true, size: 55, opacity: 1, clip: true }, encoding: { x, y: y('measured'), color: outcomeColor } }],
  } as TopLevelSpec;
}

function estimatesSpec(obs: ObservationRecord[]): TopLevelSpec {
  const scale = valueScale(obs);
  const label = (o: ObservationRecord, i: number): string => {
    // Repetition indices (seeds) tell nothing at a glance; the row number keeps rows apart.
    const where = Object.entries(o.where).filter(([k]) => !REPETITION.test(k)).map(([k, v]) => `${k}=${fmt(v)}`).join(', ') || (Object.keys(o.where).length ? 'one case' : 'single measurement');
    const phase = o.phase === 'shrink' ? ' (shrunk)' : o.phase === 'qualify' ? ` (under ${o.qualifier ?? 'a qualifier'})` : '';
    return `${i + 1}. ${where}${phase}`;
  };
  const rows = toRows(obs, scale, (o, i) => ({ row: label(o, i) }));
  const y = { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } } as const;
  const x = (field: string) => ({ field, type: 'quantitative', title: 'value', scale: axisScale(scale) }) as const;
  const withBand = rows.filter((r) => r.bandLo !== null);
  const band = withBand.length ? [{ data: { values: withBand }, mark: { type: 'bar', color: PLOT_COLORS.band, opacity: 0.16, clip: true }, encoding: { y, x: x('bandLo'), x2: { field: 'bandHi' } } }] : [];
  const withCi = rows.filter((r) => finite(r.ciLo) && finite(r.ciHi));
  const ci = withCi.length ? [{ data: { values: withCi }, mark: { type: 'rule', color: PLOT_COLORS.ci, strokeWidth: 3, clip: true }, encoding: { y, x: x('ciLo'), x2: { field: 'ciHi' } } }] : [];
  const withAsserted = rows.filter((r) => finite(r.asserted));
  const asserted = withAsserted.length ? [{ data: { values: withAsserted }, mark: { type: 'tick', color: PLOT_COLORS.asserted, thickness: 2.5, clip: true }, encoding: { y, x: x('asserted') } }] : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: plotConfig,
    width: 380,
    height: { step: 24 },
    data: { values: rows },
    layer: [...band, ...ci, ...asserted, { mark: { type: 'point', filled: true, size: 60, opacity: 1, clip: true }, encoding: { y, x: x('measured'), color: outcomeColor } }],
  } as TopLevelSpec;
}

/** The figures a yes/no judgement compared, one bar each, coloured by whether the judgement held. */
function comparisonSpec(obs: readonly ObservationRecord[]): TopLevelSpec {
  const several = obs.length > 1;
  const rows = obs.flatMap((o, i) => Object.entries(o.values ?? {}).filter(([, v]) => finite(v)).map(([key, value]) => ({
    row: several ? `${i + 1}. ${key}` : key,
    value,
    outcome: factText(o.outcome),
  }))).slice(0, MAX_ROWS);
  const values = rows.map((r) => r.value);
  const log = values.every((v) => v > 0) && Math.max(...values) / Math.min(...values) >= 100;
  const y = { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } } as const;
  const x = { field: 'value', type: 'quantitative', title: 'value', scale: log ? { type: 'log', nice: true } : { type: 'linear', zero: true, nice: true } } as const;
  const color = {
    field: 'outcome', type: 'nominal', title: null,
    scale: { domain: ['holds', 'undetermined', 'fails'], range: [PLOT_COLORS.inside, PLOT_COLORS.straddle, PLOT_COLORS.outside] },
    legend: { orient: 'bottom', direction: 'horizontal', title: null },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: plotConfig,
    width: 380,
    height: { step: 24 },
    data: { values: rows },
    layer: [
      log
        ? { mark: { type: 'point', filled: true, size: 70, opacity: 1 }, encoding: { y, x, color } }
        : { mark: { type: 'bar', opacity: 0.85, height: { band: 0.6 } }, encoding: { y, x, color } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: PLOT_COLORS.line }, encoding: { y, x, text: { field: 'value', type: 'quantitative', format: '.4~g' } } },
    ],
  } as TopLevelSpec;
}

const COMPARISON_LEGEND = ['Bars: the figures the check computed and compared; green when the stated comparison holds, red when it fails.'];

/**
 * The figures for an experiment or statistical claim: one per observation label (at most four),
 * a curve along the one varying numeric condition, else the estimates one per row; then the
 * figures its yes/no judgements compared.
 */
export function evidencePlots(c: ClaimResult): Plot[] {
  if (!PLOTTED_KINDS.has(c.kind)) return [];
  const byLabel = new Map<string, ObservationRecord[]>();
  for (const o of numericObservations(c)) byLabel.set(o.label, [...(byLabel.get(o.label) ?? []), o]);
  const measured = [...byLabel].map(([label, obs]): Plot => {
    const along = curveAxis(obs);
    if (along) return { kind: 'curve', label, along, spec: curveSpec(obs, along), legend: legendLines(obs, true) };
    const rows = capRows(obs, c.evidence.worst);
    return { kind: 'estimates', label, spec: estimatesSpec(rows), legend: legendLines(rows, false) };
  });
  const compared = new Map<string, ObservationRecord[]>();
  for (const o of c.evidence.observations) {
    if (o.method === 'holds' && Object.values(o.values ?? {}).some(finite)) compared.set(o.label, [...(compared.get(o.label) ?? []), o]);
  }
  const comparisons = [...compared].map(([label, obs]): Plot => ({ kind: 'comparison', label, spec: comparisonSpec(obs), legend: COMPARISON_LEGEND }));
  return [...measured, ...comparisons].slice(0, MAX_FIGURES);
}

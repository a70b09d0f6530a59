// A claim's verdict over the last runs, as a small strip: one dot per run, coloured by verdict.
import type { TopLevelSpec } from 'vega-lite';
import { VERDICTS } from '../../results/schema.js';
import { VERDICT_COLORS, plotConfig } from './plot-style.js';
import type { VerdictPoint } from '../stability.js';

// `2026-11-23T18:37:37.954Z` -> `11-23 18:37`: enough to tell nightly runs apart.
const when = (run: string): string => (/^\d{4}-(\d\d-\d\d)T(\d\d:\d\d)/.exec(run)?.slice(1).join(' ') ?? run);
// Axis labels are two lines, split at this character.
const BREAK = '|';

/** The verdict-history strip of one claim, oldest run first. */
export function verdictHistorySpec(points: readonly VerdictPoint[]): TopLevelSpec {
  const seen = new Set<string>();
  const values = points.map((p, i) => {
    let label = `${when(p.run)}${BREAK}seed ${p.seed}`;
    if (seen.has(label)) label += ` (#${i + 1})`;
    seen.add(label);
    return { label, verdict: p.verdict };
  });
  const present = VERDICTS.filter((v) => points.some((p) => p.verdict === v));
  const x = { field: 'label', type: 'ordinal', sort: null, title: 'run (oldest first)', axis: { labelAngle: 0, labelFontSize: 10, labelExpr: `split(datum.label, '${BREAK}')` } } as const;
  const y = { field: 'verdict', type: 'nominal', title: null, scale: { domain: present } } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: plotConfig,
    width: { step: 76 },
    height: { step: 22 },
    data: { values },
    layer: [
      { mark: { type: 'line', color: '#d1d9e0', strokeWidth: 1.5 }, encoding: { x, y } },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: { x, y, color: { field: 'verdict', type: 'nominal', scale: { domain: [...VERDICTS], range: VERDICTS.map((v) => VERDICT_COLORS[v]) }, legend: null } },
      },
    ],
  } as TopLevelSpec;
}

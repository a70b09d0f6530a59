// The plots' look, matched to the report's light palette (report-css.ts).
import type { Config } from 'vega-lite';

export const PLOT_COLORS = {
  inside: '#1a7f37',
  outside: '#cf222e',
  straddle: '#6e7781',
  band: '#2da44e',
  ci: '#0969da',
  asserted: '#bc4c00',
  line: '#59636e',
} as const;

/** Verdict colours, as the report's badges show them. */
export const VERDICT_COLORS = {
  supported: '#1a7f37',
  refuted: '#cf222e',
  qualified: '#bc4c00',
  inconclusive: '#6e7781',
  'not-checkable': '#57606a',
  error: '#8250df',
  stale: '#8250df',
} as const;

export const plotConfig: Config = {
  background: '#ffffff',
  padding: 8,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", sans-serif',
  view: { stroke: '#d1d9e0' },
  axis: { labelColor: '#59636e', titleColor: '#1f2328', gridColor: '#eaeef2', domainColor: '#8c959f', tickColor: '#8c959f', labelFontSize: 11, titleFontSize: 12, titleFontWeight: 600 },
  legend: { labelColor: '#1f2328', labelFontSize: 11 },
};

// Figures as HTML: a rendered SVG with a caption that says what every mark means.
import type { Plot } from './plot-specs.js';
import { escapeHtml } from '../site-markdown.js';
import type { Stability, VerdictPoint } from '../stability.js';

/** An evidence plot with its caption. */
export function evidenceFigure(plot: Plot, svg: string): string {
  const what = plot.kind === 'curve' ? ` — along <code>${escapeHtml(plot.along ?? '')}</code>` : '';
  const caption = `<strong>${escapeHtml(plot.label)}</strong>${what}. ${plot.legend.map(escapeHtml).join(' ')}`;
  return `<figure class="plot">${svg}<figcaption>${caption}</figcaption></figure>`;
}

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const seedList = (seeds: readonly number[]): string => `${seeds.length === 1 ? 'seed' : 'seeds'} ${seeds.join(', ')}`;

/** The stability line of a claim, with its verdict-history strip when there are runs to compare. */
export function stabilityBlock(s: Stability, verdict: string, points: readonly VerdictPoint[], svg: string | null): string {
  if (s.runs <= 1) return '<p class="stability"><strong>Stability:</strong> first run of this claim in the history; nothing to compare with yet.</p>';
  const lines = [`<strong>Stability:</strong> <code class="verdict verdict-${escapeHtml(verdict)}">${escapeHtml(verdict)}</code> in ${s.agreeing} of ${s.runs} recent runs (${pct(s.share)}).`];
  if (s.unstable) {
    const seen = s.seen.map((v) => `${escapeHtml(v.verdict)} (${seedList(v.seeds)})`).join('; ');
    lines.push(`<span class="flag-unstable">unstable</span> Its verdict differs between seeds on the same text: ${seen}. An honest sign that the measurement sits near its band, not a failure of the check.`);
  }
  const figure = svg ? `<figure class="plot">${svg}<figcaption>Verdict in each of the last ${points.length} runs, oldest first.</figcaption></figure>` : '';
  return `<div class="stability"><p>${lines.join(' ')}</p>${figure}</div>`;
}

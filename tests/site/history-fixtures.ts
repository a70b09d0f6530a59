// History lines for the site's tests: runs of a few claims with chosen verdicts and seeds.
import type { HistoryLine } from '../../src/history/history-line.js';
import type { Verdict } from '../../src/results/schema.js';

export const FILTERS = JSON.stringify({ chapter: [], claim: [], kind: [] });

/** One run's history lines: a run line and a claim line per entry of `verdicts`. */
export function runLines(run: string, seed: number, verdicts: Record<string, Verdict>, opts: { budget?: string; hash?: string } = {}): HistoryLine[] {
  return [
    { kind: 'run', run, seed, budget: opts.budget ?? 'quick', filters: FILTERS, backend: 'wasm', engine: '0.1.0', durationMs: 1000, claims: Object.keys(verdicts).length },
    ...Object.entries(verdicts).map(([id, verdict]): HistoryLine => ({
      kind: 'claim', run, id, chapter: id.split('/')[0]!, verdict, figure: null, seed: seed * 1000, backend: 'wasm', engine: '0.1.0', sourceHash: opts.hash ?? 'h1',
    })),
  ];
}

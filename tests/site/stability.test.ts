// Verdict history and stability over the last runs, and the history reader behind them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/history/history-store.js';
import { recentRuns } from '../../src/history/recent-runs.js';
import { stabilityOf, verdictHistory } from '../../src/site/stability.js';
import { FILTERS, runLines } from './history-fixtures.js';

const key = `quick ${FILTERS}`;
const lines = [
  ...runLines('2026-01-01T00:00:00.000Z', 1, { 'a/steady': 'supported', 'a/flaky': 'supported', 'a/fixed': 'refuted' }, { hash: 'old' }),
  ...runLines('2026-01-02T00:00:00.000Z', 2, { 'a/steady': 'supported', 'a/flaky': 'inconclusive', 'a/fixed': 'supported' }),
  ...runLines('2026-01-02T12:00:00.000Z', 2, { 'a/steady': 'supported' }, { budget: 'full' }),
  ...runLines('2026-01-03T00:00:00.000Z', 3, { 'a/steady': 'supported', 'a/flaky': 'supported', 'a/fixed': 'supported', 'a/new': 'error' }),
];

describe('recentRuns', () => {
  it('keeps the last k runs with the same budget and filters, oldest first', () => {
    const runs = recentRuns(lines, key, 2);
    expect(runs.map((r) => r.run.run)).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z']);
    expect(runs[1]!.claims.get('a/new')!.verdict).toBe('error');
    expect(recentRuns(lines, key, 10)).toHaveLength(3);
    expect(recentRuns(lines, `full ${FILTERS}`, 10)).toHaveLength(1);
  });

  it('reads a history file, skipping torn and foreign lines', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'claimcheck-site-')), 'history.jsonl');
    writeFileSync(path, [...lines.map((l) => JSON.stringify(l)), '{"kind":"claim","run":"x"', '{"kind":"other"}', ''].join('\n'));
    expect(readHistory(path)).toHaveLength(lines.length);
    expect(readHistory(join(tmpdir(), 'no-such-history.jsonl'))).toEqual([]);
  });
});

describe('stabilityOf', () => {
  const runs = recentRuns(lines, key, 10);
  const of = (id: string, hash = 'h1') => {
    const points = verdictHistory(runs, id);
    return stabilityOf(points, points.at(-1)!.verdict, hash);
  };

  it('is the share of runs that gave the current verdict', () => {
    expect(of('a/steady')).toMatchObject({ runs: 3, agreeing: 3, share: 1, unstable: false });
    expect(of('a/flaky')).toMatchObject({ runs: 3, agreeing: 2, unstable: true });
    expect(of('a/flaky').share).toBeCloseTo(2 / 3);
  });

  it('flags a flip between seeds on the same text, lists who gave what', () => {
    // Run 1 was on another text (hash 'old'): it counts towards the share, not towards flips.
    expect(of('a/flaky').seen).toEqual([{ verdict: 'supported', seeds: [3] }, { verdict: 'inconclusive', seeds: [2] }]);
  });

  it('does not call a change after the source text changed a flip', () => {
    const s = of('a/fixed');
    expect(s.share).toBeCloseTo(2 / 3);
    expect(s.unstable).toBe(false);
  });

  it('does not count faults of the suite as flips', () => {
    const points = [...verdictHistory(runs, 'a/steady'), { run: 'z', seed: 9, verdict: 'error' as const, sourceHash: 'h1' }];
    expect(stabilityOf(points, 'supported', 'h1').unstable).toBe(false);
  });

  it('does not call different verdicts under one seed unstable', () => {
    const points = [{ run: 'a', seed: 1, verdict: 'supported' as const, sourceHash: 'h' }, { run: 'b', seed: 1, verdict: 'refuted' as const, sourceHash: 'h' }];
    expect(stabilityOf(points, 'refuted', 'h')).toMatchObject({ unstable: false, share: 0.5 });
  });
});

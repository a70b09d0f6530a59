// The engine on fixture claims whose truth is known.
import { beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import type { Results } from '../../src/results/schema.js';
import { replayCommand } from '../../src/cli/commands/replay.js';
import { comparable, FIXTURE_REGISTRY, FIXTURE_SOURCES, runFixtures } from './fixture-run.js';

let results: Results;
const byId = (id: string) => results.claims.find((c) => c.id === `fixture/${id}`)!;

beforeAll(async () => { results = await runFixtures(7); });

describe('the suite on fixture claims', () => {
  it('supports a true property and a true statistical statement', () => {
    expect(byId('true-property').verdict).toBe('supported');
    expect(byId('true-property').evidence.property?.numRuns).toBe(10);
    const mean = byId('normal-mean');
    expect(mean.verdict).toBe('supported');
    expect(mean.evidence.observations[0]!.n).toBe(400);
    expect(mean.evidence.observations[0]!.ci).toHaveLength(2);
  });

  it('refutes a planted false property, shrunk to its minimal case, with the worst deviation kept', () => {
    const r = byId('planted-false');
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample).toEqual({ n: 100 });
    expect(r.correction).toEqual({ observed: 'every integer below 100' });
    expect(r.evidence.worst!.measured).toBeGreaterThan(100);
    expect(r.replay).toMatch(/^npx claimcheck replay fixture\/planted-false --seed \d+ --path [\d:]+ --budget quick$/);
  });

  it('replays the counterexample from the printed seed and path', async () => {
    const [, seed, path] = byId('planted-false').replay!.match(/--seed (\d+) --path ([\d:]+)/)!;
    let out = '';
    const sink = new Writable({ write(chunk, _e, cb) { out += String(chunk); cb(); } });
    const code = await replayCommand('fixture/planted-false', { seed: Number(seed), path: path!, budget: 'quick', registry: FIXTURE_REGISTRY, sources: FIXTURE_SOURCES }, { out: sink, err: sink });
    expect(code).toBe(0);
    expect(out).toContain('refuted');
    expect(out).toContain('counterexample: {"n":100}');
    // Just that case, straight from the path: no new search, no new shrinking.
    expect(out).toContain('counterexample after 1 case(s), shrunk 0 time(s)');
  });

  it('qualifies a statement that holds only under a declared narrower condition', () => {
    const r = byId('qualified');
    expect(r.verdict).toBe('qualified');
    expect(r.qualifiedBy).toBe('n >= 5');
    expect(r.evidence.qualifiers[0]).toMatchObject({ condition: 'n >= 5', failed: false });
  });

  it('turns a throw, a hang and a tensor leak into error without stopping the run', () => {
    expect(byId('throws')).toMatchObject({ verdict: 'error', summary: expect.stringContaining('planted failure') });
    expect(byId('hangs')).toMatchObject({ verdict: 'error', summary: expect.stringContaining('timeout') });
    expect(byId('leaks')).toMatchObject({ verdict: 'error', summary: expect.stringContaining('leak') });
    // The claims after the hang still ran, on a fresh worker.
    expect(byId('leaks').backend).toBe(results.run.backend);
  });

  it('turns a property that rejects every case into error (a health check), never a finding', () => {
    expect(byId('rejects-everything')).toMatchObject({ verdict: 'error', summary: expect.stringContaining('health') });
  });

  it('marks a quote absent from its source stale and an opinion not-checkable', () => {
    expect(byId('stale').verdict).toBe('stale');
    expect(byId('opinion').verdict).toBe('not-checkable');
    expect(byId('opinion').summary).toContain('opinion');
  });

  it('records the backend and the source line of every claim', () => {
    expect(['wasm', 'tensorflow', 'cpu']).toContain(results.run.backend);
    expect(byId('true-property').source.line).toBe(3);
  });

  it('reproduces the same results from the same seed', async () => {
    const ids = ['fixture/true-property', 'fixture/planted-false', 'fixture/qualified', 'fixture/normal-mean'];
    const again = await runFixtures(7, ids);
    const first = { ...results, claims: results.claims.filter((c) => ids.includes(c.id)) };
    expect(comparable(again)).toEqual(comparable(first));
  });
});

describe('workers', () => {
  it('give the same results with 1 and 2 workers: seeds come from the claim id, never from scheduling', async () => {
    const ids = ['fixture/true-property', 'fixture/planted-false', 'fixture/qualified', 'fixture/normal-mean', 'fixture/throws', 'fixture/opinion'];
    const one = await runFixtures(3, ids, 1);
    const two = await runFixtures(3, ids, 2);
    expect(comparable(two)).toEqual(comparable(one));
  });
});

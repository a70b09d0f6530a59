// Two runs with a claim changed in between: the second report says what changed.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { FIXTURE_REGISTRY, FIXTURE_SOURCES } from '../runner/fixture-run.js';

const CHANGED = fileURLToPath(new URL('../fixtures/claims-changed.ts', import.meta.url));
const sink = () => new Writable({ write(_c, _e, cb) { cb(); } });

describe('what changed since the last run', () => {
  it('names changed verdicts, added and removed claims', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimcheck-history-')), 'latest');
    const run = (registry: string, claims: string[]) => main(['node', 'claimcheck', 'run', '--budget', 'quick', '--out', out, '--registry', registry, '--sources', FIXTURE_SOURCES, ...claims], { out: sink(), err: sink() });
    // Same filters both times, so the runs are comparable; ids absent from a registry simply match nothing.
    const filters = ['--claim', 'fixture/*'];
    expect(await run(FIXTURE_REGISTRY, filters)).toBe(1);
    const first = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(first.changes.since).toBeNull();
    await run(CHANGED, filters);
    const second = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(second.changes.since).toBe(first.run.startedAt);
    expect(second.changes.verdicts).toEqual([{ id: 'fixture/planted-false', from: 'refuted', to: 'supported' }]);
    expect(second.changes.added).toEqual(['fixture/added']);
    expect(second.changes.removed).toEqual(['fixture/opinion']);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report.indexOf('## What changed since the last run')).toBeLessThan(report.indexOf('## Summary'));
    expect(report).toContain('fixture/planted-false | `refuted` | `supported`');
  });
});

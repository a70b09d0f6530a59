// `claimcheck run` reuses the results whose keys are unchanged, re-runs the rest, and survives a
// corrupt cache entry; on the cache fixture project (a temporary copy the test edits).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { cacheDirFor } from '../../src/cache/open-cache.js';
import type { ClaimResult } from '../../src/results/schema.js';
import { copyCacheProject, type CacheProject } from './cache-project.js';

let project: CacheProject;
let out: string;

async function run(extra: { fresh?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string; claims: Map<string, ClaimResult> }> {
  const capture = () => {
    const s = new PassThrough();
    let text = '';
    s.on('data', (d: Buffer) => { text += d.toString(); });
    return { s, text: () => text };
  };
  const o = capture();
  const e = capture();
  const code = await runCommand({ seed: 1, budget: 'quick', workers: 1, out, registry: project.registry, sources: project.sources, ...extra }, { out: o.s, err: e.s });
  const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { claims: ClaimResult[] };
  return { code, stdout: o.text(), stderr: e.text(), claims: new Map(json.claims.map((c) => [c.id, c])) };
}
const reusedIds = (claims: Map<string, ClaimResult>) => [...claims.values()].filter((c) => c.reused).map((c) => c.id).sort();

beforeAll(() => {
  project = copyCacheProject();
  out = join(project.dir, 'reports/latest');
});
afterAll(() => project.remove());

describe('incremental runs', () => {
  it('reuse every unchanged result, and re-run only the claim whose sentence changed', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(reusedIds(first.claims)).toEqual([]);
    const second = await run();
    expect(reusedIds(second.claims)).toEqual(['cachefix/outline', 'cachefix/product', 'cachefix/sum', 'cachefix/title']);
    expect(second.stdout).toContain('reused 4 of 4 result(s) from the cache');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('Reused from the cache: 4 of 4 results');
    // The log holds reused results too, so a crash after them loses nothing.
    expect(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);

    project.edit('sources/cachefix.md', '三加四等于 7', '三加四等于 8');
    const third = await run();
    // Editing one number re-runs exactly that sentence's claim, and the outline claim that reads the
    // whole chapter; the claim that reads only the headings is reused.
    expect(reusedIds(third.claims)).toEqual(['cachefix/product', 'cachefix/title']);
    // The re-run claim read the new number: its measurement is now judged against 8.
    expect(third.claims.get('cachefix/sum')!.evidence.observations[0]!.asserted).toBe(8);
    expect(third.claims.get('cachefix/sum')!.verdict).not.toBe(first.claims.get('cachefix/sum')!.verdict);
  });

  it('runs everything with --fresh, and stores what it ran', async () => {
    const fresh = await run({ fresh: true });
    expect(reusedIds(fresh.claims)).toEqual([]);
    expect(fresh.stdout).toContain('reused 0 of 4');
    expect(reusedIds((await run()).claims)).toEqual(['cachefix/outline', 'cachefix/product', 'cachefix/sum', 'cachefix/title']);
  });

  it('ignores a corrupt entry with a warning and runs that claim again', async () => {
    const dir = cacheDirFor(out);
    const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    for (const f of entries) writeFileSync(join(dir, f), '{"key": "torn');
    const r = await run();
    expect(r.code).toBe(0);
    expect(reusedIds(r.claims)).toEqual([]);
    expect(r.stderr).toMatch(/warning: ignoring cache entry .*\.json/);
  });
});

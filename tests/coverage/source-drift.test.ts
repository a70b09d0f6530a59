// An author edits a chapter: a quoted span changes and a sentence is added.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry } from '../../src/runner/registry.js';
import { runSuite } from '../../src/runner/run-suite.js';
import { coverageOfSources } from '../../src/coverage/index.js';
import { FIXTURE_REGISTRY, FIXTURE_SOURCES } from '../runner/fixture-run.js';

describe('source drift', () => {
  it('makes the affected claim stale with the nearest text, and the new sentence uncovered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-drift-'));
    copyFileSync(join(FIXTURE_SOURCES, 'fixture.md'), join(dir, 'fixture.md'));
    const claims = (await loadRegistry(FIXTURE_REGISTRY)).filter((c) => c.id !== 'fixture/stale' && c.kind !== 'not-checkable');
    const before = coverageOfSources(dir, claims, [])[0]!;
    const text = readFileSync(join(dir, 'fixture.md'), 'utf8');
    writeFileSync(join(dir, 'fixture.md'), text.replace('每个整数都小于一百。', '每个整数都小于一千。').replace('这句话无法计算。', '这句话无法计算。新加的一句话断言了某件事。'));

    const results = await runSuite({
      registry: FIXTURE_REGISTRY, claims: claims.filter((c) => c.id === 'fixture/planted-false'), sourcesDir: dir, seed: 1, budget: 'quick',
      logPath: join(dir, 'out', 'results.jsonl'), filters: { chapter: [], claim: [], kind: [] },
    });
    const r = results.claims[0]!;
    expect(r.verdict).toBe('stale');
    expect(r.summary).toContain('每个整数都小于一千');

    const after = coverageOfSources(dir, claims, [])[0]!;
    expect(after.sentences).toBe(before.sentences + 1);
    const uncovered = after.items.filter((i) => i.status === 'uncovered').map((i) => i.sentence.text);
    expect(uncovered).toContain('新加的一句话断言了某件事。');
    expect(uncovered).toContain('每个整数都小于一千。');
  });
});

// Regenerates tests/report/fixtures/sample-results.json from the fixture claims (run by hand, ~7 s).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/runner/registry.js';
import { runSuite } from '../../src/runner/run-suite.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const registry = join(here, '../fixtures/claims.ts');
const claims = await loadRegistry(registry);
const results = await runSuite({
  registry, claims, sourcesDir: join(here, '../fixtures/sources'), seed: 42, budget: 'quick',
  // The log is a by-product here; keep it out of the repository.
  logPath: join(mkdtempSync(join(tmpdir(), 'claimcheck-sample-')), 'results.jsonl'),
  filters: { chapter: [], claim: [], kind: [] },
});
writeFileSync(join(here, 'fixtures/sample-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(results.claims.map((c) => `${c.id} ${c.verdict}`).join('\n'));

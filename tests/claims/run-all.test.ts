// Every real claim runs at the quick budget without a fault, through the CLI's own path (2 workers,
// per-claim time limits, the three reports written), so CI needs no second run of the suite.
// Verdicts are findings: no test names one. The same run is held to the golden snapshot
// (tests/claims/golden.ts): a commit that moves a verdict or a number says so by rewriting it with
// `npm run golden:update` (vitest -u on this file).
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { runCommand } from '../../src/cli/commands/run.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ClaimResult } from '../../src/results/schema.js';
import { changedClaims, goldenText } from './golden.js';

const out = mkdtempSync(join(tmpdir(), 'claimcheck-run-all-'));
let exitCode = -1;
let results = new Map<string, ClaimResult>();
let backend = '';

beforeAll(async () => {
  const sink = new PassThrough();
  sink.resume();
  exitCode = await runCommand({ seed: 1, budget: 'quick', workers: 2, out, fresh: true }, { out: sink, err: sink });
  const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { run: { backend: string }; claims: ClaimResult[] };
  backend = json.run.backend;
  results = new Map(json.claims.map((c) => [c.id, c]));
}, 40 * 60_000);

describe('claims at the quick budget', () => {
  const checked = claims.filter((c) => c.kind !== 'not-checkable');
  it.each(checked.map((c) => [c.id] as const))('%s runs without error', (id) => {
    const r = results.get(id);
    expect(r, 'no result').toBeDefined();
    expect(r!.verdict, `${r!.verdict}: ${r!.summary}`).not.toBe('error');
    expect(r!.verdict, r!.summary).not.toBe('stale');
  });

  it('exits without a fault, writes the three reports, and results.json matches the published schema', () => {
    expect(exitCode).toBe(EXIT.ok);
    for (const f of ['report.md', 'report.html', 'results.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const schema = JSON.parse(readFileSync(new URL('../../reports/results.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const data = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(results.size).toBe(claims.length);
  });

  // The golden file was written on the wasm backend (the default here); tfjs-node computes in
  // another order, so its numbers are not expected to match to the stated digits.
  it('matches the golden snapshot (seed 1, quick, wasm)', async (ctx) => {
    if (backend !== 'wasm') ctx.skip();
    const text = goldenText([...results.values()]);
    const file = new URL('./golden/quick-seed1.json', import.meta.url);
    const changed = existsSync(file) ? changedClaims(readFileSync(file, 'utf8'), text) : [];
    await expect(text, `claims whose result moved (${changed.length}): ${changed.join(', ')}`).toMatchFileSnapshot('./golden/quick-seed1.json');
  });
});

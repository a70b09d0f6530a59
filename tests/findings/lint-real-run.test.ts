// Lints the `replace` corrections of a real run of the suite: the newest results.json in
// reports/latest/ (or the one CLAIMCHECK_RESULTS names). Without a run on disk there is nothing to lint.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionProblems } from '../../src/findings/lint-corrections.js';
import { resultsSchema } from '../../src/results/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const path = process.env.CLAIMCHECK_RESULTS ?? join(ROOT, 'reports/latest/results.json');

describe.skipIf(!existsSync(path))(`corrections of the run in ${path}`, () => {
  it('are pasteable: in the source, Chinese, the source\'s notation, no lab notes, no conflicting edits', () => {
    const results = resultsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const files = [...new Set(results.claims.map((c) => c.source.file))];
    const sources = new Map(files.map((f) => [f, readFileSync(join(ROOT, 'sources', f), 'utf8')]));
    expect(correctionProblems([...results.findings, ...results.notes], sources)).toEqual([]);
  });
});

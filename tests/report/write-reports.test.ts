import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports, InvalidResultsError } from '../../src/report/write-reports.js';
import type { Results } from '../../src/results/schema.js';
import { sampleResults } from './fixtures/build.js';

describe('writeReports', () => {
  it('writes results.json, report.md and report.html into a new folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimcheck-report-')), 'nested', 'out');
    const sample = sampleResults();
    const paths = writeReports(sample, dir);
    expect(paths).toEqual({ json: join(dir, 'results.json'), markdown: join(dir, 'report.md'), html: join(dir, 'report.html') });
    expect(readFileSync(paths.json, 'utf8')).toBe(JSON.stringify(sample, null, 2) + '\n');
    expect(readFileSync(paths.markdown, 'utf8')).toMatch(/^# claimcheck report\n/);
    expect(readFileSync(paths.html, 'utf8')).toContain('<h1>claimcheck report</h1>');
  });

  it('refuses invalid results, naming the first bad path, and writes nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimcheck-report-')), 'out');
    const bad = sampleResults();
    (bad.claims[3] as { verdict: string }).verdict = 'true-ish';
    expect(() => writeReports(bad as Results, dir)).toThrow(InvalidResultsError);
    expect(() => writeReports(bad as Results, dir)).toThrow(/claims\[3\]\.verdict/);
    expect(existsSync(dir)).toBe(false);
  });
});

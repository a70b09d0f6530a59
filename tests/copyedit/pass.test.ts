// The pass end to end: on the real chapters (alone, as `claimcheck copyedit`), and inside a run's
// results, report and site.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCopyedit, copyeditBook, readBook } from '../../src/copyedit/index.js';
import { markupDebris } from '../../src/copyedit/rules/markup-debris.js';
import { writeReports } from '../../src/report/write-reports.js';
import { resultsSchema, type Finding } from '../../src/results/schema.js';
import { buildSite } from '../../src/site/build-site.js';
import { sampleResults } from '../report/fixtures/build.js';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
const SOURCES = fileURLToPath(new URL('../../sources/', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'claimcheck-copyedit-'));

describe('the copy-edit pass on the book', () => {
  const book = readBook(SOURCES);

  it('never flags a link or citation marker of the forms the chapters use', () => {
    const wellFormed = /^(?:\]\(@(?:entry|article)_id:\d+\)|\[@problem_id:\d+\])$/;
    const markers = book.flatMap((ch) => markupDebris.check(ch, book).map((h) => ch.text.slice(h.start, h.end)));
    expect(markers.filter((m) => wellFormed.test(m))).toEqual([]);
    expect(book.reduce((n, ch) => n + (ch.text.match(/\]\(@(?:entry|article)_id:\d+\)|\[@problem_id:\d+\]/g) ?? []).length, 0)).toBeGreaterThan(200);
  });

  it('runs every rule without a fault, hits in source order within each file', () => {
    const { hits, faults } = copyeditBook(book);
    expect(faults).toEqual([]);
    for (let i = 1; i < hits.length; i++) if (hits[i]!.file === hits[i - 1]!.file) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.start);
  });
});

describe('claimcheck copyedit', () => {
  it('runs alone on a sources folder, prints each hit with its id and edit, and --json parses', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'alpha.md'), '## 一\n\n如果 $a  1$，收敛。如果 $a > 1$，发散。\n');
    writeFileSync(join(dir, 'beta.md'), '## 二\n\n这个结果來自实验。\n');
    const r = cli(['copyedit', '--sources', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('copyedit/missing-relation/alpha.md:3:4');
    expect(r.stdout).toContain('$a  1$ → $a < 1$');
    expect(r.stdout).toContain('copyedit/traditional-chars/beta.md:3:5');
    const only = JSON.parse(cli(['copyedit', '--sources', dir, '--chapter', 'beta', '--json']).stdout) as Array<{ id: string }>;
    expect(only.map((h) => h.id)).toEqual(['copyedit/traditional-chars/beta.md:3:5']);
  });

  it('rejects an unknown chapter with a message, exit 2', () => {
    const r = cli(['copyedit', '--chapter', 'no-such-chapter']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no chapter named no-such-chapter');
  });
});

describe('copy-edit hits in a run', () => {
  it('become findings and notes of results.json, valid against the schema, beside the other findings', () => {
    const results = sampleResults();
    const other: Finding = { id: 'fixture/x', category: 'error', source: { file: 'fixture.md', quote: 'q', line: 1 }, claims: ['fixture/x'], summary: 's', correction: null, confidence: 'medium' };
    results.findings = [other];
    expect(addCopyedit(results, SOURCES, ['infinite-width-ntk'])).toEqual([]);
    // High confidence first, then source order; the claims' own finding is kept.
    expect(results.findings.map((f) => f.id)).toEqual([
      'copyedit/missing-relation/infinite-width-ntk.md:16:169',
      'copyedit/markup-debris/infinite-width-ntk.md:54:73',
      'fixture/x',
    ]);
    expect(results.findings[0]).toMatchObject({ category: 'copyedit', claims: [], confidence: 'high', source: { quote: '$\\chi  1$', line: 16 }, correction: { replace: { span: '$\\chi  1$', text: '$\\chi < 1$' } } });
    // Running again replaces the copy-edit entries rather than adding to them.
    addCopyedit(results, SOURCES, ['infinite-width-ntk']);
    expect(results.findings).toHaveLength(3);

    const out = tmp();
    const paths = writeReports(results, out);
    expect(resultsSchema.safeParse(JSON.parse(readFileSync(paths.json, 'utf8'))).success).toBe(true);
    const md = readFileSync(paths.markdown, 'utf8');
    expect(md).toContain('## Copy-edit');
    expect(md).toContain('before `$\\chi  1$` → after `$\\chi < 1$`');
    expect(readFileSync(paths.html, 'utf8')).toContain('copyedit/markup-debris/infinite-width-ntk.md:54:73');
  });

  it('appear on the chapter page of the site', async () => {
    const results = sampleResults();
    results.findings = [{ id: 'copyedit/missing-relation/fixture.md:3:4', category: 'copyedit', source: { file: 'fixture.md', quote: '$a  1$', line: 3 }, claims: [], summary: 'no relation between a and 1', correction: { replace: { span: '$a  1$', text: '$a < 1$' } }, confidence: 'high' }];
    const fixture = readFileSync(new URL('../fixtures/sources/fixture.md', import.meta.url), 'utf8');
    const files = await buildSite({ results, runs: [], sources: new Map([['fixture.md', fixture]]), sourceHashes: {} });
    const page = [...files].find(([name]) => name === 'fixture.html')?.[1] ?? '';
    expect(page).toContain('Copy-edit');
    expect(page).toContain('copyedit/missing-relation/fixture.md:3:4');
  });
});

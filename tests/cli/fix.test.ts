// `claimcheck fix` as a real process on a temporary copy of the fix fixture's chapter: the findings
// listed, the edits as a diff that patches the chapter, --write applying them and re-checking, and
// a later run in which the corrected findings are gone and no claim is stale.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatch } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/schema.js';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
const REGISTRY = fileURLToPath(new URL('../fixtures/fix-claims.ts', import.meta.url));
const SOURCES = fileURLToPath(new URL('../fixtures/fix-sources', import.meta.url));

let dir: string;
let sources: string;
let chapter: string;
/** The chapter as the printed diff patches it. */
let patched: string | false;
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const fixture = () => ['--registry', REGISTRY, '--sources', sources];
const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
const findingIds = (r: Results) => r.findings.map((f) => f.id).sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-fix-'));
  sources = join(dir, 'sources');
  cpSync(SOURCES, sources, { recursive: true });
  chapter = join(sources, 'fixfix.md');
  expect(cli(['run', '--budget', 'quick', '--workers', '1', '--out', join(dir, 'reports/latest'), ...fixture()]).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimcheck fix', () => {
  const latest = () => join(dir, 'reports/latest/results.json');

  it('says which command to run when there are no results, and names close ids for an unknown finding', () => {
    const none = cli(['fix', '--results', join(dir, 'nowhere/results.json'), ...fixture()]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/does not exist; run `claimcheck run` first/);
    const typo = cli(['fix', '--results', latest(), '--finding', 'fixfix/sun', ...fixture()]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/no finding 'fixfix\/sun'.*the closest: fixfix\/sum/);
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    expect(cli(['fix', '--results', latest(), '--all', '--finding', 'fixfix/sum', ...fixture()]).status).toBe(2);
  });

  it('lists the findings and which are edits; the diff patches the chapter and leaves it untouched', () => {
    const before = readFileSync(chapter, 'utf8');
    const list = cli(['fix', '--results', latest(), ...fixture()]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^fixfix\/headings .*needs the author's hand: no edit can be computed; observed: /m);
    const found = findingIds(results(join(dir, 'reports/latest')));
    expect(list.stdout.trim().split('\n')).toHaveLength(found.length);

    const diff = cli(['fix', '--results', latest(), '--all', ...fixture()]);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^--- a\/.*fixfix\.md\n\+\+\+ b\/.*fixfix\.md\n@@ /);
    expect(diff.stderr).toMatch(/needs the author's hand:\n {2}fixfix\/headings/);
    expect(readFileSync(chapter, 'utf8')).toBe(before);
    patched = applyPatch(before, diff.stdout);
    expect(patched).not.toBe(false);
    // Two findings on one sentence, and the copy-edit finding on the next paragraph, in one patch.
    expect(diff.stdout.split('\n').filter((l) => /^-[^-]/.test(l))).toHaveLength(2);
  });

  it('--write applies the edits, re-checks the edited sentences and prints what now holds; a later run finds none of them', () => {
    const r = cli(['fix', '--results', latest(), '--all', '--write', '--workers', '1', ...fixture()]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(chapter, 'utf8')).toBe(patched);
    expect(r.stdout).toMatch(/fixfix\.md:3, fixing .*\n {2}before {2}三加四等于 8，三乘四等于 13。\n {2}after {3}三加四等于 \d+，三乘四等于 \d+。/);
    const applied = [...r.stdout.matchAll(/^fixfix\.md:\d+, fixing (.*)$/gm)].flatMap((m) => m[1]!.split(', '));
    expect(r.stdout).toMatch(new RegExp(`now holding: \\d+ of ${new Set(applied).size} applied finding\\(s\\)`));

    const again = join(dir, 'reports/again');
    const run = cli(['run', '--budget', 'quick', '--workers', '1', '--out', again, ...fixture()]);
    expect(run.status, run.stderr).toBe(0);
    const after = results(again);
    expect(after.claims.filter((c) => c.verdict === 'stale' || c.verdict === 'error')).toEqual([]);
    for (const id of applied) expect(findingIds(after)).not.toContain(id);
    expect(findingIds(after)).toContain('fixfix/headings');
    // The re-check's results came from the cache: the rerun ran nothing new.
    expect(run.stdout).toMatch(/reused 4 of 4 result/);
  });
});

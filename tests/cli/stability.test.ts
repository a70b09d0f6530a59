// `claimcheck stability` and the JUnit file, as a real process on the sentence fixture claims.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
const REGISTRY = fileURLToPath(new URL('../fixtures/sentence-claims.ts', import.meta.url));
const SOURCES = fileURLToPath(new URL('../fixtures/sentence-sources', import.meta.url));
const fixtures = ['--registry', REGISTRY, '--sources', SOURCES];
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'claimcheck-stability-'));

describe('claimcheck stability', () => {
  it('lists each sentence\'s verdicts with the seeds that gave them, and flags a flip', () => {
    const out = tmp();
    const r = cli(['stability', '--seeds', '2', '--budget', 'quick', '--workers', '1', '--out', out, ...fixtures]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/8 sentence\(s\) over seeds 1-2: 1 changed verdict, 1 flipped between supported and a finding/);
    const report = JSON.parse(readFileSync(join(out, 'stability.json'), 'utf8'));
    const coin = report.sentences.find((s: { text: string }) => s.text.includes('硬币'));
    expect(coin.flips).toBe(true);
    expect(coin.seen).toEqual([{ verdict: 'supported', seeds: [1] }, { verdict: 'refuted', seeds: [2] }]);
    const steady = report.sentences.find((s: { text: string }) => s.text.includes('平方根'));
    expect(steady).toMatchObject({ flips: false, seen: [{ verdict: 'refuted', seeds: [1, 2] }] });
    expect(readFileSync(join(out, 'stability.md'), 'utf8')).toContain('| **flip** | sentences.md:3 | 抛一枚硬币，正面朝上。 | `supported` (1); `refuted` (2) |');
    for (const seed of [1, 2]) expect(existsSync(join(out, `seed-${seed}`, 'results.json'))).toBe(true);
  }, 120_000);

  it('refuses a single seed with a message', () => {
    const r = cli(['stability', '--seeds', '1', ...fixtures]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--seeds must be at least 2');
  });
});

describe('junit.xml', () => {
  it('is written by every run: a case per sentence, a finding fails, not-checkable is skipped', () => {
    const out = tmp();
    const r = cli(['run', '--budget', 'quick', '--workers', '1', '--seed', '2', '--out', out, ...fixtures]);
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="claimcheck" tests="8" failures="3" /);
    expect(xml).toContain('<testsuite name="sentences.md" tests="8" failures="3" errors="0" skipped="1">');
    expect(xml).toMatch(/<testcase classname="sentences" name="sentences.md:3 抛一枚硬币，正面朝上。">\n\s+<failure type="refuted"/);
  }, 120_000);
});

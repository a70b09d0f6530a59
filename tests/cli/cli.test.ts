// The CLI end to end, as a real process on the fixture claims.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_REGISTRY, FIXTURE_SOURCES } from '../runner/fixture-run.js';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
const fixtures = ['--registry', FIXTURE_REGISTRY, '--sources', FIXTURE_SOURCES];
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));

describe('claimcheck CLI', () => {
  it('explains itself with --help', () => {
    const r = cli(['run', '--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--chapter', '--claim', '--kind', '--seed', '--budget', '--backend', '--out', '--resume', '--fail-on']) expect(r.stdout).toContain(flag);
    expect(cli(['--help']).stdout).toMatch(/run .*\n.*list.*\n.*replay.*\n.*report/s);
  });

  it('rejects bad arguments with a message, not a stack trace', () => {
    for (const args of [['run', '--budget', 'huge'], ['run', '--seed', 'abc'], ['run', '--claim', 'nope/none', ...fixtures], ['replay', 'fixture/planted-false', '--seed', '1', '--path', 'x', ...fixtures]]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('writes the three reports and exits 1 when a claim errors or goes stale', () => {
    const out = tmp();
    const r = cli(['run', '--budget', 'quick', '--out', out, ...fixtures]);
    expect(r.status).toBe(1);
    for (const f of ['results.json', 'report.md', 'report.html', 'results.jsonl']) expect(existsSync(join(out, f))).toBe(true);
    expect(r.stderr).toMatch(/\[\d+\/10\] \S+\s+fixture\//);
    expect(r.stdout).toMatch(/1 refuted/);
  });

  it('exits 3 with --fail-on refuted when only findings occur, 0 without it', () => {
    const only = ['--claim', 'fixture/planted-false', 'fixture/true-property'];
    expect(cli(['run', '--budget', 'quick', '--out', tmp(), ...only, ...fixtures]).status).toBe(0);
    expect(cli(['run', '--budget', 'quick', '--out', tmp(), '--fail-on', 'refuted', ...only, ...fixtures]).status).toBe(3);
  });

  it('resumes a run killed midway with nothing lost', async () => {
    const out = tmp();
    const log = join(out, 'results.jsonl');
    const args = ['run', '--budget', 'quick', '--workers', '1', '--out', out, '--claim', 'fixture/true-property', 'fixture/planted-false', 'fixture/hangs', 'fixture/normal-mean', ...fixtures];
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const lines = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
    // Claims run in registry order; kill it while the hanging claim (last) runs: header and three results logged.
    await new Promise<void>((resolve, reject) => {
      const t = setInterval(() => { if (lines().length >= 4) { clearInterval(t); child.kill('SIGKILL'); resolve(); } }, 50);
      child.on('exit', () => { clearInterval(t); reject(new Error('the run finished before it could be killed')); });
    });
    const before = lines();
    expect(before).toHaveLength(4);
    const r = cli([...args, '--resume']);
    expect(r.status).toBe(1);
    const after = lines();
    expect(after.slice(0, 4)).toEqual(before);
    expect(after).toHaveLength(5);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.claims.map((c: { id: string }) => c.id)).toEqual(['fixture/true-property', 'fixture/planted-false', 'fixture/normal-mean', 'fixture/hangs']);
  });

  it('refuses to resume a log from a different seed', () => {
    const out = tmp();
    const only = ['--claim', 'fixture/true-property', ...fixtures];
    cli(['run', '--budget', 'quick', '--seed', '1', '--out', out, ...only]);
    const r = cli(['run', '--budget', 'quick', '--seed', '2', '--resume', '--out', out, ...only]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot resume/);
  });
});

describe('claimcheck show', () => {
  it('prints the quote in its context, the statement and the last verdict', () => {
    const out = tmp();
    cli(['run', '--budget', 'quick', '--out', out, '--claim', 'fixture/planted-false', ...fixtures]);
    const r = cli(['show', 'fixture/planted-false', '--from', join(out, 'results.json'), ...fixtures]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('»每个整数都小于一百«');
    expect(r.stdout).toMatch(/verdict\s+refuted/);
    expect(r.stdout).toContain('replay');
  });
});

describe('claimcheck coverage', () => {
  it('lists every sentence with its status, with the numbers results.json publishes', () => {
    const out = tmp();
    cli(['run', '--budget', 'quick', '--out', out, '--claim', 'fixture/true-property', ...fixtures]);
    const [published] = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).coverage;
    const r = cli(['coverage', '--all', ...fixtures]);
    expect(r.status).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.startsWith('fixture '))!.trim().split(/\s+/).slice(1).map(Number);
    expect(row).toEqual([published.sentences, published.claimed, published.narrative, published.uncovered]);
    expect(r.stdout).toMatch(/fixture\.md:3 § 固定样例 \(#2\)\s+claimed by fixture\/true-property/);
    expect(r.stdout.match(/fixture\.md:\d+/g)!.length).toBe(published.sentences);
  });
});

describe('claimcheck new', () => {
  it('writes a placeholder claim quoting the sentence into its section file', () => {
    const dir = tmp();
    const r = cli(['new', 'fixture', '--quote', '二倍不超过', '--claims-dir', dir, '--sources', FIXTURE_SOURCES]);
    expect(r.status).toBe(0);
    const written = readFileSync(join(dir, 'fixture', '01-section.ts'), 'utf8');
    expect(written).toContain('// § 固定样例');
    expect(written).toContain("quote: \"对每个整数，二倍不超过其平方。\"");
    expect(written).toContain('TODO(claimcheck new)');
    expect(cli(['new', 'fixture', '--sentence', '1', '--claims-dir', dir, '--sources', FIXTURE_SOURCES]).stderr).toMatch(/heading/);
  });
});

describe('claimcheck run --shard and merge', () => {
  it('merges two shards into results identical in content to an unsharded run', () => {
    const root = tmp();
    const only = ['--claim', 'fixture/true-property', 'fixture/planted-false', 'fixture/qualified', 'fixture/normal-mean', 'fixture/stale', 'fixture/opinion'];
    // --fresh: each slice computes its claims, rather than reusing the unsharded run's results.
    const common = ['run', '--fresh', '--budget', 'quick', '--seed', '5', '--workers', '1', ...only, ...fixtures];
    cli([...common, '--out', join(root, 'whole')]);
    cli([...common, '--shard', '1/2', '--out', join(root, 's1')]);
    cli([...common, '--shard', '2/2', '--out', join(root, 's2')]);
    expect(cli(['merge', join(root, 's2'), join(root, 's1', 'results.json'), '--out', join(root, 'merged'), ...fixtures]).status).toBe(1);
    const read = (d: string) => JSON.parse(readFileSync(join(root, d, 'results.json'), 'utf8'));
    const strip = (r: { claims: { durationMs: number }[] }) => r.claims.map(({ durationMs: _d, ...c }) => c);
    expect(read('s1').claims.length + read('s2').claims.length).toBe(6);
    expect(strip(read('merged'))).toEqual(strip(read('whole')));
    expect(read('merged').coverage).toEqual(read('whole').coverage);
    const missing = cli(['merge', join(root, 's1'), '--out', join(root, 'bad'), ...fixtures]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing shard(s) 2/2');
  });
});

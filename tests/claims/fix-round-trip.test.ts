// Issue 22's round trip, on a temporary copy of the chapters: run the claims whose corrections are
// computed values (arithmetic, architecture and exact claims; copy-edit findings come with any run)
// and the statistical claims whose findings carry a rewrite of their sentence (STATISTICAL), apply every mechanical
// correction with `claimcheck fix --all --write`, run the same claims again. No finding whose
// correction was applied may remain, every one of them must now hold, and no claim may go stale: a
// corrected word a claim is about is a choice slot of its quote, and a copy-edit of link markup inside
// a quoted sentence is matched through (src/claim/quote-template.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { matchQuote } from '../../src/claim/quote-template.js';
import type { Results } from '../../src/results/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/claimcheck.js');
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-round-trip-'));
const sources = join(dir, 'sources');
// The statistical findings with a rewrite of their sentence: an edit the claim reads back through its
// slots and judges with the same measurement (lipschitz, the two batch-norm factors), or a rewrite
// offered for the author's hand with the reason no measurement here can judge it (the rest). The
// other claims of the edited sentences are arithmetic or exact, and anchoring is checked for every
// claim below. They take 17-34 s per run at quick (idle to loaded machine); the test runs them twice and
// re-checks the edited ones: about 50 s more wall time for the test, measured on a loaded machine.
const STATISTICAL = [
  'depth-vs-width/pw-1-is-dynamical-isometry',
  'depth-vs-width/critical-depth-reading-b',
  'depth-vs-width/lipschitz-above-one-explodes-reading-b',
  'depth-vs-width/batch-norm-makes-gradient-factor-one',
  'depth-vs-width/batch-norm-gradient-independent-of-depth',
  'depth-vs-width/batch-norm-stability-factor',
  'depth-vs-width/plain-gradient-factor-sigma2-over-2-reading-b',
  'depth-vs-width/sigma-w-squared-is-weight-variance',
  'infinite-width-ntk/sigma-w-squared-is-weight-variance',
  'infinite-width-ntk/finite-width-gradient-factor-vs-baseline',
];
const COMPUTED = new Set(['arithmetic', 'architecture', 'exact']);
const selected = claims.filter((c) => COMPUTED.has(c.kind) || STATISTICAL.includes(c.id)).map((c) => c.id);
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const run = (out: string) => cli(['run', '--budget', 'quick', '--workers', '2', '--claim', ...selected, '--sources', sources, '--out', join(dir, 'reports', out)]);
const results = (out: string): Results => JSON.parse(readFileSync(join(dir, 'reports', out, 'results.json'), 'utf8')) as Results;
const texts = (): Map<string, string> => new Map(readdirSync(sources).map((f) => [f, readFileSync(join(sources, f), 'utf8')]));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the author\'s round trip', () => {
  it('names every statistical claim it covers', () => {
    expect(STATISTICAL.filter((id) => !claims.some((c) => c.id === id))).toEqual([]);
  });

  it('applies every mechanical correction; the corrected findings are gone, each now holds, and no claim goes stale', () => {
    cpSync(join(ROOT, 'sources'), sources, { recursive: true });
    const first = run('latest');
    expect(first.status, first.stderr).toBe(0);
    const before = results('latest');
    const textBefore = texts();

    const fix = cli(['fix', '--all', '--write', '--workers', '2', '--results', join(dir, 'reports/latest/results.json'), '--sources', sources]);
    expect(fix.status === 0 || fix.status === 1, fix.stderr).toBe(true);
    const summary = /(\d+) finding\(s\): (\d+) corrected by an edit, (\d+) need the author's hand, (\d+) in conflict/.exec(fix.stderr);
    expect(summary, fix.stderr).not.toBeNull();
    const applied = [...new Set([...fix.stdout.matchAll(/^\S+\.md:\d+, fixing (.+)$/gm)].flatMap((m) => m[1]!.split(', ')))];
    expect(applied).toHaveLength(Number(summary![2]));

    // Structurally, not by verdict: the claims whose quote anchored once before the fix and no longer does.
    const textAfter = texts();
    const anchors = (text: Map<string, string>, c: (typeof claims)[number]) => matchQuote(text.get(c.source.file) ?? '', c.source.quote, 2).length === 1;
    const broken = claims.filter((c) => anchors(textBefore, c) && !anchors(textAfter, c)).map((c) => c.id).sort();
    expect(broken, 'claims whose quote no longer anchors after the fix').toEqual([]);

    const second = run('again');
    const after = results('again');
    const faults = after.claims.filter((c) => c.verdict === 'error' || c.verdict === 'stale').map((c) => c.id);
    expect(faults, second.stderr).toEqual([]);
    const remaining = new Set(after.findings.map((f) => f.id));
    expect(applied.filter((id) => remaining.has(id))).toEqual([]);
    // A copy-edit id names its column, which an edit earlier on the line moves: a hit the fix left on
    // an edited line (the second 适中区域 of figure 20.9's caption, once folded into the first) comes
    // back under a new id, so it is looked for by rule, file and line.
    const lineOf = (id: string) => /^copyedit\/(.+):\d+$/.exec(id)?.[1];
    const editedLines = new Set<string | undefined>(applied.map(lineOf).filter((l) => l !== undefined));
    expect(after.findings.filter((f) => editedLines.has(lineOf(f.id))).map((f) => f.id), 'copy-edit findings left on a line the fix edited').toEqual([]);

    const holding = /now holding: (\d+) of (\d+) applied finding/.exec(fix.stdout);
    expect(holding, fix.stdout).not.toBeNull();
    expect(Number(holding![1]), fix.stdout).toBe(applied.length);
    const mechanical = Number(summary![2]) + Number(summary![4]);
    process.stdout.write(`round trip (quick, seed 1; arithmetic, architecture and exact claims, ${STATISTICAL.length} statistical claims with a rewrite, every copy-edit finding): ${summary![1]} findings, ${mechanical} mechanical (${Math.round(100 * mechanical / Math.max(1, Number(summary![1])))}%), ${applied.length} applied, ${holding?.[1] ?? 0} now holding; stale after the fix: ${faults.join(', ') || 'none'}\n`);
  }, 30 * 60_000);
});

// `claimcheck parity` end to end, as a real process on fixture claims that plant differences on cpu.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parityReportSchema, type ParityReport } from '../../src/parity/parity-schema.js';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
const REGISTRY = fileURLToPath(new URL('../fixtures/parity-claims.ts', import.meta.url));
const SOURCES = fileURLToPath(new URL('../fixtures/parity-sources', import.meta.url));
const fixtures = ['--registry', REGISTRY, '--sources', SOURCES, '--workers', '1', '--budget', 'quick'];
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('claimcheck parity on fixture claims (wasm against cpu)', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-parity-'));
  let run: ReturnType<typeof cli>;
  let report: ParityReport;
  const claim = (id: string) => report.claims.find((c) => c.id === `parity/${id}`)!;

  beforeAll(() => {
    run = cli(['parity', '--backends', 'wasm,cpu', '--out', out, ...fixtures]);
    report = parityReportSchema.parse(JSON.parse(readFileSync(join(out, 'parity.json'), 'utf8')));
  }, 300_000);

  it('exits 3 and lists the planted verdict difference first, as unstable', () => {
    expect(run.status, run.stderr).toBe(3);
    expect(report.run.backends).toEqual(['wasm', 'cpu']);
    expect(report.claims.map((c) => c.status)).toEqual(['verdict-differs', 'measurement-differs', 'measurement-differs', 'same', 'same']);
    const planted = report.claims[0]!;
    expect(planted.id).toBe('parity/planted-verdict');
    expect(planted.verdicts.wasm).not.toBe(planted.verdicts.cpu);
    expect(report.counts).toMatchObject({ claims: 5, same: 2, verdictDiffers: 1, measurementDiffers: 2 });
    expect(report.counts.byKind.exact).toEqual({ claims: 3, same: 1, verdictDiffers: 1, measurementDiffers: 1 });
    // The not-checkable claim computes nothing and is not compared.
    expect(report.claims.some((c) => c.kind === 'not-checkable')).toBe(false);
  });

  it('finds an exact measurement that drifts inside its band, and a mean that moves by more than its interval', () => {
    const drift = claim('planted-drift');
    expect(drift.verdicts.wasm).toBe(drift.verdicts.cpu);
    expect(drift.maxRelative).toBeCloseTo(0.01 / 1.01, 6);
    expect(drift.worst).toMatchObject({ label: 'drifting', measured: [1, 1.01] });
    const shift = claim('planted-shift');
    expect(shift.verdicts.wasm).toBe(shift.verdicts.cpu);
    expect(shift.worst!.rule).toMatch(/interval width/);
    expect(shift.worst!.relative!).toBeGreaterThan(shift.worst!.allowed!);
  });

  it('agrees where nothing was planted: the same seed gives the same cases and samples on both backends', () => {
    expect(claim('integer-sum')).toMatchObject({ status: 'same', maxRelative: 0, unmatched: 0 });
    const mean = claim('normal-mean');
    expect(mean.status).toBe('same');
    expect(mean.worst!.measured[0]).toBe(mean.worst!.measured[1]);
  });

  it('prints the table and writes parity.md with the differences first, and each backend\'s results', () => {
    expect(run.stdout).toMatch(/^claim\s+wasm\s+cpu\s+max rel\s+allowed\s+status\nparity\/planted-verdict\s/);
    expect(run.stdout).toContain('5 claims: 2 same, 2 measurement difference(s), 1 verdict difference(s)');
    const md = readFileSync(join(out, 'parity.md'), 'utf8');
    expect(md).toContain('**1 verdict difference(s), 2 measurement difference(s)** in 5 claims.');
    expect(md.indexOf('parity/planted-verdict')).toBeLessThan(md.indexOf('parity/integer-sum'));
    for (const b of ['wasm', 'cpu']) expect(JSON.parse(readFileSync(join(out, b, 'results.json'), 'utf8')).run.backend).toBe(b);
  });

  it('exits 0 when the selected claims agree', () => {
    const r = cli(['parity', '--out', mkdtempSync(join(tmpdir(), 'claimcheck-parity-')), '--claim', 'parity/integer-sum', 'parity/normal-mean', ...fixtures]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 claims: 2 same, 0 measurement difference(s), 0 verdict difference(s)');
  }, 120_000);

  it('explains itself and rejects bad arguments with exit 2', () => {
    const help = cli(['parity', '--help']);
    expect(help.status).toBe(0);
    for (const flag of ['--backends', '--chapter', '--claim', '--kind', '--seed', '--budget', '--workers', '--out']) expect(help.stdout).toContain(flag);
    expect(help.stdout).toMatch(/Exit codes: 0 no difference, 3 a difference was found, 2/);
    for (const args of [['--backends', 'wasm'], ['--backends', 'wasm,wasm'], ['--backends', 'wasm,gpu'], ['--claim', 'parity/opinion'], ['--claim', 'nope/none']]) {
      expect(cli(['parity', ...args, ...fixtures]).status, args.join(' ')).toBe(2);
    }
  });
});

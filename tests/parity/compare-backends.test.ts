// The comparison behind `claimcheck parity`, on hand-made results, and its page on the site.
import { describe, expect, it } from 'vitest';
import { claim, observation, results, sampleResults } from '../report/fixtures/build.js';
import { compareClaim, compareRuns, FLOAT_TOLERANCE, relativeDifference } from '../../src/parity/compare-backends.js';
import { parityReportSchema } from '../../src/parity/parity-schema.js';
import { buildSite } from '../../src/site/build-site.js';
import type { ClaimResult } from '../../src/results/schema.js';

const evidenceWith = (c: ClaimResult, observations: ClaimResult['evidence']['observations']): ClaimResult => ({ ...c, evidence: { ...c.evidence, observations, observationsTotal: observations.length } });
const exact = (measured: number, band: [number, number] = [-1e-4, 1e-4]) => evidenceWith(claim({ verdict: 'supported' }), [observation({ label: 'residue', where: {}, measured, asserted: 0, band })]);
const mean = (measured: number, ci: [number, number], verdict: ClaimResult['verdict'] = 'supported') =>
  evidenceWith(claim({ kind: 'statistical', verdict }), [observation({ label: 'mean', where: {}, method: 'mean', measured, ci, n: 64, asserted: 0.5, band: [0, 1] })]);

describe('relativeDifference', () => {
  it('divides by the larger magnitude, never by less than the floor; one-sided values are infinitely far', () => {
    expect(relativeDifference(1, 1.01, 1e-9)).toBeCloseTo(0.01 / 1.01, 12);
    expect(relativeDifference(1e-12, 3e-12, 1e-9)).toBeCloseTo(2e-3, 12);
    expect(relativeDifference(null, null, 1)).toBe(0);
    expect(relativeDifference(NaN, NaN, 1)).toBe(0);
    expect(relativeDifference(1, null, 1)).toBe(Infinity);
    expect(relativeDifference(1, NaN, 1)).toBe(Infinity);
  });
});

describe('compareClaim', () => {
  it('holds exact claims to float tolerance, measuring a residue against its band', () => {
    const near = compareClaim(['wasm', 'cpu'], [exact(1e-8), exact(2e-8)]);
    expect(near.status).toBe('same');
    expect(near.maxRelative).toBeCloseTo(1e-4, 12);
    const far = compareClaim(['wasm', 'cpu'], [exact(1e-7), exact(3e-7)]);
    expect(far.status).toBe('measurement-differs');
    expect(far.maxRelative).toBeCloseTo(2e-3, 12);
    expect(far.worst).toMatchObject({ label: 'residue', measured: [1e-7, 3e-7], allowed: FLOAT_TOLERANCE });
    // An exact band leaves only the near-zero floor.
    expect(compareClaim(['wasm', 'cpu'], [exact(0, [0, 0]), exact(1e-12, [0, 0])]).status).toBe('same');
  });

  it('holds statistical claims to their interval widths, and names a verdict difference first', () => {
    expect(compareClaim(['wasm', 'cpu'], [mean(0.5, [0.4, 0.6]), mean(0.55, [0.45, 0.65])]).status).toBe('same');
    const shifted = compareClaim(['wasm', 'cpu'], [mean(0.5, [0.4, 0.6]), mean(0.75, [0.65, 0.85])]);
    expect(shifted.status).toBe('measurement-differs');
    // The narrower width, 0.2, in units of the larger mean.
    expect(shifted.worst!.allowed).toBeCloseTo(0.2 / 0.75, 12);
    const flipped = compareClaim(['wasm', 'cpu'], [mean(0.5, [0.4, 0.6]), mean(0.5, [0.4, 0.6], 'inconclusive')]);
    expect(flipped).toMatchObject({ status: 'verdict-differs', why: 'wasm: supported, cpu: inconclusive' });
  });

  it('counts observations recorded on one backend only, which an exact claim may not have', () => {
    const one = exact(0);
    const two = evidenceWith(one, [...one.evidence.observations, observation({ label: 'extra' })]);
    expect(compareClaim(['wasm', 'cpu'], [one, two])).toMatchObject({ status: 'measurement-differs', unmatched: 1 });
    // Another case under the same label is not the same observation either.
    const elsewhere = evidenceWith(one, [{ ...one.evidence.observations[0]!, where: { width: 3 } }]);
    expect(compareClaim(['wasm', 'cpu'], [evidenceWith(one, [{ ...one.evidence.observations[0]!, where: { width: 2 } }]), elsewhere])).toMatchObject({ unmatched: 2 });
  });

  it('pairs a case whose recorded figures differ only by rounding', () => {
    const at = (ratio: number) => evidenceWith(exact(0), [observation({ label: 'log ratio', where: { seed: 1, remedyRatio: ratio }, measured: -4.819, asserted: 0, band: [null, 0] })]);
    expect(compareClaim(['wasm', 'cpu'], [at(356.1), at(356.2)])).toMatchObject({ status: 'same', unmatched: 0 });
  });
});

describe('compareRuns and the site', () => {
  const wasm = results([{ ...exact(0), id: 'a/same' }, { ...exact(0), id: 'a/flips' }]);
  const cpu = results([{ ...exact(0), id: 'a/same' }, { ...exact(0), id: 'a/flips', verdict: 'refuted' }]);
  const report = parityReportSchema.parse(compareRuns([{ backend: 'wasm', results: wasm, wallMs: 10 }, { backend: 'cpu', results: cpu, wallMs: 40 }], { startedAt: '2026-12-07T00:00:00.000Z' }));

  it('lists verdict differences first and counts them per kind', () => {
    expect(report.claims.map((c) => c.id)).toEqual(['a/flips', 'a/same']);
    expect(report.counts).toMatchObject({ claims: 2, same: 1, verdictDiffers: 1, measurementDiffers: 0, byKind: { exact: { claims: 2, verdictDiffers: 1 } } });
    expect(report.run.durationMs).toEqual({ wasm: 10, cpu: 40, total: 50 });
  });

  it('publishes the parity table as a page of the site, linked from every page and summed up on the index', async () => {
    const files = await buildSite({ results: sampleResults(), runs: [], sources: new Map(), sourceHashes: {} }, { parity: report });
    const page = files.get('parity.html')!;
    expect(page).toContain('<h1>Backend parity: wasm vs cpu</h1>');
    expect(page.indexOf('a/flips')).toBeLessThan(page.indexOf('a/same'));
    expect(page).toContain('verdict differs (unstable)');
    expect(files.get('index.html')).toMatch(/Backend parity<\/strong> \(wasm vs cpu, budget quick, seed \d+\): 2 claims, 1 verdict difference\(s\) \(unstable\)/);
    expect(files.get('index.html')).toContain('<a href="parity.html">Backend parity</a>');
    expect((await buildSite({ results: sampleResults(), runs: [], sources: new Map(), sourceHashes: {} })).has('parity.html')).toBe(false);
  });
});

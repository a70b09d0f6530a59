// Plot specs from evidence: which claims get which figure, scales that show data and band, and
// SVGs that render without a browser and can share a page.
import { describe, expect, it } from 'vitest';
import { claim, observation } from '../report/fixtures/build.js';
import { curveAxis, evidencePlots, valueScale } from '../../src/site/plots/plot-specs.js';
import { verdictHistorySpec } from '../../src/site/plots/history-spec.js';
import { renderSvg, uniqueIds } from '../../src/site/plots/render-svg.js';
import type { ObservationRecord } from '../../src/results/schema.js';

const along = (field: string, values: number[], over: Partial<ObservationRecord> = {}) =>
  values.map((v, i) => observation({ where: { [field]: v, seed: 100 + i }, measured: 0.5 + 0.01 * i, ci: [0.4, 0.6 + 0.01 * i], n: 32, method: 'mean', ...over }));

describe('curveAxis', () => {
  it('finds the one numeric condition that varies, ignoring seeds', () => {
    expect(curveAxis(along('width', [8, 16, 32, 64]))).toBe('width');
  });
  it('gives none when two conditions vary at once, or nothing varies, or it is not numeric', () => {
    const two = along('width', [8, 16]).map((o, i) => ({ ...o, where: { ...o.where, depth: i + 2 } }));
    expect(curveAxis(two)).toBeNull();
    expect(curveAxis(along('width', [8, 8, 8]))).toBeNull();
    expect(curveAxis([observation({ where: { act: 'relu' } }), observation({ where: { act: 'tanh' } })])).toBeNull();
    expect(curveAxis(along('width', [8]))).toBeNull();
  });
});

describe('valueScale', () => {
  it('covers measurements, intervals and asserted values, and clips a far band end', () => {
    const s = valueScale([observation({ measured: 1, ci: [0.9, 1.1], asserted: 1, band: [0, 1e6] })]);
    expect(s.type).toBe('linear');
    // Data span 0.2: the band shows up to two spans beyond the data on either side, no further.
    expect(s.domain[0]).toBeCloseTo(0.5 - 0.08);
    expect(s.domain[1]).toBeCloseTo(1.5 + 0.08);
  });
  it('goes logarithmic when positive data spans two decades', () => {
    const s = valueScale([observation({ measured: 1, asserted: 1 }), observation({ measured: 500, asserted: 1 })]);
    expect(s.type).toBe('log');
    expect(s.domain[0]).toBeGreaterThan(0);
  });
});

describe('evidencePlots', () => {
  it('draws a curve with a confidence ribbon, the band and the asserted value for a statistical claim along one condition', () => {
    const obs = along('width', [8, 16, 32, 64]);
    const plots = evidencePlots(claim({ kind: 'statistical', evidence: { ...claim().evidence, observations: obs, observationsTotal: 4, worst: obs[0]! } }));
    expect(plots).toHaveLength(1);
    expect(plots[0]).toMatchObject({ kind: 'curve', along: 'width', label: 'factor' });
    const marks = JSON.stringify(plots[0]!.spec);
    for (const m of ['"area"', '"line"', '"point"', 'strokeDash']) expect(marks).toContain(m);
    expect(plots[0]!.legend.join(' ')).toMatch(/confidence interval.*n = 32/);
  });

  it('draws the estimates one per row when no single condition varies, the worst kept', () => {
    const obs = Array.from({ length: 40 }, (_, i) => observation({ where: { depth: i % 5, width: i } , outcome: i === 39 ? 'outside' : 'inside' }));
    const plots = evidencePlots(claim({ kind: 'experiment', evidence: { ...claim().evidence, observations: obs, observationsTotal: 40, worst: obs[39]! } }));
    expect(plots[0]!.kind).toBe('estimates');
    const rows = (plots[0]!.spec as { data: { values: { row: string }[] } }).data.values;
    expect(rows).toHaveLength(30);
    expect(rows.some((r) => r.row.includes('width=39'))).toBe(true);
  });

  it('gives one figure per label and none for exact claims or yes/no judgements', () => {
    const two = [observation({ label: 'a' }), observation({ label: 'b' })];
    expect(evidencePlots(claim({ kind: 'statistical', evidence: { ...claim().evidence, observations: two, worst: null } }))).toHaveLength(2);
    expect(evidencePlots(claim({ kind: 'exact' }))).toEqual([]);
    const holds = [observation({ method: 'holds', measured: null })];
    expect(evidencePlots(claim({ kind: 'experiment', evidence: { ...claim().evidence, observations: holds, worst: null } }))).toEqual([]);
  });
});

describe('renderSvg', () => {
  it('renders a curve, the estimates and a verdict history to SVG with prefixed ids', async () => {
    const obs = along('steps', [1, 10, 100, 1000]);
    const [curve] = evidencePlots(claim({ kind: 'experiment', evidence: { ...claim().evidence, observations: obs, observationsTotal: 4, worst: null } }));
    const svg = await renderSvg(curve!.spec, 'c1-p0');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('steps');
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.every((id) => id.startsWith('c1-p0-'))).toBe(true);
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.every((r) => ids.includes(r))).toBe(true);
    const history = await renderSvg(verdictHistorySpec([
      { run: '2026-01-01T02:17:00.000Z', seed: 1, verdict: 'supported', sourceHash: 'h' },
      { run: '2026-01-02T02:17:00.000Z', seed: 2, verdict: 'inconclusive', sourceHash: 'h' },
    ]), 'c1-h');
    expect(history).toContain('01-02 02:17');
    expect(history).toContain('seed 2');
    expect(history).toContain('inconclusive');
  });

  it('prefixes ids and their references', () => {
    expect(uniqueIds('<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>', 'x'))
      .toBe('<svg><clipPath id="x-clip1"/><g clip-path="url(#x-clip1)"/><use href="#x-clip1"/></svg>');
  });
});

describe('comparison plots', () => {
  it('draws the figures a yes/no judgement compared, one bar each, coloured by the outcome', async () => {
    const obs = [observation({ label: 'deep loss above shallow loss', method: 'holds', measured: null, asserted: null, band: null, values: { deep: 1.08, shallow: 0.19 }, outcome: 'inside' })];
    const plots = evidencePlots(claim({ kind: 'experiment', evidence: { ...claim().evidence, observations: obs, observationsTotal: 1, worst: null } }));
    expect(plots.map((p) => p.kind)).toEqual(['comparison']);
    const rows = (plots[0]!.spec as { data: { values: { row: string; value: number; outcome: string }[] } }).data.values;
    expect(rows).toEqual([{ row: 'deep', value: 1.08, outcome: 'holds' }, { row: 'shallow', value: 0.19, outcome: 'holds' }]);
    expect(await renderSvg(plots[0]!.spec, 'x')).toContain('shallow');
  });
});

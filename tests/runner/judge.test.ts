import { describe, expect, it } from 'vitest';
import { absolute, atLeast, atMost } from '../../src/claim/tolerance.js';
import { createJudge, FAMILY_ALPHA, type JudgeState } from '../../src/runner/judge.js';

const state = (comparisons = 1): JudgeState => ({ observations: [], currentCase: { depth: 3 }, phase: 'single', comparisons, intervalJudgements: 0, dropped: { premise: 0, undefined: 0 } });

describe('judge', () => {
  it('classifies values against the band and tags them with the current case', () => {
    const s = state();
    const j = createJudge(atMost(0, 'bound'), s);
    expect(j.value({ label: 'regions', measured: 8, asserted: 8 })).toBe(true);
    expect(j.value({ label: 'regions', measured: 9, asserted: 8 })).toBe(false);
    expect(s.observations.map((o) => o.outcome)).toEqual(['inside', 'outside']);
    expect(s.observations[0]!.where).toEqual({ depth: 3 });
  });
  it('calls an interval straddling the band straddle, not outside', () => {
    const s = state();
    const j = createJudge(absolute(0.1, 'x'), s);
    expect(j.mean({ label: 'm', samples: [0.8, 1.2, 0.9, 1.1], asserted: 1.05 })).toBe(true);
    expect(s.observations[0]!.outcome).toBe('straddle');
  });
  it('records an exact fact as inside or outside, and one its run left unsettled as straddle', () => {
    const s = state();
    const j = createJudge(atMost(0, 'bound'), s);
    expect(j.holds({ label: 'fits later', holds: true })).toBe(true);
    expect(j.holds({ label: 'fits later', holds: false })).toBe(false);
    expect(j.holds({ label: 'generalises later', holds: null, values: { gen: -1 } })).toBe(true);
    expect(s.observations.map((o) => o.outcome)).toEqual(['inside', 'outside', 'straddle']);
  });
  it('cuts a mean\'s interval to the values it can take, keeping the estimate', () => {
    const s = state();
    const j = createJudge(atLeast(0, 'bound'), s);
    const rhos = [1, 1, 0.6, 0.9];
    j.mean({ label: 'free', samples: rhos, asserted: 0 });
    j.mean({ label: 'correlation', samples: rhos, asserted: 0, range: [-1, 1] });
    const [free, cut] = s.observations;
    expect(free!.ci![1]).toBeGreaterThan(1);
    expect(cut!.ci).toEqual([free!.ci![0], 1]);
    expect(cut!.measured).toBe(free!.measured);
  });
  it('widens intervals with the number of comparisons (Bonferroni)', () => {
    const xs = [0.9, 1.1, 1.0, 1.05, 0.95, 1.02];
    const one = state(1);
    const many = state(100);
    createJudge(absolute(1, 'x'), one).mean({ label: 'm', samples: xs, asserted: 1 });
    createJudge(absolute(1, 'x'), many).mean({ label: 'm', samples: xs, asserted: 1 });
    const width = (s: JudgeState) => s.observations[0]!.ci![1] - s.observations[0]!.ci![0];
    expect(width(many)).toBeGreaterThan(width(one));
    expect(FAMILY_ALPHA).toBe(0.05);
  });
  it('refuses a non-finite measurement', () => {
    expect(() => createJudge(absolute(1, 'x'), state()).value({ label: 'v', measured: NaN, asserted: 0 })).toThrow(/NaN/);
  });
  it('records a sequential judgement with the samples used against those planned', () => {
    const s = state(2);
    const j = createJudge(absolute(0.1, 'x'), s);
    expect(j.sequential({ label: 'far off', statistic: 'mean', draw: (i) => 5 + (i % 2 ? 0.01 : -0.01), n: 64, asserted: 1 })).toBe(false);
    const o = s.observations[0]!;
    expect([o.outcome, o.method, o.planned]).toEqual(['outside', 'mean', 64]);
    expect(o.n).toBeLessThan(64);
    expect(s.intervalJudgements).toBe(1);
  });
});

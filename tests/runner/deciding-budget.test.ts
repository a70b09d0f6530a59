// An inconclusive result carries the budget its claim says would decide it; other verdicts do not.
import { describe, expect, it } from 'vitest';
import { defineClaim, ClaimDefinitionError, relative } from '../../src/claim/index.js';
import type { Observation } from '../../src/claim/types.js';
import { decide, samplesToDecide } from '../../src/runner/decide.js';
import type { RawOutcome } from '../../src/runner/outcome.js';
import { toResult } from '../../src/runner/to-result.js';
import { decidingBudgetText } from '../../src/results/deciding-budget.js';

const spec = {
  id: 'depth-vs-width/synthetic-undecided', source: { file: 'depth-vs-width.md', quote: '合成' },
  statement: 'A synthetic claim for the deciding budget.', kind: 'experiment' as const,
  tolerance: relative(0.1, 'synthetic'),
  decidingBudget: { budget: 'full' as const, why: '12 seeds narrow the interval on the paired difference below the band' },
  correction: () => 'n/a',
  check: () => {},
};
const claim = defineClaim(spec);
const obs = (outcome: Observation['outcome']): Observation => ({
  label: 'gap', where: {}, method: 'mean', measured: 1, asserted: 1, band: [0.9, 1.1], ci: [0.8, 1.2], n: 3, outcome, phase: 'single',
});
const outcome = (o: Observation): RawOutcome => ({ observations: [o], records: {}, property: null, qualifiers: [], fault: null, backend: 'cpu', durationMs: 1 });
const ctx = { line: 1, seed: 1, runSeed: 1, budget: 'quick' as const, backend: 'cpu' };

describe('deciding budget', () => {
  it('is carried by an inconclusive result and rendered as a sentence', () => {
    const r = toResult(claim, decide(claim, outcome(obs('straddle'))), outcome(obs('straddle')), ctx);
    expect(r.decidingBudget).toEqual(spec.decidingBudget);
    expect(decidingBudgetText(r)).toBe(`would be decided at the full budget: ${spec.decidingBudget.why}`);
  });

  it('is left out of a decided result', () => {
    const r = toResult(claim, decide(claim, outcome(obs('inside'))), outcome(obs('inside')), ctx);
    expect(r.decidingBudget).toBeUndefined();
    expect(decidingBudgetText(r)).toBeNull();
  });

  it('must say what that budget changes', () => {
    expect(() => defineClaim({ ...spec, decidingBudget: { budget: 'full', why: 'more' } })).toThrow(ClaimDefinitionError);
  });
});

describe('samples to decide', () => {
  const straddling = (over: Partial<Observation>): Observation => ({ ...obs('straddle'), ...over });

  it('scales the sample by the squared ratio of half-width to the estimate\'s distance from the straddled edge', () => {
    // Half-width 0.2, estimate 0.1 above the lower edge 0.9: (0.2 / 0.1)^2 = 4 times the 3 samples.
    expect(samplesToDecide(straddling({ measured: 1.0, ci: [0.8, 1.2], band: [0.9, 1.5], n: 3 }))).toBe(12);
  });

  it('lets the t quantile fall too when the interval is a t-interval of known level', () => {
    // sd = 0.2·√3 / t(0.975, 2) ≈ 0.0805; t(0.975, 4)·0.0805/√5 ≈ 0.0999 ≤ 0.1 first at 5 samples, not 12.
    expect(samplesToDecide(straddling({ measured: 1.0, ci: [0.8, 1.2], band: [0.9, 1.5], n: 3, level: 0.95 }))).toBe(5);
    // A narrow interval needs no more than it has.
    expect(samplesToDecide(straddling({ measured: 1.0, ci: [0.85, 1.15], band: [0.9, 1.5], n: 200, level: 0.95 }))).toBeGreaterThan(200);
  });

  it('has no answer when the estimate sits on the edge, for exact facts, or for a decided judgement', () => {
    expect(samplesToDecide(straddling({ measured: 0.9, ci: [0.8, 1.0], band: [0.9, 1.5], n: 3 }))).toBeNull();
    expect(samplesToDecide(straddling({ method: 'holds' }))).toBeNull();
    expect(samplesToDecide(obs('inside'))).toBeNull();
  });

  it('works on the log scale for a geometric mean', () => {
    const n = samplesToDecide(straddling({ method: 'geometricMean', measured: 2, ci: [1, 4], band: [Math.SQRT2, Infinity], n: 4 }));
    expect(n).toBe(16);
  });

  it('is said in the summary of an inconclusive verdict', () => {
    expect(decide(claim, outcome(straddling({ measured: 1.0, ci: [0.8, 1.2], band: [0.9, 1.5], n: 3 }))).summary).toContain('about 12 sample(s) instead of 3 would decide it');
  });
});

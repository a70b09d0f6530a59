import { describe, expect, it } from 'vitest';
import { defineClaim, relative, atMost } from '../../src/claim/index.js';
import type { Observation } from '../../src/claim/types.js';
import { decide } from '../../src/runner/decide.js';
import type { RawOutcome } from '../../src/runner/outcome.js';
import { faultOutcome } from '../../src/runner/outcome.js';

const claim = defineClaim({
  id: 'depth-vs-width/synthetic', source: { file: 'depth-vs-width.md', quote: '合成' },
  statement: 'A synthetic claim for the decision rules.', kind: 'exact',
  tolerance: relative(0.1, 'synthetic'),
  qualifiers: [{ condition: 'width >= 64', holds: (w) => Number(w.width) >= 64 }],
  correction: (e) => `holds when ${e.qualifiedBy ?? 'never'}`,
  check: () => {},
});

const obs = (outcome: Observation['outcome'], width: number): Observation => ({
  label: 'factor', where: { width }, method: 'mean', measured: 1, asserted: 1, band: [0.9, 1.1],
  ci: [0.95, 1.05], n: 10, outcome, phase: 'single',
});
const outcome = (observations: Observation[], extra: Partial<RawOutcome> = {}): RawOutcome =>
  ({ observations, records: {}, property: null, qualifiers: [], fault: null, backend: 'cpu', durationMs: 1, ...extra });

describe('decide', () => {
  it('supports when every interval lies inside the band', () => {
    expect(decide(claim, outcome([obs('inside', 8), obs('inside', 128)])).verdict).toBe('supported');
  });
  it('is inconclusive when an interval straddles and none is outside', () => {
    expect(decide(claim, outcome([obs('inside', 8), obs('straddle', 128)])).verdict).toBe('inconclusive');
  });
  it('is inconclusive, and says so, when a run leaves an exact fact unsettled', () => {
    const fact: Observation = { ...obs('straddle', 8), method: 'holds', measured: null, asserted: null, band: null, ci: null, n: null, label: 'generalises later' };
    const d = decide(claim, outcome([obs('inside', 8), fact]));
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/generalises later at width=8: undetermined by the run/);
  });
  it('refutes when a judgement falls outside and no qualifier explains it', () => {
    const d = decide(claim, outcome([obs('outside', 128), obs('inside', 8)]));
    expect(d.verdict).toBe('refuted');
    expect(d.correction).toBe('holds when never');
  });
  it('does not qualify when a failure lies inside the condition\'s domain', () => {
    expect(decide(claim, outcome([obs('outside', 128), obs('inside', 256), obs('inside', 8)])).verdict).toBe('refuted');
  });
  it('qualifies when the failures all lie outside a named condition that holds inside', () => {
    const d = decide(claim, outcome([obs('outside', 8), obs('inside', 64), obs('inside', 256)]));
    expect(d.verdict).toBe('qualified');
    expect(d.qualifiedBy).toBe('width >= 64');
    expect(d.correction).toBe('holds when width >= 64');
  });
  it('never supports a property run interrupted by its time limit', () => {
    const property = { seed: 1, path: null, numRuns: 3, numSkips: 0, numShrinks: 0, failed: false, interrupted: true, counterexample: null, error: null };
    expect(decide(claim, outcome([obs('inside', 8)], { property })).verdict).toBe('inconclusive');
  });
  it('turns faults into error and stale, never into findings', () => {
    expect(decide(claim, outcome([obs('outside', 8)], { fault: { kind: 'leak', message: '1 tensor' } })).verdict).toBe('error');
    expect(decide(claim, outcome([], { fault: { kind: 'stale', message: 'quote not found' } })).verdict).toBe('stale');
  });
  it('reports the worst deviation, not only the first', () => {
    const far = { ...obs('outside', 16), measured: 3, ci: [2.9, 3.1] as [number, number] };
    const near = { ...obs('outside', 8), measured: 1.2, ci: [1.15, 1.25] as [number, number] };
    expect(decide(claim, outcome([near, far])).worst).toBe(far);
  });
  it('errors when the correction itself throws', () => {
    const bad = defineClaim({ ...claim, qualifiers: [], correction: () => { throw new Error('oops'); } } as never);
    expect(decide(bad, outcome([obs('outside', 8)])).verdict).toBe('error');
  });
  it('keeps one-sided bands one-sided', () => {
    const bound = defineClaim({ ...claim, qualifiers: [], tolerance: atMost(0, 'bound') } as never);
    expect(decide(bound, outcome([{ ...obs('inside', 1), method: 'value', ci: null, band: [-Infinity, 4] }])).verdict).toBe('supported');
  });
  describe('qualifiers of a refuted property', () => {
    const property = { seed: 1, path: '0', numRuns: 5, numSkips: 0, numShrinks: 2, failed: true, interrupted: false, counterexample: { width: 8 }, error: null };
    const passed = (condition: string) => ({ condition, numRuns: 10, failed: false, interrupted: false });
    const prop = defineClaim({ ...claim, qualifiers: [
      { condition: 'width >= 4', holds: (w: { width: number }) => w.width >= 4 },
      { condition: 'width >= 64', holds: (w: { width: number }) => w.width >= 64 },
    ], cases: () => { throw new Error('not run'); }, check: () => {} } as never);
    const failing = { ...obs('outside', 8), phase: 'shrink' as const };
    it('refutes, not qualifies, when the counterexample lies inside the only passing qualifier\'s domain', () => {
      const d = decide(prop, outcome([failing], { property, qualifiers: [passed('width >= 4')] }));
      expect(d.verdict).toBe('refuted');
    });
    it('qualifies by a passing qualifier whose domain excludes the counterexample', () => {
      const d = decide(prop, outcome([failing], { property, qualifiers: [passed('width >= 4'), passed('width >= 64')] }));
      expect(d.qualifiedBy).toBe('width >= 64');
    });
    it('does not let a failed qualifier run pass', () => {
      const d = decide(prop, outcome([failing], { property, qualifiers: [{ ...passed('width >= 64'), failed: true }] }));
      expect(d.verdict).toBe('refuted');
    });
    it('does not let a qualifier run with an undecided judgement pass', () => {
      const undecided = { ...obs('straddle', 128), phase: 'qualify' as const, qualifier: 'width >= 64' };
      const d = decide(prop, outcome([failing, undecided], { property, qualifiers: [passed('width >= 64')] }));
      expect(d.verdict).toBe('refuted');
    });
  });
});

describe('a quote that no longer anchors', () => {
  it('makes a not-checkable claim stale too, not silently unplaced', () => {
    const opinion = defineClaim({ id: 'fixture/opinion', source: { file: 'fixture.md', quote: '这是一个观点' }, statement: 'An opinion of the author, for the fixture.', kind: 'not-checkable', reason: 'an opinion, for the fixture' });
    const d = decide(opinion, faultOutcome({ kind: 'stale', message: 'quote not found in fixture.md' }, 'none', 0));
    expect(d.verdict).toBe('stale');
    expect(decide(opinion, null).verdict).toBe('not-checkable');
  });
});

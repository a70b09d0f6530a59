// The engine, not the claim authors, keeps experiment and statistical claims from refuting through
// an ungated judgement: every registered claim of these kinds is handed an outside result of each
// ungated method (alone, and as a property's counterexample), and none comes out refuted or qualified.
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { GATED_KINDS, GATED_METHODS, isProperty, type Observation } from '../../src/claim/types.js';
import { decide } from '../../src/runner/decide.js';
import type { RawOutcome } from '../../src/runner/outcome.js';

const UNGATED = ['value', 'mean', 'geometricMean', 'holds'] as const;
const gatedKindClaims = claims.filter((c) => GATED_KINDS.includes(c.kind));

function outsideBy(method: (typeof UNGATED)[number]): Observation {
  const numeric = method !== 'holds';
  return {
    label: 'planted', where: { width: 8 }, method, measured: numeric ? 10 : null, asserted: numeric ? 1 : null,
    band: numeric ? [0.9, 1.1] : null, ci: method === 'mean' || method === 'geometricMean' ? [9, 11] : null, n: numeric ? 10 : null,
    outcome: 'outside', phase: 'single',
  };
}

describe('experiment and statistical claims refute only through gated judgements', () => {
  it('covers every gated-kind claim of the registry, and the methods split into gated and ungated', () => {
    expect(gatedKindClaims.length).toBeGreaterThan(200);
    expect([...UNGATED, ...GATED_METHODS].sort()).toEqual([...new Set([...UNGATED, ...GATED_METHODS])].sort());
  });
  it.each(UNGATED)('no registered claim refutes through an outside %s judgement', (method) => {
    const refuting = gatedKindClaims.filter((claim) => {
      const o = outsideBy(method);
      const property = isProperty(claim)
        ? { seed: 1, path: '0', numRuns: 1, numSkips: 0, numShrinks: 0, failed: true, interrupted: false, counterexample: { width: 8 }, error: null }
        : null;
      const qualifiers = isProperty(claim) ? (claim.qualifiers ?? []).map((q) => ({ condition: q.condition, numRuns: 10, failed: false, interrupted: false })) : [];
      const outcome: RawOutcome = { observations: [o, { ...o, outcome: 'inside', where: { width: 1024 } }], records: {}, property, qualifiers, fault: null, backend: 'cpu', durationMs: 1 };
      const { verdict } = decide(claim, outcome);
      return verdict === 'refuted' || verdict === 'qualified';
    });
    expect(refuting.map((c) => c.id)).toEqual([]);
  });
});

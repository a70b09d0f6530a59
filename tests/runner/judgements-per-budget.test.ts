// A check whose number of interval judgements grows with the budget's scale declares them per budget:
// the multiplicity correction then matches what each budget makes, and none is a health fault
// (figure 20.4's two readings made 1 / 2 / 3 with one declared and failed at standard and full).
import { describe, expect, it } from 'vitest';
import type { Tf } from '../../src/backend/tf.js';
import { absolute, defineClaim } from '../../src/claim/index.js';
import type { Budget } from '../../src/claim/types.js';
import { runClaim } from '../../src/runner/run-claim.js';

const tf = { memory: () => ({ numTensors: 0 }) } as unknown as Tf;
const scale = { quick: { k: 1 }, standard: { k: 2 }, full: { k: 3 } };
const base = {
  id: 'fixture/judgements-per-budget', source: { file: 'fixture.md', quote: '每个' }, kind: 'statistical' as const,
  statement: 'Each of k means is near 1.', tolerance: absolute(0.5, 'fixture'), correction: () => 'fixture', scale,
  check: ({ judge, scaled }: { judge: { mean: (j: object) => boolean }; scaled: { k: number } }) => {
    for (let i = 0; i < scaled.k; i++) judge.mean({ label: `mean ${i}`, samples: [0.9, 1, 1.1, 1.05], asserted: 1, where: { i } });
  },
};
const run = (claim: object, budget: Budget) => runClaim(defineClaim(claim as never), { tf, backend: 'none', budget, seed: 1, softDeadline: Date.now() + 60_000 });

describe('judgements per budget', () => {
  it('faults a check that makes more judgements than one number declares, and accepts them declared per budget', async () => {
    expect((await run({ ...base, judgements: 1 }, 'full')).fault?.kind).toBe('health');
    for (const budget of ['quick', 'standard', 'full'] as const) {
      expect((await run({ ...base, judgements: { quick: 1, standard: 2, full: 3 } }, budget)).fault, budget).toBeNull();
    }
  });
});

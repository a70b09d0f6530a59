// Every real claim runs at the quick budget without a fault. Verdicts are findings: no test names one.
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { selectBackend, tf } from '../../src/backend/select.js';
import { runClaim } from '../../src/runner/run-claim.js';
import { decide } from '../../src/runner/decide.js';
import { deriveSeed } from '../../src/runner/seed.js';

let backend = '';
beforeAll(async () => { backend = (await selectBackend()).name; });

describe('claims at the quick budget', () => {
  const checked = claims.filter((c) => c.kind !== 'not-checkable');
  it.each(checked.map((c) => [c.id, c] as const))('%s runs without error', async (_id, claim) => {
    const outcome = await runClaim(claim, { tf, backend, budget: 'quick', seed: deriveSeed(1, claim.id), runSeed: 1, softDeadline: Date.now() + 60_000 });
    const decision = decide(claim, outcome);
    expect(decision.verdict, `${decision.verdict}: ${decision.summary}`).not.toBe('error');
    expect(decision.verdict, decision.summary).not.toBe('stale');
  }, 120_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { exactly, defineClaim } from '../../src/claim/index.js';
import { selectBackend, tf } from '../../src/backend/select.js';
import { runClaim } from '../../src/runner/run-claim.js';

// A claim that reports the seeds its context hands it.
const seeds = defineClaim({
  id: 'fixture/seeds-seen',
  source: { file: 'fixture.md', quote: '加法满足交换律' },
  statement: 'Reports its seeds.',
  kind: 'exact',
  tolerance: exactly('fixture'),
  correction: () => 'fixture',
  check: (ctx) => {
    ctx.record('seed', ctx.seed);
    ctx.record('runSeed', ctx.runSeed);
    ctx.judge.holds({ label: 'ran', holds: true });
  },
});

describe('the run seed in the claim context', () => {
  beforeAll(async () => { await selectBackend('cpu'); });
  it('is the run\'s seed, apart from the claim\'s own', async () => {
    const o = await runClaim(seeds, { tf, backend: 'cpu', budget: 'quick', seed: 123, runSeed: 7, softDeadline: Date.now() + 10_000 });
    expect(o.records).toEqual({ seed: 123, runSeed: 7 });
  });
  it('defaults to the claim seed where no run seed is given (a replay)', async () => {
    const o = await runClaim(seeds, { tf, backend: 'cpu', budget: 'quick', seed: 123, softDeadline: Date.now() + 10_000 });
    expect(o.records.runSeed).toBe(123);
  });
});

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

// A claim that counts how often its shared computation runs.
let computed = 0;
const sharing = (id: string, declare: boolean) => defineClaim({
  id, source: { file: 'fixture.md', quote: '加法满足交换律' }, statement: 'Uses a shared value.', kind: 'exact',
  tolerance: exactly('fixture'), correction: () => 'fixture',
  ...(declare ? { shares: ['counter'] } : {}),
  check: (ctx) => {
    ctx.record('value', ctx.shared('counter', () => { computed++; return ctx.runSeed; }));
    ctx.judge.holds({ label: 'ran', holds: true });
  },
});

describe('ctx.shared', () => {
  beforeAll(async () => { await selectBackend('cpu'); });
  const run = (c: ReturnType<typeof sharing>, seed: number, runSeed: number, budget: 'quick' | 'standard' = 'quick') =>
    runClaim(c, { tf, backend: 'cpu', budget, seed, runSeed, softDeadline: Date.now() + 10_000 });
  it('computes once per key, budget and run seed, for every claim that declares the key', async () => {
    const before = computed;
    const [a, b] = [await run(sharing('fixture/share-a', true), 1, 41), await run(sharing('fixture/share-b', true), 2, 41)];
    expect([a.records.value, b.records.value, computed - before]).toEqual([41, 41, 1]);
    expect((await run(sharing('fixture/share-a', true), 1, 42)).records.value).toBe(42);
    await run(sharing('fixture/share-a', true), 1, 42, 'standard');
    expect(computed - before).toBe(3);
  });
  it('is a fault when the claim does not declare the key', async () => {
    const o = await run(sharing('fixture/share-undeclared', false), 1, 41);
    expect(o.fault?.message).toMatch(/shares: \['counter'\]/);
  });
});

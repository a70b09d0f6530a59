import { beforeAll, describe, expect, it } from 'vitest';
import { exactly, defineClaim, ClaimDefinitionError } from '../../src/claim/index.js';
import { selectBackend, tf } from '../../src/backend/select.js';
import { runClaim } from '../../src/runner/run-claim.js';
import { defineExperiment } from '../../src/experiments/define-experiment.js';
import { Seeds } from '../../src/random/seeds.js';

const base = { source: { file: 'fixture.md', quote: '加法满足交换律' }, statement: 'A fixture of the claim context.', kind: 'exact' as const, tolerance: exactly('fixture'), correction: () => 'fixture' };
const run = (claim: Parameters<typeof runClaim>[0], budget: 'quick' | 'full' = 'quick', runSeed = 7) =>
  runClaim(claim, { tf, backend: 'cpu', budget, seed: 123, runSeed, softDeadline: Date.now() + 10_000 });

describe('the claim context', () => {
  beforeAll(async () => { await selectBackend('cpu'); });

  it('hands the check the declared scale of the current budget', async () => {
    const claim = defineClaim({
      ...base, id: 'fixture/scaled',
      scale: { quick: { steps: 10, widths: [2, 4] }, standard: { steps: 100, widths: [8] }, full: { steps: 1000, widths: [16] } },
      check: (ctx) => {
        ctx.record('steps', ctx.scaled.steps);
        ctx.record('widths', (ctx.scaled.widths as readonly number[]).join(','));
        ctx.judge.holds({ label: 'ran', holds: true });
      },
    });
    expect((await run(claim)).records).toMatchObject({ steps: 10, widths: '2,4' });
    expect((await run(claim, 'full')).records).toMatchObject({ steps: 1000, widths: '16' });
  });

  it('turns a scale name the claim did not declare into a fault naming the claim', async () => {
    const claim = defineClaim({
      ...base, id: 'fixture/scaled-typo',
      scale: { quick: { steps: 10 }, standard: { steps: 100 }, full: { steps: 1000 } },
      check: (ctx) => { ctx.record('n', (ctx.scaled as Record<string, number>).stpes!); ctx.judge.holds({ label: 'ran', holds: true }); },
    });
    const o = await run(claim);
    expect(o.fault?.message).toMatch(/fixture\/scaled-typo: ctx.scaled.stpes is not declared/);
  });

  it('refuses a scale whose budgets name different values', () => {
    expect(() => defineClaim({
      ...base, id: 'fixture/scaled-uneven',
      scale: { quick: { steps: 10 }, standard: { steps: 100 }, full: { epochs: 3 } },
      check: () => {},
    } as never)).toThrow(ClaimDefinitionError);
  });

  it('derives named seed streams from the claim seed', async () => {
    const claim = defineClaim({
      ...base, id: 'fixture/seeds',
      check: (ctx) => { ctx.record('teacher', ctx.seeds.child('teacher').value); ctx.judge.holds({ label: 'ran', holds: true }); },
    });
    expect((await run(claim)).records.teacher).toBe(new Seeds(123).child('teacher').value);
  });
});

describe('a shared experiment', () => {
  beforeAll(async () => { await selectBackend('cpu'); });
  let runs = 0;
  const experiment = defineExperiment({
    key: 'fixture-experiment',
    seeds: { quick: 3, standard: 5, full: 10 },
    run: (env, p: { width: number }) => { runs++; return { width: p.width, replicates: env.replicates }; },
  });
  const user = (id: string, width: number) => defineClaim({
    ...base, id, shares: [experiment.key],
    check: (ctx) => {
      const r = experiment.of(ctx, { width });
      ctx.record('replicates', r.replicates.join(','));
      ctx.judge.holds({ label: 'ran', holds: true });
    },
  });

  it('runs once per parameter set and run seed, with replicate seeds from the run seed and its key', async () => {
    const a = await run(user('fixture/exp-a', 4));
    const b = await run(user('fixture/exp-b', 4));
    expect(runs).toBe(1);
    expect(a.records.replicates).toBe(b.records.replicates);
    expect(a.records.replicates).toBe(new Seeds(7).child('fixture-experiment').replicates('replicate', 3).join(','));
    await run(user('fixture/exp-c', 8));
    expect(runs).toBe(2);
    await run(user('fixture/exp-d', 4), 'quick', 8);
    expect(runs).toBe(3);
  });

  it('must be declared in the claim\'s shares', async () => {
    const undeclared = defineClaim({ ...base, id: 'fixture/exp-undeclared', check: (ctx) => { experiment.of(ctx, { width: 1 }); } });
    expect((await run(undeclared)).fault?.message).toMatch(/shares: \['fixture-experiment'\]/);
  });

  it('refuses a key that is not kebab-case', () => {
    expect(() => defineExperiment({ key: 'Bad Key', run: () => 0 })).toThrow(/kebab-case/);
  });
});

// One test per judgement rule of issue 17, on the fixture claims in tests/fixtures/judgement-claims.ts:
// each claim runs in this thread (no tensors), and the engine decides.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claim/types.js';
import type { Tf } from '../../src/backend/tf.js';
import { decide } from '../../src/runner/decide.js';
import { runClaim } from '../../src/runner/run-claim.js';
import { FAMILY_ALPHA } from '../../src/runner/judge.js';
import { meanInterval } from '../../src/stats/interval.js';
import * as f from '../fixtures/judgement-claims.js';

// The fixture checks compute in plain JavaScript: the runner needs tfjs only to count tensors.
const tf = { memory: () => ({ numTensors: 0 }) } as unknown as Tf;

async function judge(claim: Claim, seed = 1) {
  const outcome = await runClaim(claim, { tf, backend: 'none', budget: 'quick', seed, softDeadline: Date.now() + 60_000 });
  return { outcome, ...decide(claim, outcome) };
}

describe('scope', () => {
  it('supports an exists claim on one witness among failing cases', async () => {
    const d = await judge(f.existsWitness);
    expect(d.outcome.observations.some((o) => o.outcome === 'outside')).toBe(true);
    expect(d.verdict).toBe('supported');
    expect(d.judgement?.scopeDeclared).toBe(true);
  });
  it('never refutes an exists claim without an exhaustive argument', async () => {
    expect((await judge(f.existsNoWitness)).verdict).toBe('inconclusive');
    expect((await judge(f.existsExhaustive)).verdict).toBe('refuted');
  });
  it('judges a typical claim on the Clopper-Pearson bound of its share', async () => {
    const mostly = await judge(f.typicalMostly);
    expect(mostly.verdict).toBe('supported');
    expect(mostly.judgement!.cases!.n).toBe(200);
    expect(mostly.judgement!.cases!.ci![0]).toBeGreaterThan(0.5);
    expect((await judge(f.typicalRarely)).verdict).toBe('refuted');
  });
  it('decides a typical claim on the bounds, not the share seen, and counts undecided cases for the claim against a refutation', async () => {
    const six = await judge(f.typicalSixOfTen);
    expect(six.judgement!.cases).toMatchObject({ n: 10, held: 6, failed: 4, share: 0.6 });
    expect(six.verdict).toBe('inconclusive');
    expect((await judge(f.typicalFourOfTen)).verdict).toBe('inconclusive');
    const undecided = await judge(f.typicalManyUndecided);
    expect(undecided.judgement!.cases).toMatchObject({ n: 20, held: 3, failed: 7 });
    expect(undecided.verdict).toBe('inconclusive');
  });
  it('drops and counts cases outside the premise instead of judging them', async () => {
    const d = await judge(f.premiseDrops);
    expect(d.verdict).toBe('supported');
    expect(d.judgement!.dropped.premise).toBeGreaterThan(0);
    expect(d.outcome.observations.every((o) => Number(o.where.n) > 0)).toBe(true);
  });
  it('drops a single check\'s judgements outside the premise', async () => {
    const d = await judge(f.premiseSingleCheck);
    expect(d.verdict).toBe('supported');
    expect(d.judgement!.dropped.premise).toBe(1);
  });
  it('drops an undefined comparison (a relative error over a zero reference) and counts it', async () => {
    const d = await judge(f.undefinedComparison);
    expect(d.judgement!.dropped.undefined).toBe(1);
    expect(d.outcome.observations).toHaveLength(2);
  });
  it('judges an asymptotic claim on its trend, never its smallest case', async () => {
    const small = await judge(f.asymptoticSmallCase);
    expect(small.verdict).toBe('supported');
    expect(small.judgement!.heldBack.asymptotic).toBe(1);
    expect((await judge(f.asymptoticWrongRate)).verdict).toBe('refuted');
  });
  it('flags a claim without a declared scope as provisional forall', async () => {
    const d = await judge(f.floatNoise);
    expect(d.judgement).toMatchObject({ scope: 'forall', scopeDeclared: false });
  });
});

describe('gates before a refutation', () => {
  it('holds back a null result without a positive control', async () => {
    const d = await judge(f.nullNoControl);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/without a positive control/);
  });
  it('holds back a null result whose positive control fails', async () => {
    const d = await judge(f.nullControlFails);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/did not detect/);
    expect(d.worst!.gate!.control).toBe(false);
  });
  it('holds back a null result whose control was planted far beyond the band\'s edge', async () => {
    const d = await judge(f.controlFarBeyond);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/far beyond/);
  });
  it('accepts a null result whose positive control detects its planted effect', async () => {
    const d = await judge(f.nullControlDetected);
    expect(d.verdict).toBe('supported');
    expect(d.worst!.gate!.control).toBe(true);
  });
  it('finds a 2-seed difference inconclusive, the same difference on 3 seeds a refutation', async () => {
    const two = await judge(f.twoSeeds);
    expect(two.verdict).toBe('inconclusive');
    expect(two.summary).toMatch(/2 replicate\(s\): a refutation needs at least 3/);
    expect((await judge(f.threeSeeds)).verdict).toBe('refuted');
  });
  it('never decides on a zero-width interval from discrete data', async () => {
    const d = await judge(f.zeroWidth);
    expect(d.worst!.ci![0]).toBe(d.worst!.ci![1]);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/zero-width/);
  });
  it('finds a tie at the evaluation step inconclusive', async () => {
    const d = await judge(f.tieAtEvalStep);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/a tie/);
  });
  it('finds an unconverged run inconclusive and says the curve was still improving', async () => {
    const d = await judge(f.unconverged);
    expect(d.verdict).toBe('inconclusive');
    expect(d.summary).toMatch(/still improving/);
    expect((await judge(f.converged)).verdict).toBe('refuted');
  });
  it('lets no ungated judgement refute an experiment claim, while the same judgements refute an exact one', async () => {
    const d = await judge(f.ungatedExperiment);
    expect(d.verdict).toBe('inconclusive');
    expect(d.judgement!.heldBack.ungated).toBe(3);
    expect(d.summary).toMatch(/ungated/);
    expect((await judge(f.ungatedExact)).verdict).toBe('refuted');
  });
  it('decides an ordering over seeds by a sign test, not by the share of wins seen', async () => {
    const four = await judge(f.orderingFourOfFive);
    expect(four.worst!.measured).toBe(0.8);
    expect(four.verdict).toBe('inconclusive');
    expect((await judge(f.orderingEightOfEight)).verdict).toBe('supported');
  });
  it('gives 5 of 5 successes a Clopper-Pearson interval, not CI [1, 1]', async () => {
    const d = await judge(f.fiveOfFive);
    const [lo, hi] = d.worst!.ci!;
    expect(hi).toBe(1);
    expect(lo).toBeCloseTo(0.4782, 3);
    expect(d.verdict).toBe('inconclusive');
  });
  it('refutes a float-level deviation only when a float64 route reproduces it', async () => {
    const noise = await judge(f.floatNoise);
    expect(noise.verdict).toBe('inconclusive');
    expect(noise.judgement!.heldBack.floatLevel).toBe(1);
    expect((await judge(f.floatReproduced)).verdict).toBe('refuted');
    const agrees = await judge(f.floatRouteAgrees);
    expect(agrees.worst!.float).toEqual({ float64: 1 });
    expect(agrees.verdict).toBe('inconclusive');
  });
});

describe('qualifiers', () => {
  it('fails a qualifier run whose judgements are undecided', async () => {
    const d = await judge(f.undecidedQualifier);
    expect(d.outcome.qualifiers[0]!.failed).toBe(true);
    expect(d.verdict).toBe('refuted');
  });
  it('refutes, not qualifies, a property whose counterexample lies inside the qualifier\'s domain', async () => {
    const d = await judge(f.qualifiedProperty);
    expect(d.counterexample).toEqual({ width: 51 });
    expect(d.outcome.qualifiers.map((q) => q.condition)).toEqual(['width <= 80', 'width <= 40']);
    expect(d.qualifiedBy).toBe('width <= 40');
    expect(d.verdict).toBe('qualified');
  });
  it('makes qualifier runs share the claim\'s error rate (Bonferroni over the main run and each qualifier run)', async () => {
    const d = await judge(f.sharedErrorRate);
    const expected = meanInterval([1, 2, 3], 1 - FAMILY_ALPHA / (4 * 3));
    expect(d.outcome.observations[0]!.ci).toEqual([expected.lo, expected.hi]);
  });
});

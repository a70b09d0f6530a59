// tfjs treats seed 0 as "no seed" and draws from Math.random; the runner seeds Math.random per case.
import { describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { restoreMathRandom, seedMathRandom } from '../../src/runner/seeded-math-random.js';
import { loadRegistry } from '../../src/runner/registry.js';
import { runClaim } from '../../src/runner/run-claim.js';
import { FIXTURE_REGISTRY } from './fixture-run.js';

await selectBackend('wasm');
const draw = () => tf.tidy(() => Array.from(tf.randomNormal([6], 0, 1, 'float32', 0).dataSync()));

describe('Math.random seeded by the claim and the case', () => {
  it('makes a seed-0 draw a fixed function of the claim seed and the case', () => {
    // Unseeded, tfjs's seed 0 gives new numbers every time.
    expect(draw()).not.toEqual(draw());
    seedMathRandom(5, { width: 2, seed: 0 });
    const first = draw();
    seedMathRandom(5, { width: 2, seed: 0 });
    expect(draw()).toEqual(first);
    seedMathRandom(5, { width: 3, seed: 0 });
    expect(draw()).not.toEqual(first);
    seedMathRandom(6, { width: 2, seed: 0 });
    expect(draw()).not.toEqual(first);
    restoreMathRandom();
  });

  it('seeds it while a claim runs, and gives the platform its Math.random back after', async () => {
    const original = Math.random;
    const claims = await loadRegistry(FIXTURE_REGISTRY);
    for (const id of ['fixture/true-property', 'fixture/normal-mean', 'fixture/throws']) {
      let during: () => number = original;
      const claim = claims.find((c) => c.id === id)!;
      const check = (claim as { check: (...a: unknown[]) => unknown }).check;
      const spied = { ...claim, check: (...a: unknown[]) => { during = Math.random; return check(...a); } } as typeof claim;
      await runClaim(spied, { tf, backend: 'wasm', budget: 'quick', seed: 3, softDeadline: Date.now() + 60_000 });
      expect(during, id).not.toBe(original);
      expect(Math.random, id).toBe(original);
    }
  });
});

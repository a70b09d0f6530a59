import { describe, expect, it } from 'vitest';
import { asFunction, randomContinuousTarget, randomSmoothTarget, randomSquashing, reluInterpolant, squashingStaircase } from '../../src/nets/regions/universal-approx.js';
import { supDistance } from '../../src/nets/regions/pwl-nets.js';
import { uniformStream } from '../../src/nets/base/rng.js';

describe('universal approximation constructions', () => {
  it('the ReLU interpolant error falls as width grows', () => {
    const f = randomContinuousTarget(3);
    const errs = [8, 64, 512].map((m) => supDistance(f, asFunction(reluInterpolant(f, m)), 0, 1, 4000));
    expect(errs[1]!).toBeLessThan(errs[0]!);
    expect(errs[2]!).toBeLessThan(errs[1]!);
  });

  it('the squashing staircase approaches f for a random squashing function', () => {
    const f = randomSmoothTarget(5);
    const s = randomSquashing(7);
    expect(s(-1e9)).toBeCloseTo(0, 9);
    expect(s(1e9)).toBeCloseTo(1, 9);
    const e1 = supDistance(f, squashingStaircase(f, 16, s, 16 * 200), 0, 1, 4000);
    const e2 = supDistance(f, squashingStaircase(f, 256, s, 256 * 200), 0, 1, 4000);
    expect(e2).toBeLessThan(e1);
    expect(e2).toBeLessThan(0.05);
  });

  it('random streams are reproducible and uniform', () => {
    expect(uniformStream(9)()).toBe(uniformStream(9)());
    const u = uniformStream(1);
    const xs = Array.from({ length: 10000 }, u);
    expect(Math.abs(xs.reduce((a, b) => a + b, 0) / xs.length - 0.5)).toBeLessThan(0.02);
  });
});

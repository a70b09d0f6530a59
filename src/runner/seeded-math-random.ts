// tfjs draws from Math.random when an op's seed is missing (randomNormal's MPRandGauss takes
// `seed ? seed : Math.random()`, so 0 counts as missing; randomUniform only undefined or null;
// src/random/tf-random.ts keeps both rules), so a case with seed 0 (where fast-check shrinks every seed) got
// unseeded weights: its measurement changed from run to run, and its replay did not reproduce it.
// Seeding Math.random from the claim's seed and the case makes that draw, and any other unseeded
// one, a fixed function of what the report prints.
import { uniformStream } from '../nets/base/rng.js';
import { deriveSeed } from '../random/seeds.js';

const unseeded = Math.random;

/** Makes Math.random a stream seeded by the claim's seed and the case (its JSON), until `restoreMathRandom`. */
export function seedMathRandom(seed: number, currentCase: unknown): void {
  Math.random = uniformStream(deriveSeed(seed, JSON.stringify(currentCase ?? null)));
}

/** Puts the platform's Math.random back. */
export function restoreMathRandom(): void {
  Math.random = unseeded;
}

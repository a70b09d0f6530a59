// Controls for random-data experiments on MNIST-1D: labels shuffled away from their inputs, and
// Gaussian inputs at the real data's mean and variance.
import { normalStream, shuffleInPlace, uniformStream } from '../nets/base/rng.js';

function checkSeed(seed: number): void {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
}

/** A seeded uniform random permutation of `labels` (Fisher-Yates): same class counts, no link to the inputs. */
export function randomLabels(labels: ArrayLike<number>, seed: number): Int32Array {
  checkSeed(seed);
  return shuffleInPlace(Int32Array.from(labels), uniformStream(seed));
}

/** n x length i.i.d. N(0, 1) inputs, row-major: the mean and variance of standardised MNIST-1D. */
export function gaussianInputs(n: number, length: number, seed: number): Float32Array {
  checkSeed(seed);
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(length) || length < 1) throw new Error(`need integers n >= 0 and length >= 1, got ${n}, ${length}`);
  const g = normalStream(seed);
  return Float32Array.from({ length: n * length }, () => g());
}

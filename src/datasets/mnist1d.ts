// Seeded MNIST-1D (Greydanus 2020; Greydanus & Kobak, ICML 2024) in plain JS: ten 12-point digit
// templates (the published table, normalised as published), each example padded, stretched,
// scaled, shifted, noised and sheared on a 72-point working signal, then resampled to 40 points
// (steps and defaults in mnist1d-example.ts and mnist1d-params.ts; all of it in mnist1d.md).
// Choices where the description leaves room, or where we depart from the reference generator:
// - Resampling is linear with end points aligned; the correlated noise is white noise smoothed by
//   a Gaussian of std 2 points cut at radius 8 with mirrored edges, and it fills exactly the
//   points outside the stretched digit (the reference finds them by a "!= 0 after + 1e-8" test).
// - Splits are generated apart: train from subSeed(seed, 0), test from subSeed(seed, 1), so the
//   test set does not depend on nTrain, nor the train set on nTest (the reference draws 5000
//   examples and cuts them 4000 / 1000).
// - Labels are cycled (i mod 10) and then shuffled, per split: every class has floor(n/10) or
//   ceil(n/10) examples (the reference cycles over all 5000, so only its total is exact).
// - Standardisation: one scalar mean and std for all values, as in the reference, but taken from a
//   fixed reference sample (REFERENCE_SIZE examples, seed REFERENCE_SEED, same params), so that a
//   split does not depend on the other; generated data has mean ~0 and std ~1, not exactly.
// - Random numbers: mulberry32 uniforms and Box-Muller normals (src/nets/base/rng.ts), float64
//   arithmetic, float32 output.
import { subSeed } from '../random/seeds.js';
import { normalStream, uniformStream } from '../nets/base/rng.js';
import { rawExample } from './mnist1d-example.js';
import { mnist1dParams, type Mnist1dParams } from './mnist1d-params.js';
import { randomLabels } from './mnist1d-random.js';
import { TEMPLATES } from './mnist1d-templates.js';

export interface Mnist1dOptions {
  seed: number;
  /** Training examples (default 4000). */
  nTrain?: number;
  /** Test examples (default 1000). */
  nTest?: number;
  /** Generator knobs; the published defaults where absent. */
  params?: Partial<Mnist1dParams>;
}

export interface Mnist1dData {
  /** nTrain x length, row-major. */
  xTrain: Float32Array;
  /** Digits 0-9. */
  yTrain: Int32Array;
  xTest: Float32Array;
  yTest: Int32Array;
  length: number;
  classes: number;
}

const CLASSES = TEMPLATES.length;
const REFERENCE_SIZE = 10_000;
const REFERENCE_SEED = 0x1d;
const moments = new Map<string, { mean: number; std: number }>();

/** Raw examples of one split: labels cycled then shuffled, inputs not yet standardised. */
function rawSplit(n: number, p: Mnist1dParams, seed: number): { x: Float64Array; y: Int32Array } {
  const y = randomLabels(Int32Array.from({ length: n }, (_, i) => i % CLASSES), subSeed(seed, 0));
  const u = uniformStream(subSeed(seed, 1));
  const g = normalStream(subSeed(seed, 2));
  const x = new Float64Array(n * p.length);
  for (let i = 0; i < n; i++) x.set(rawExample(TEMPLATES[y[i]!]!, p, u, g), i * p.length);
  return { x, y };
}

/** Mean and population std of all values of the reference sample for `p` (memoised). */
function referenceMoments(p: Mnist1dParams): { mean: number; std: number } {
  const key = JSON.stringify(p);
  let m = moments.get(key);
  if (!m) {
    const { x } = rawSplit(REFERENCE_SIZE, p, REFERENCE_SEED);
    let sum = 0;
    for (let i = 0; i < x.length; i++) sum += x[i]!;
    const mean = sum / x.length;
    let ss = 0;
    for (let i = 0; i < x.length; i++) ss += (x[i]! - mean) ** 2;
    const std = Math.sqrt(ss / x.length);
    m = { mean, std };
    moments.set(key, m);
  }
  return m;
}

/** A seeded MNIST-1D train/test split as plain typed arrays (deterministic per seed and params). */
export function mnist1d(opts: Mnist1dOptions): Mnist1dData {
  const { seed, nTrain = 4000, nTest = 1000 } = opts;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  for (const [k, v] of [['nTrain', nTrain], ['nTest', nTest]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${k} must be an integer >= 0, got ${v}`);
  }
  const p = mnist1dParams(opts.params);
  const { mean, std } = referenceMoments(p);
  const split = (n: number, s: number) => {
    const { x, y } = rawSplit(n, p, subSeed(seed, s));
    const xs = new Float32Array(x.length);
    for (let i = 0; i < x.length; i++) xs[i] = (x[i]! - mean) / std;
    return { x: xs, y };
  };
  const train = split(nTrain, 0);
  const test = split(nTest, 1);
  return { xTrain: train.x, yTrain: train.y, xTest: test.x, yTest: test.y, length: p.length, classes: CLASSES };
}

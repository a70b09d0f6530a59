// tfjs 4.22's randomNormal and randomUniform, reproduced value for value at about half the cost.
//
// tfjs draws element by element through seedrandom's alea (state in object properties, one closure
// call a draw) and MPRandGauss (a method call and an isNaN test a sample) into a TensorBuffer: about
// 34 ns a normal sample, all of it JavaScript, 17% + 5% of a statistical claim's CPU. Here the alea
// state lives in locals and the polar method's pairs go straight into a typed array, which becomes
// a tensor once. The arithmetic is theirs, operation for operation (tfjs-core/src/ops/rand_util.ts,
// random_normal.ts, random_uniform.ts; seedrandom/lib/alea.js): the Mash seeding of the seed's
// string, the draw order, the rejection test, the expression order of mean + stdDev * v * mul, the
// rounding of int32 normals, the float32 or int32 store. tests/random/tf-random.test.ts compares
// both functions with tfjs bit for bit; anything outside the cases covered here (another dtype, an
// invalid shape, a seed that is neither number nor string) is handed to tfjs itself.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';

type RandomNormal = Tf['randomNormal'];
type RandomUniform = Tf['randomUniform'];

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** alea's state after Baagoe's seeding from `seed` (seedrandom 3.0.5's Alea constructor): [s0, s1, s2, c]. */
function aleaSeeded(seed: string): Float64Array {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * TWO_POW_MINUS_32;
  };
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  return Float64Array.of(s0, s1, s2, 1);
}

const validShape = (shape: unknown): shape is number[] =>
  Array.isArray(shape) && shape.every((d) => Number.isInteger(d) && d >= 0);

const sizeOf = (shape: readonly number[]): number => shape.reduce((a, d) => a * d, 1);

// alea is a lag-3 multiply-with-carry generator written in doubles: every state word is a multiple
// of 2^-32 in [0, 1) and the carry an integer below A, so t = A s0 + c 2^-32 is exact (below 2^53
// units of 2^-32), the carry is floor(t) and the next word t - floor(t). seedrandom computes the
// carry as t | 0 and feeds it straight into the next step, a chain of conversions the CPU cannot
// overlap (~6 ns a draw). Here the carry is taken as floor(A s0), which does not wait for the
// previous carry, plus 1 in the rare case (p < 5e-4) that frac(A s0) + c 2^-32 reaches 1: the same
// exact integers, so the same doubles bit for bit, in about half the time.
const A = 2091639;

/** The next `count` draws of alea from `state` ([s0, s1, s2, c], advanced) into `out`. */
function aleaDraws(state: Float64Array, out: Float64Array, count: number): void {
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let c = state[3]!;
  for (let k = 0; k < count; k++) {
    const f = A * s0;
    let carry = Math.floor(f);
    let u = f - carry + c * TWO_POW_MINUS_32;
    if (u >= 1) {
      u -= 1;
      carry += 1;
    }
    s0 = s1;
    s1 = s2;
    s2 = u;
    c = carry;
    out[k] = u;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = c;
}

// Draws are made in chunks into one scratch array (the samplers run synchronously, one at a time):
// the generator's loop then carries no branch on the data, and the consumer none on the generator.
// Draws past the tensor's last element are discarded with the generator, as tfjs discards its.
const CHUNK = 1024;
const draws = new Float64Array(CHUNK);

/**
 * Fills `out` as MPRandGauss (untruncated) fills randomNormal's buffer: pairs by the polar method,
 * the second of a pair kept for the next element unless it is NaN (MPRandGauss caches through an
 * isNaN test), the last pair's second value dropped when the length is odd.
 */
function fillNormal(out: Float32Array | Int32Array, mean: number, stdDev: number, round: boolean, seed: string): void {
  const state = aleaSeeded(seed);
  const n = out.length;
  // Pairs: an even count, about what n values need (4/pi draws a value) so small tensors draw little.
  const chunk = Math.min(CHUNK, 2 * Math.ceil(0.65 * n + 4));
  let p = chunk;
  let i = 0;
  while (i < n) {
    if (p === chunk) {
      aleaDraws(state, draws, chunk);
      p = 0;
    }
    const v1 = 2 * draws[p]! - 1;
    const v2 = 2 * draws[p + 1]! - 1;
    p += 2;
    const s = v1 * v1 + v2 * v2;
    if (s >= 1 || s === 0) continue;
    const mul = Math.sqrt(-2.0 * Math.log(s) / s);
    let x = mean + stdDev * v1 * mul;
    let y = mean + stdDev * v2 * mul;
    if (round) {
      x = Math.round(x);
      y = Math.round(y);
    }
    out[i++] = x;
    if (i < n && !isNaN(y)) out[i++] = y;
  }
}

/** `tf.randomNormal`, value for value (the same seed gives the same tensor), without tfjs's per-element calls. */
export function fastRandomNormal(tf: Tf): RandomNormal {
  const original = tf.randomNormal;
  return ((shape: number[], mean = 0, stdDev = 1, dtype?: 'float32' | 'int32', seed?: number): Tensor => {
    if (!validShape(shape) || (dtype !== undefined && dtype !== 'float32' && dtype !== 'int32') || (seed != null && typeof seed !== 'number')) {
      return original(shape, mean, stdDev, dtype, seed);
    }
    // MPRandGauss: `seed ? seed : Math.random()`, so 0 and NaN draw their seed from Math.random (which the runner seeds).
    const seedValue = seed ? seed : Math.random();
    const values = dtype === 'int32' ? new Int32Array(sizeOf(shape)) : new Float32Array(sizeOf(shape));
    fillNormal(values, mean, stdDev, dtype === 'int32', seedValue.toString());
    return tf.tensor(values, shape, dtype ?? 'float32');
  }) as RandomNormal;
}

/** `tf.randomUniform`, value for value: min + range * alea(), stored as the dtype stores it (int32 truncates). */
export function fastRandomUniform(tf: Tf): RandomUniform {
  const original = tf.randomUniform;
  return ((shape: number[], minval = 0, maxval = 1, dtype: 'float32' | 'int32' = 'float32', seed?: number | string): Tensor => {
    if (!validShape(shape) || (dtype !== 'float32' && dtype !== 'int32') || (seed != null && typeof seed !== 'number' && typeof seed !== 'string')) {
      return original(shape, minval, maxval, dtype, seed);
    }
    const values = dtype === 'int32' ? new Int32Array(sizeOf(shape)) : new Float32Array(sizeOf(shape));
    // UniformRandom: `seed == null` draws from Math.random (a seed of 0 is the string '0', unlike the normal's).
    const state = aleaSeeded((seed ?? Math.random()).toString());
    const range = maxval - minval;
    for (let i = 0; i < values.length; i += CHUNK) {
      const count = Math.min(CHUNK, values.length - i);
      aleaDraws(state, draws, count);
      for (let k = 0; k < count; k++) values[i + k] = minval + range * draws[k]!;
    }
    return tf.tensor(values, shape, dtype);
  }) as RandomUniform;
}

// Every seed the suite derives, in one place: from the run seed to a claim, from a claim to its
// named streams, from the run seed to an experiment several claims share.

/** A 31-bit seed derived from the run seed and a name (claim id, qualifier): never from scheduling. */
export function deriveSeed(runSeed: number, name: string): number {
  // FNV-1a over the name, mixed with the run seed; stable across platforms and Node versions.
  let h = 0x811c9dc5 ^ (runSeed >>> 0);
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & 0x7fffffff;
}

/** An independent 31-bit seed for stream `index` of `seed` (integer hash, no collisions between neighbours). */
export function subSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h & 0x7fffffff;
}

/**
 * A claim's (or a shared experiment's) seeds, derived by name: `seeds.child('teacher')` is the
 * teacher's stream, `seeds.child('net', L)` the net of depth L. Names make a draw's purpose legible
 * and keep two draws from sharing a stream by accident of two magic numbers.
 */
export class Seeds {
  /** The 31-bit seed of this stream; never 0, which tfjs reads as "no seed" (it would draw from Math.random). */
  readonly value: number;

  constructor(seed: number) {
    this.value = seed === 0 ? 1 : seed;
  }

  /** The independent stream called `name`, or, for a family of streams, its member at `indices`. */
  child(name: string, ...indices: readonly number[]): Seeds {
    if (!name) throw new Error('a seed stream needs a name');
    let s = deriveSeed(this.value, name);
    for (const i of indices) {
      if (!Number.isInteger(i)) throw new Error(`seed stream ${name}: index ${i} is not an integer`);
      s = subSeed(s, i);
    }
    return new Seeds(s);
  }

  /** The seeds of `count` independent replicates of the stream `name`. */
  replicates(name: string, count: number): number[] {
    return Array.from({ length: count }, (_, i) => this.child(name, i).value);
  }
}

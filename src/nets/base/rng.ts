// Seeded pseudo-random numbers in plain JS, for constructions that need no tensors.

/** Uniform [0, 1) stream from a 32-bit seed (mulberry32). */
export function uniformStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal stream from a 32-bit seed (Box-Muller on uniformStream). */
export function normalStream(seed: number): () => number {
  const u = uniformStream(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let r = u();
    while (r <= 1e-300) r = u();
    const m = Math.sqrt(-2 * Math.log(r));
    const v = 2 * Math.PI * u();
    spare = m * Math.sin(v);
    return m * Math.cos(v);
  };
}

/** Shuffles `a` in place (Fisher-Yates, from the last element down, one uniform from `u` per swap) and returns it. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(a: T, u: () => number): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A uniformly random permutation of 0..n-1 drawn from `u`. */
export function permutation(n: number, u: () => number): number[] {
  return shuffleInPlace(Array.from({ length: n }, (_, i) => i), u);
}

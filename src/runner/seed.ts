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

// Computations several claims judge (one training grid, one set of runs), kept for the life of the
// worker process. The key includes the budget and the run seed, so another --seed or budget never
// sees a stale value; the runner sends every claim that declares a key to the same worker.
const memo = new Map<string, unknown>();

/** Returns the value memoised under key/budget/runSeed, computing it on first use; the claim must declare the key. */
export function sharedValue<T>(declared: readonly string[] | undefined, key: string, scope: { budget: string; runSeed: number }, compute: () => T): T {
  if (!declared?.includes(key)) throw new Error(`ctx.shared('${key}') used without declaring it: add shares: ['${key}'] to the claim`);
  const k = `${key}/${scope.budget}/${scope.runSeed}`;
  if (!memo.has(k)) memo.set(k, compute());
  return memo.get(k) as T;
}

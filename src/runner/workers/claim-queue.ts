// Hands claims to workers in registry order, except that claims sharing a computation (`shares`)
// all go to the worker that took the first of them: the shared value lives in that worker's
// process, so any other worker would compute it again.

/** A queue of claims that workers draw from, with affinity for shared computations. */
export class ClaimQueue {
  private readonly taken: boolean[];
  private readonly owner = new Map<string, number>();
  private cursor = 0;

  constructor(private readonly shares: readonly (readonly string[] | undefined)[]) {
    this.taken = shares.map(() => false);
  }

  /** The index of the next claim worker `w` may run, or null when none is left for it. */
  next(w: number): number | null {
    for (let i = this.cursor; i < this.shares.length; i++) {
      if (this.taken[i]) continue;
      const keys = this.shares[i] ?? [];
      const owners = keys.map((k) => this.owner.get(k)).filter((o): o is number => o !== undefined);
      if (owners.length > 0 && !owners.includes(w)) continue;
      this.taken[i] = true;
      for (const k of keys) if (!this.owner.has(k)) this.owner.set(k, w);
      while (this.cursor < this.taken.length && this.taken[this.cursor]) this.cursor++;
      return i;
    }
    return null;
  }
}

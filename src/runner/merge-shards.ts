// Joins the results of the shards of one run into the results of the whole run.
import type { Claim } from '../claim/types.js';
import type { Results } from '../results/schema.js';

/** Thrown when the shards do not make up one run. */
export class MergeError extends Error {
  override name = 'MergeError';
}

/** Merges shard results (any order) into one run, claims in registry order. */
export function mergeShards(shards: readonly Results[], registry: readonly Claim[]): Results {
  if (shards.length === 0) throw new MergeError('nothing to merge');
  const first = shards[0]!.run;
  const count = first.shard?.count;
  if (!count) throw new MergeError('the first results are not from a sharded run (no run.shard)');
  const key = (r: Results['run']) => JSON.stringify([r.seed, r.budget, r.filters]);
  const seen = new Set<number>();
  for (const s of shards) {
    const sh = s.run.shard;
    if (!sh || sh.count !== count) throw new MergeError(`all shards must be of one ${count}-way split; found ${sh ? `${sh.index}/${sh.count}` : 'an unsharded run'}`);
    if (key(s.run) !== key(first)) throw new MergeError(`shard ${sh.index}/${count} has a different seed, budget or filters`);
    if (seen.has(sh.index)) throw new MergeError(`shard ${sh.index}/${count} given twice`);
    seen.add(sh.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new MergeError(`missing shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')}`);
  const order = new Map(registry.map((c, i) => [c.id, i]));
  const claims = shards.flatMap((s) => s.claims).sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  const backends = [...new Set(shards.map((s) => s.run.backend))];
  const { shard: _shard, ...run } = first;
  return {
    run: {
      ...run,
      backend: backends.length === 1 ? backends[0]! : backends.join('+'),
      startedAt: shards.map((s) => s.run.startedAt).sort()[0]!,
      // Shards run side by side: the run took as long as its slowest shard.
      durationMs: Math.max(...shards.map((s) => s.run.durationMs)),
    },
    claims,
    // Findings are recomputed over the whole run when it is published.
    findings: [],
    notes: [],
  };
}

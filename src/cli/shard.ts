import { InvalidArgumentError } from 'commander';

/** One slice of a run: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `k/N` as given to --shard. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected k/N with 1 <= k <= N, e.g. 2/4');
  return { index, count };
}

/** The claims of shard k of N: every N-th claim from the k-th, so slow chapters spread over all shards. */
export function shardOf<T>(claims: readonly T[], shard?: Shard): T[] {
  return shard ? claims.filter((_, i) => i % shard.count === shard.index - 1) : [...claims];
}

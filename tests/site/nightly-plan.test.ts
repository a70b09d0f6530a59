// The nightly job as data: its arguments, and the claimcheck commands they expand to.
import { describe, expect, it } from 'vitest';
import { nightlyPlan, parseNightlyArgs, NightlyUsageError } from '../../src/site/nightly-plan.js';

describe('parseNightlyArgs', () => {
  it('defaults to the full budget in 4 shards, seed 1, into reports/nightly', () => {
    expect(parseNightlyArgs([])).toMatchObject({ budget: 'full', shards: 4, seed: 1, out: 'reports/nightly', steps: ['parity', 'shard', 'merge', 'site'], runs: 20, parityBackends: 'tensorflow,wasm' });
  });

  it('reads steps in any order and form, and keeps them in job order', () => {
    expect(parseNightlyArgs(['--step', 'site', '--step', 'merge'])!.steps).toEqual(['merge', 'site']);
    expect(parseNightlyArgs(['--step', 'site,shard'])!.steps).toEqual(['shard', 'site']);
    expect(parseNightlyArgs(['--step', 'shard', '--step', 'parity'])!.steps).toEqual(['parity', 'shard']);
  });

  it('rejects what makes no sense', () => {
    for (const args of [['--budget', 'huge'], ['--shards', '0'], ['--shard', '5', '--shards', '4'], ['--step', 'deploy'], ['--shard', '1', '--step', 'site'], ['--nope'], ['extra']]) {
      expect(() => parseNightlyArgs(args), args.join(' ')).toThrow(NightlyUsageError);
    }
    expect(parseNightlyArgs(['--help'])).toBeNull();
  });
});

describe('nightlyPlan', () => {
  it('compares the backends at the quick budget, runs every shard, merges them, then builds the site from the merged results, the history and the parity report', () => {
    const plan = nightlyPlan(parseNightlyArgs(['--budget', 'standard', '--shards', '2', '--seed', '5', '--out', 'o'])!);
    expect(plan.map((s) => s.argv.join(' '))).toEqual([
      'parity --backends tensorflow,wasm --budget quick --seed 5 --out o/parity',
      'run --fresh --budget standard --seed 5 --shard 1/2 --out o/shard-1',
      'run --fresh --budget standard --seed 5 --shard 2/2 --out o/shard-2',
      'merge o/shard-1 o/shard-2 --out o/latest',
      'site --from o/latest/results.json --history o/history.jsonl --parity o/parity/parity.json --runs 20 --out o/site',
    ]);
    // A backend difference (3) is reported on the site, not a failure of the job.
    expect(plan.map((s) => s.ok)).toEqual([[0, 3], [0, 1], [0, 1], [0, 1], [0]]);
    expect(nightlyPlan(parseNightlyArgs(['--step', 'parity', '--parity-backends', 'wasm,cpu', '--out', 'o'])!)[0]!.argv.slice(0, 3)).toEqual(['parity', '--backends', 'wasm,cpu']);
  });

  it('passes filters to the runs and the registry and sources to every step that reads them', () => {
    const plan = nightlyPlan(parseNightlyArgs(['--shards', '1', '--out', 'o', '--claim', 'a/*', '--workers', '1', '--backend', 'wasm', '--registry', 'r.ts', '--sources', 's'])!);
    // The parity step names its own backends, so --backend is for the shards only.
    expect(plan[0]!.argv.slice(-8)).toEqual(['--claim', 'a/*', '--workers', '1', '--registry', 'r.ts', '--sources', 's']);
    expect(plan[1]!.argv.slice(-10)).toEqual(['--claim', 'a/*', '--workers', '1', '--backend', 'wasm', '--registry', 'r.ts', '--sources', 's']);
    expect(plan[2]!.argv.slice(-4)).toEqual(['--registry', 'r.ts', '--sources', 's']);
    expect(plan[3]!.argv.slice(-2)).toEqual(['--sources', 's']);
  });

  it('runs one shard when asked, as a matrix job does', () => {
    const plan = nightlyPlan(parseNightlyArgs(['--step', 'shard', '--shard', '3', '--out', 'o'])!);
    expect(plan.map((s) => s.argv.join(' '))).toEqual(['run --fresh --budget full --seed 1 --shard 3/4 --out o/shard-3']);
  });
});

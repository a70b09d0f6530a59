// The nightly job as data: the claimcheck commands it runs, in order. `npm run nightly` runs them
// one after another on this machine; the workflow runs the same steps across jobs (shards in a
// matrix and the backend parity run beside them, then merge and site), and a test holds the two to
// the same commands.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, KINDS, type Budget } from '../claim/types.js';

// Parity first: it is quick, and on a machine without tfjs-node it stops the job before the shards.
export const STEPS = ['parity', 'shard', 'merge', 'site'] as const;

/** The parity step's budget, whatever the shards': a backend difference shows at any budget, and quick keeps the job beside the shards short. */
export const PARITY_BUDGET: Budget = 'quick';
export type Step = (typeof STEPS)[number];

export interface NightlyOptions {
  budget: Budget;
  shards: number;
  seed: number;
  /** The working folder: parity/, shard-k/, latest/, history.jsonl and site/. */
  out: string;
  /** The steps to run (default all, in order). */
  steps: Step[];
  /** In the shard step, only this shard (default every one, one after another). */
  shard?: number;
  /** The parity step's backends, the reference first (default tensorflow,wasm: the nightly's backend against everyone else's). */
  parityBackends: string;
  /** Runs of history the site reads for verdict history and stability. */
  runs: number;
  workers?: number;
  backend?: string;
  chapter: string[];
  claim: string[];
  kind: string[];
  registry?: string;
  sources?: string;
}

export interface NightlyStep {
  step: Step;
  /** Arguments to the claimcheck CLI. */
  argv: string[];
  /** Exit codes that let the job go on: a run with faults (1) is still published. */
  ok: number[];
  /** A folder the step owns and empties first, so nothing stale is published. */
  fresh: string;
}

/** Thrown for nightly arguments that make no sense. */
export class NightlyUsageError extends Error {
  override name = 'NightlyUsageError';
}

/** Where each step writes, inside the working folder. */
export const nightlyPaths = (out: string) => ({
  parity: join(out, 'parity'),
  shard: (k: number) => join(out, `shard-${k}`),
  latest: join(out, 'latest'),
  history: join(out, 'history.jsonl'),
  site: join(out, 'site'),
});

function passThrough(o: NightlyOptions, forRun: boolean, backend = forRun): string[] {
  const args: string[] = [];
  if (forRun) {
    for (const k of ['chapter', 'claim', 'kind'] as const) if (o[k].length) args.push(`--${k}`, ...o[k]);
    if (o.workers !== undefined) args.push('--workers', String(o.workers));
    if (backend && o.backend) args.push('--backend', o.backend);
  }
  if (o.registry) args.push('--registry', o.registry);
  if (o.sources) args.push('--sources', o.sources);
  return args;
}

/** The claimcheck commands of a nightly run with these options, in order. */
export function nightlyPlan(o: NightlyOptions): NightlyStep[] {
  const p = nightlyPaths(o.out);
  const all = Array.from({ length: o.shards }, (_, i) => i + 1);
  const plan: NightlyStep[] = [];
  if (o.steps.includes('parity')) {
    // A difference between backends (exit 3) is what the step reports, not a failure of the job.
    plan.push({ step: 'parity', argv: ['parity', '--backends', o.parityBackends, '--budget', PARITY_BUDGET, '--seed', String(o.seed), '--out', p.parity, ...passThrough(o, true, false)], ok: [0, 3], fresh: p.parity });
  }
  if (o.steps.includes('shard')) {
    for (const k of o.shard ? [o.shard] : all) {
      plan.push({ step: 'shard', argv: ['run', '--fresh', '--budget', o.budget, '--seed', String(o.seed), '--shard', `${k}/${o.shards}`, '--out', p.shard(k), ...passThrough(o, true)], ok: [0, 1], fresh: p.shard(k) });
    }
  }
  if (o.steps.includes('merge')) {
    plan.push({ step: 'merge', argv: ['merge', ...all.map(p.shard), '--out', p.latest, ...passThrough(o, false)], ok: [0, 1], fresh: p.latest });
  }
  if (o.steps.includes('site')) {
    const sources = o.sources ? ['--sources', o.sources] : [];
    plan.push({ step: 'site', argv: ['site', '--from', join(p.latest, 'results.json'), '--history', p.history, '--parity', join(p.parity, 'parity.json'), '--runs', String(o.runs), '--out', p.site, ...sources], ok: [0], fresh: p.site });
  }
  return plan;
}

const whole = (name: string, v: string | undefined, min: number, max: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new NightlyUsageError(`--${name} must be a whole number from ${min} to ${max}, got '${v}'`);
  return n;
};

export const NIGHTLY_HELP = `npm run nightly -- [options]

Runs the nightly job here: the backend parity run at the quick budget (claimcheck parity), every
shard of the claims one after another (claimcheck run --shard k/N), merges them (claimcheck merge),
then builds the site with the parity table (claimcheck site).

  --budget quick|standard|full   default full
  --shards N                     default 4
  --seed S                       default 1 (the workflow passes the run number)
  --out DIR                      default reports/nightly: parity/, shard-k/, latest/, history.jsonl, site/
  --step parity|shard|merge|site only these steps (repeatable; default all)
  --parity-backends A,B          the parity step's backends, reference first (default tensorflow,wasm;
                                 where tfjs-node cannot be installed, wasm,cpu)
  --shard K                      with the shard step, only shard K
  --runs K                       runs of history for stability and verdict plots (default 20)
  --chapter/--claim/--kind ...   filters, as for claimcheck run
  --workers N, --backend NAME    as for claimcheck run
`;

/** Parses `npm run nightly -- …` arguments; null when help was asked for. */
export function parseNightlyArgs(argv: readonly string[]): NightlyOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        budget: { type: 'string', default: 'full' },
        shards: { type: 'string', default: '4' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'reports/nightly' },
        step: { type: 'string', multiple: true },
        shard: { type: 'string' },
        runs: { type: 'string', default: '20' },
        'parity-backends': { type: 'string', default: 'tensorflow,wasm' },
        workers: { type: 'string' },
        backend: { type: 'string' },
        chapter: { type: 'string', multiple: true },
        claim: { type: 'string', multiple: true },
        kind: { type: 'string', multiple: true },
        registry: { type: 'string' },
        sources: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new NightlyUsageError((e as Error).message);
  }
  if (values.help) return null;
  if (!(BUDGETS as readonly string[]).includes(values.budget)) throw new NightlyUsageError(`--budget must be one of ${BUDGETS.join(', ')}`);
  const steps = (values.step ?? [...STEPS]).flatMap((s) => s.split(','));
  for (const s of steps) if (!(STEPS as readonly string[]).includes(s)) throw new NightlyUsageError(`--step must be one of ${STEPS.join(', ')}, got '${s}'`);
  for (const k of values.kind ?? []) if (!(KINDS as readonly string[]).includes(k)) throw new NightlyUsageError(`--kind must be one of ${KINDS.join(', ')}`);
  const shards = whole('shards', values.shards, 1, 64)!;
  const shard = whole('shard', values.shard, 1, shards);
  if (shard !== undefined && !steps.includes('shard')) throw new NightlyUsageError('--shard applies to the shard step only');
  const workers = whole('workers', values.workers, 1, 64);
  return {
    budget: values.budget as Budget,
    shards,
    seed: whole('seed', values.seed, 0, 0x7fffffff)!,
    out: values.out,
    steps: STEPS.filter((s) => steps.includes(s)),
    ...(shard !== undefined ? { shard } : {}),
    parityBackends: values['parity-backends'],
    runs: whole('runs', values.runs, 1, 64)!,
    ...(workers !== undefined ? { workers } : {}),
    ...(values.backend ? { backend: values.backend } : {}),
    chapter: values.chapter ?? [],
    claim: values.claim ?? [],
    kind: values.kind ?? [],
    ...(values.registry ? { registry: values.registry } : {}),
    ...(values.sources ? { sources: values.sources } : {}),
  };
}

// npm run bench: matmul GFLOP/s per backend, three representative workloads against PyTorch on one
// CPU thread (when Debian's python3-torch is installed), and the suite's wall time per budget with
// 1 and 2 workers. Writes bench/results/bench.json and bench/results/bench.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { BACKENDS, selectBackend, tf } from '../src/backend/select.js';
import { BUDGETS } from '../src/claim/types.js';
import { gradientNormWorkload, matmulGflops, ntkWorkload, trainingWorkload } from './workloads.js';
import { benchMarkdown, type BenchResults, type Workloads } from './markdown.js';
import { incrementalBench } from './incremental.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SUITE_WORKERS = [1, 2];

const program = new Command('bench')
  .description('Times matmul, three workloads (against PyTorch where installed) and the whole suite.')
  .addOption(new Option('--suite <budgets...>', 'budgets whose whole-suite wall time to measure, or none').default(['quick']))
  .addOption(new Option('--suite-workers <n...>', 'worker counts to time each --suite budget with, e.g. `--suite full --suite-workers 2` for the nightly budget alone').default(DEFAULT_SUITE_WORKERS).argParser((v, prev: number[] | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1');
    // commander hands the default as the first `prev`; a value given on the command line replaces it.
    return prev && prev !== DEFAULT_SUITE_WORKERS ? [...prev, n] : [n];
  }))
  .addOption(new Option('--incremental <budget>', 'time a first run into an empty cache, the second run after editing one number, and the watch latency, at this budget with 2 workers (a whole-suite run: optional)').choices([...BUDGETS, 'none']).default('none'))
  .option('--incremental-chapter <name>', 'limit the --incremental runs to one chapter (its source file stem)')
  .option('--out <dir>', 'folder for bench.json and bench.md', join(root, 'bench/results'))
  .addOption(new Option('--rounds <n>', 'rounds of the workloads, tfjs and PyTorch alternating; each figure is the median over rounds').default(3).argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1');
    return n;
  }))
  .parse();
const opts = program.opts<{ suite: string[]; suiteWorkers: number[]; incremental: string; incrementalChapter?: string; out: string; rounds: number }>();
const suiteBudgets = opts.suite.filter((b) => b !== 'none');
for (const b of suiteBudgets) if (!(BUDGETS as readonly string[]).includes(b)) program.error(`--suite: unknown budget '${b}' (choose from ${BUDGETS.join(', ')}, none)`);

const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
const hasAvx512 = /\bavx512f\b/.test(cpuInfo);
const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  simd: ['avx2', 'fma', 'avx512f'].filter((f) => new RegExp(`\\b${f}\\b`).test(cpuInfo)),
  node: process.versions.node,
};
const log = (s: string) => process.stderr.write(`${s}\n`);

// --- tfjs backends
const backends: BenchResults['backends'] = [];
for (const name of BACKENDS) {
  try {
    await selectBackend(name);
  } catch {
    log(`backend ${name}: not available here, skipped`);
    continue;
  }
  log(`backend ${name}: matmul`);
  const slow = name === 'cpu';
  const gflops = (n: number, tb = false) => matmulGflops(tf, n, false, tb, slow && n > 256 ? 2 : 5).gflops;
  // The kernel's own peak: the best of several sizes with no transposed operand.
  const ceiling = Math.max(...(slow ? [256] : [256, 512, 1024, 2048]).map((n) => gflops(n)));
  const entry: BenchResults['backends'][number] = { name, matmul256: gflops(256), matmul1024: gflops(1024), matmul1024TransposedB: gflops(1024, true), ceiling };
  backends.push(entry);
}

/** One round of the three workloads on the active backend. */
function tfjsWorkloads(): Workloads {
  const g = gradientNormWorkload(tf);
  return { gradientBuildMs: g.build.ms, gradientNormsMs: g.gradients.ms, trainingMs: trainingWorkload(tf).ms, ntkMs: ntkWorkload(tf).ms };
}

// --- the workloads: the fastest loaded backend against the PyTorch yardstick, in alternating
// rounds so that drift in the machine's speed (a shared VM varies by 20-30% over minutes) falls
// on both sides alike; each figure is the median over rounds.
const python = '/usr/bin/python3';
const hasTorch = spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
// Debian's OpenBLAS misdetects AVX-512 CPUs; on others its own detection is right (forcing SkylakeX crashes).
const torchEnv = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', ...(hasAvx512 ? { OPENBLAS_CORETYPE: 'SkylakeX' } : {}) };
interface TorchRound { torch: string; matmul: Record<string, { gflops: number }>; gradientNorms: { build: { ms: number }; gradients: { ms: number } }; training: { ms: number }; ntk: { ms: number } }
const torchRound = (): TorchRound => JSON.parse(execFileSync(python, [join(root, 'bench/torch_workloads.py')], { env: torchEnv, encoding: 'utf8' })) as TorchRound;

const main = backends[0]!;
await selectBackend(main.name as (typeof BACKENDS)[number]);
const tfjsRounds: Workloads[] = [];
const torchRounds: TorchRound[] = [];
for (let r = 1; r <= opts.rounds; r++) {
  log(`workloads, round ${r} of ${opts.rounds}: ${main.name}${hasTorch ? ', PyTorch' : ''}`);
  tfjsRounds.push(tfjsWorkloads());
  if (hasTorch) torchRounds.push(torchRound());
}
const medianOf = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianWorkloads = (rounds: Workloads[]): Workloads =>
  Object.fromEntries((Object.keys(rounds[0]!) as (keyof Workloads)[]).map((k) => [k, medianOf(rounds.map((w) => w[k]))])) as unknown as Workloads;
main.workloads = medianWorkloads(tfjsRounds);

function torchYardstick(): BenchResults['torch'] {
  if (!hasTorch) return { available: false, note: 'python3-torch is not installed (apt-get install python3-torch libopenblas0-pthread); column skipped' };
  const out = torchRounds[0]!;
  const m1024 = medianOf(torchRounds.map((t) => t.matmul['1024']!.gflops));
  return {
    available: true, version: out.torch, coreType: torchEnv.OPENBLAS_CORETYPE ?? 'auto',
    note: m1024 < 5 ? 'PyTorch runs on the reference BLAS (install libopenblas0-pthread): its figures are not a fair yardstick' : null,
    matmul256: medianOf(torchRounds.map((t) => t.matmul['256']!.gflops)), matmul1024: m1024,
    workloads: medianWorkloads(torchRounds.map((t) => ({ gradientBuildMs: t.gradientNorms.build.ms, gradientNormsMs: t.gradientNorms.gradients.ms, trainingMs: t.training.ms, ntkMs: t.ntk.ms }))),
  };
}
const torch = torchYardstick();

// --- the whole suite, 1 and 2 workers: wall time, and whether the verdicts agree
const suite: BenchResults['suite'] = [];
for (const budget of suiteBudgets) {
  const verdicts: Record<number, string> = {};
  for (const workers of opts.suiteWorkers) {
    const out = mkdtempSync(join(tmpdir(), `claimcheck-bench-${budget}-${workers}-`));
    log(`suite: ${budget} budget, ${workers} worker(s), results in ${out}`);
    const t = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'bin/claimcheck.js'), 'run', '--fresh', '--budget', budget, '--workers', String(workers), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    // Exit 1 means findings, which a timing run expects; anything else means the run itself failed.
    if (run.status !== 0 && run.status !== 1) throw new Error(`the ${budget} run with ${workers} worker(s) exited with ${run.status ?? run.signal}; its output is in ${out}`);
    const wallMs = performance.now() - t;
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { claims: { id: string; verdict: string; durationMs: number }[] };
    verdicts[workers] = JSON.stringify(results.claims.map((c) => [c.id, c.verdict]));
    suite.push({ budget, workers, wallMs, claims: results.claims.length, claimMs: results.claims.reduce((s, c) => s + c.durationMs, 0) });
  }
  if (verdicts[1] !== undefined && verdicts[2] !== undefined) suite.at(-1)!.sameVerdictsAsOneWorker = verdicts[1] === verdicts[2];
}

const incremental = opts.incremental === 'none' ? null : await incrementalBench(opts.incremental, 2, log, opts.incrementalChapter);

const results: BenchResults = { machine, backends, torch, rounds: opts.rounds, suite, ...(incremental ? { incremental } : {}) };
mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
const md = benchMarkdown(results);
writeFileSync(join(opts.out, 'bench.md'), md);
process.stdout.write(md);

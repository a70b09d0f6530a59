// The bench's Markdown summary: the tables the README's performance section quotes.
import { markdownTable } from '../src/report/markdown-table.js';
import { durationText } from '../src/report/markdown-bits.js';
import type { IncrementalBench } from './incremental.js';

/** The workload times of one backend (each the median over the bench's rounds). */
export interface Workloads {
  gradientBuildMs: number;
  gradientNormsMs: number;
  trainingMs: number;
  ntkMs: number;
}

/** Everything bench/run.ts measures, as written to bench.json. */
export interface BenchResults {
  machine: { date: string; cpu: string; cores: number; simd: string[]; node: string };
  backends: { name: string; matmul256: number; matmul1024: number; matmul1024TransposedB: number; ceiling: number; workloads?: Workloads }[];
  torch:
    | { available: false; note: string }
    | { available: true; version: string; coreType: string; note: string | null; matmul256: number; matmul1024: number; workloads: Workloads };
  /** Rounds of the workloads, tfjs and PyTorch alternating. */
  rounds: number;
  suite: { budget: string; workers: number; wallMs: number; claims: number; claimMs: number; sameVerdictsAsOneWorker?: boolean }[];
  /** With --incremental: the first run, the second after one edit, the watch latency. */
  incremental?: IncrementalBench;
}

const f1 = (x: number) => x.toFixed(1);
const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);

const WORKLOADS: [keyof Workloads, string][] = [
  ['gradientBuildMs', 'drawing the weights of a width-256 depth-50 ReLU net'],
  ['gradientNormsMs', 'per-layer gradient norms of that net, batch 64'],
  ['trainingMs', '200 full-batch SGD steps, 40-100-100-10 MLP, 4,000 examples'],
  ['ntkMs', 'empirical NTK, width-1024 two-layer net, 64 inputs'],
];

/** Renders the bench results as Markdown tables with the machine and date. */
export function benchMarkdown(r: BenchResults): string {
  const m = r.machine;
  const parts = [`## Bench, ${m.date}: ${m.cpu}, ${m.cores} cores (${m.simd.join(', ') || 'no AVX'}), Node ${m.node}`];
  parts.push(markdownTable(
    ['backend', 'matmul 256 GFLOP/s', 'matmul 1024 GFLOP/s', '1024, B transposed', 'kernel peak (best size)', '1024 / peak'],
    [
      ...r.backends.map((b) => [b.name, f1(b.matmul256), f1(b.matmul1024), f1(b.matmul1024TransposedB), f1(b.ceiling), `${(100 * b.matmul1024 / b.ceiling).toFixed(0)}%`]),
      ...(r.torch.available ? [[`PyTorch ${r.torch.version} (1 thread)`, f1(r.torch.matmul256), f1(r.torch.matmul1024), '', '', '']] : []),
    ],
    ['l', 'r', 'r', 'r', 'r', 'r'],
  ));
  const main = r.backends.find((b) => b.workloads);
  if (main?.workloads) {
    const t = r.torch.available ? r.torch.workloads : null;
    parts.push(`Workloads: median of ${r.rounds} round(s), ${t ? 'tfjs and PyTorch alternating' : 'tfjs'}.`);
    parts.push(markdownTable(
      ['workload', main.name, ...(t ? ['PyTorch', 'ratio'] : [])],
      WORKLOADS.map(([k, label]) => [label, ms(main.workloads![k]), ...(t ? [ms(t[k]), `${(main.workloads![k] / t[k]).toFixed(1)}x`] : [])]),
      ['l', 'r', 'r', 'r'],
    ));
  }
  parts.push(r.torch.available ? `PyTorch: OpenBLAS core type ${r.torch.coreType}.${r.torch.note ? ` ${r.torch.note}` : ''}` : `PyTorch: ${r.torch.note}`);
  if (r.suite.length) {
    parts.push(markdownTable(
      ['budget', 'workers', 'claims', 'wall time', 'claim time (sum)', 'speed-up', 'same verdicts'],
      r.suite.map((s) => {
        const one = r.suite.find((o) => o.budget === s.budget && o.workers === 1);
        return [s.budget, String(s.workers), String(s.claims), durationText(s.wallMs), durationText(s.claimMs), one && s.workers > 1 ? `${(one.wallMs / s.wallMs).toFixed(2)}x` : '', s.sameVerdictsAsOneWorker === undefined ? '' : s.sameVerdictsAsOneWorker ? 'yes' : 'NO'];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ));
  }
  if (r.incremental) parts.push(incrementalMarkdown(r.incremental));
  return parts.join('\n\n') + '\n';
}

function incrementalMarkdown(i: IncrementalBench): string {
  const table = markdownTable(
    ['run', 'wall time', 'claims', 'reused from the cache'],
    [
      ['first (empty cache)', durationText(i.first.wallMs), String(i.first.claims), String(i.first.reused)],
      ['second (one digit edited)', durationText(i.second.wallMs), String(i.second.claims), String(i.second.reused)],
      ['watch: save to first verdict', ms(i.watch.firstVerdictMs), String(i.watch.rechecked), ''],
      ['watch: save to check done', ms(i.watch.doneMs), '', ''],
    ],
    ['l', 'r', 'r', 'r'],
  );
  return `Incremental runs${i.chapter ? ` of ${i.chapter}` : ''} at the ${i.budget} budget, ${i.workers} workers, one digit edited in ${i.edit.file}:${i.edit.line} (claims on that sentence: ${i.edit.claims.join(', ') || 'none'}):\n\n${table}\n\nRe-run by the second run: ${i.second.rerun.join(', ') || 'none'}.`;
}

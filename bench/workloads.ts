// The bench's tfjs workloads, each timed on whatever backend is active. The same workloads are
// written in bench/torch_workloads.py so the two can be compared side by side.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../src/backend/tf.js';
import { buildMlp } from '../src/nets/base/mlp.js';
import { gradientNorms } from '../src/nets/probe/gradients/gradient-norms.js';
import { buildNtkNet, empiricalNtk } from '../src/nets/build/ntk.js';
import { trainMlp } from '../src/nets/train/train-mlp.js';

/** A timing: the median of the repetitions after one warm-up, wall and CPU milliseconds. */
export interface Timing {
  ms: number;
  cpuMs: number;
  reps: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times f: one warm-up call, then `reps` timed calls; the median is reported. */
export function time(f: () => void, reps: number): Timing {
  f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < reps; r++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    f();
    const u = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((u.user + u.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), reps };
}

/** GFLOP/s of an n x n fp32 matmul (2 n^3 flops), with the operands transposed as asked. */
export function matmulGflops(tf: Tf, n: number, transposeA = false, transposeB = false, reps = 5): { gflops: number; timing: Timing } {
  const [a, b] = [tf.randomNormal([n, n], 0, 1, 'float32', 1) as Tensor2D, tf.randomNormal([n, n], 0, 1, 'float32', 2) as Tensor2D];
  try {
    // No read-back: copying n^2 values out costs ~0.7 us each, more than the product. Kernels run
    // synchronously on wasm and cpu, so the time is the product's.
    const timing = time(() => tf.matMul(a, b, transposeA, transposeB).dispose(), reps);
    return { gflops: (2 * n ** 3) / (timing.ms * 1e6), timing };
  } finally {
    tf.dispose([a, b]);
  }
}

/** Workload 1: per-layer gradient norms of a width-256 depth-50 ReLU net over a batch of 64. */
export function gradientNormWorkload(tf: Tf, reps = 5): { build: Timing; gradients: Timing } {
  const spec = { sizes: Array<number>(51).fill(256), activation: 'relu' as const, weightVariance: (n: number) => 2 / n, seed: 7 };
  // Drawing the 3.3 million weights is timed apart: it can cost as much as the products that use them.
  const build = time(() => buildMlp(tf, spec).dispose(), reps);
  const mlp = buildMlp(tf, spec);
  try {
    return { build, gradients: time(() => void gradientNorms(tf, mlp, { batchSize: 64, seed: 3 }), reps) };
  } finally {
    mlp.dispose();
  }
}

/** Workload 2: 200 full-batch SGD steps of a 40-100-100-10 ReLU MLP on 4,000 examples (cross-entropy). */
export function trainingWorkload(tf: Tf, reps = 3): Timing {
  const x = tf.randomNormal([4000, 40], 0, 1, 'float32', 11) as Tensor2D;
  const labels = tf.randomUniform([4000], 0, 10, 'int32', 12);
  const y = tf.oneHot(labels as Tensor, 10) as Tensor2D;
  try {
    return time(() => void trainMlp(tf, { sizes: [40, 100, 100, 10], phi: 'relu', weightVariance: 2, seed: 5 }, { optimizer: 'sgd', lr: 0.05, steps: 200, loss: 'softmax', train: { x, y }, evalEvery: 200 }), reps);
  } finally {
    tf.dispose([x, labels, y]);
  }
}

/** Workload 3: the empirical NTK of a width-1024 two-layer ReLU net (40 inputs, 1 output) on 64 inputs. */
export function ntkWorkload(tf: Tf, reps = 3): Timing {
  const net = buildNtkNet(tf, { sizes: [40, 1024, 1], activation: 'relu', weightVariance: 2, seed: 9 });
  const x = tf.randomNormal([64, 40], 0, 1, 'float32', 13) as Tensor2D;
  try {
    return time(() => void empiricalNtk(tf, net, x), reps);
  } finally {
    net.dispose();
    x.dispose();
  }
}

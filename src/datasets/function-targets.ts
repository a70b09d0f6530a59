// Seeded regression tasks on explicit target functions: a compositional 1-D sawtooth (tent map
// iterated), a smooth 2-D target without hierarchical structure, and a 4-D binary-tree composition
// of smooth two-variable functions.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';
import { subSeed } from '../random/seeds.js';
import { uniformStream } from '../nets/base/rng.js';
import { tentPower } from '../nets/regions/sawtooth.js';

export type TaskName = 'sawtooth' | 'smooth2d' | 'tree4d';

export interface TaskSpec {
  task: TaskName;
  nTrain: number;
  nTest: number;
  /** Compositions of the tent map for 'sawtooth' (default 3: 8 linear pieces). */
  depth?: number;
  seed: number;
}

export interface RegressionData {
  train: { x: Tensor2D; y: Tensor2D };
  test: { x: Tensor2D; y: Tensor2D };
  /** Variance of the test targets: test MSE over this is the relative error. */
  testVariance: number;
  dispose(): void;
}

/** The constituent of 'tree4d': a smooth map [-1, 1]^2 -> [-1, 1]. */
export const treeNode = (a: number, b: number): number => Math.sin(2 * a + b) * Math.cos(a - 2 * b);

/** The target function of a task as a plain function of one input row. */
export function taskFunction(spec: Pick<TaskSpec, 'task' | 'depth' | 'seed'>): { dIn: number; f: (x: readonly number[]) => number } {
  if (spec.task === 'sawtooth') return { dIn: 1, f: (x) => tentPower(x[0]!, spec.depth ?? 3) };
  if (spec.task === 'tree4d') return { dIn: 4, f: (x) => treeNode(treeNode(x[0]!, x[1]!), treeNode(x[2]!, x[3]!)) };
  const u = uniformStream(subSeed(spec.seed, 77));
  const waves = Array.from({ length: 4 }, () => ({ a: [2 * u() - 1, 2 * u() - 1], p: 2 * Math.PI * u(), c: 2 * u() - 1 }));
  return { dIn: 2, f: (x) => waves.reduce((s, w) => s + w.c * Math.sin(Math.PI * (w.a[0]! * x[0]! + w.a[1]! * x[1]!) + w.p), 0) };
}

/** Inputs uniform on [0, 1] (sawtooth) or [-1, 1]^d, targets from the task's function. */
export function taskData(tf: Tf, spec: TaskSpec): RegressionData {
  const { dIn, f } = taskFunction(spec);
  const [lo, hi] = spec.task === 'sawtooth' ? [0, 1] : [-1, 1];
  const u = uniformStream(subSeed(spec.seed, 78));
  const draw = (n: number) => {
    const xs = Array.from({ length: n }, () => Array.from({ length: dIn }, () => lo + (hi - lo) * u()));
    return { xs, ys: xs.map((x) => [f(x)]) };
  };
  const tr = draw(spec.nTrain);
  const te = draw(spec.nTest);
  const mean = te.ys.reduce((s, [y]) => s + y!, 0) / te.ys.length;
  const testVariance = te.ys.reduce((s, [y]) => s + (y! - mean) ** 2, 0) / te.ys.length;
  const train = { x: tf.tensor2d(tr.xs), y: tf.tensor2d(tr.ys) };
  const test = { x: tf.tensor2d(te.xs), y: tf.tensor2d(te.ys) };
  return { train, test, testVariance, dispose: () => tf.dispose([train.x, train.y, test.x, test.y]) };
}

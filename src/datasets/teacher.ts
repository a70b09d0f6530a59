// Seeded synthetic tasks: Gaussian inputs labelled by a random teacher network, with optional
// label noise; plus inputs on the sphere for kernel experiments.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../backend/tf.js';
import { subSeed } from '../random/seeds.js';
import { buildMlp, forward } from '../nets/base/mlp.js';

/** n points uniform on the sphere of radius sqrt(d) in R^d: [n, d]. */
export function spherePoints(tf: Tf, n: number, d: number, seed: number): Tensor2D {
  return tf.tidy(() => {
    const g = tf.randomNormal([n, d], 0, 1, 'float32', seed);
    return tf.mul(tf.div(g, tf.norm(g, 'euclidean', 1, true)), Math.sqrt(d)) as Tensor2D;
  });
}

export interface TeacherTask {
  /** Number of training and test points. */
  nTrain: number;
  nTest: number;
  /** Input dimension; inputs are N(0, I). */
  d: number;
  /** Number of classes (argmax of a random tanh teacher with `classes` outputs). */
  classes: number;
  /** Fraction of training labels replaced by a different class chosen at random. */
  labelNoise?: number;
  /** Hidden width of the teacher (default 32, two tanh layers). */
  teacherWidth?: number;
  seed: number;
}

export interface ClassificationData {
  xTrain: Tensor2D;
  yTrain: Tensor2D;
  xTest: Tensor2D;
  yTest: Tensor2D;
  /** Which training labels were corrupted. */
  flipped: boolean[];
  dispose(): void;
}

/** A classification task labelled by a random teacher; test labels are clean. */
export function teacherClassification(tf: Tf, task: TeacherTask): ClassificationData {
  const w = task.teacherWidth ?? 32;
  const teacher = buildMlp(tf, { sizes: [task.d, w, w, task.classes], activation: 'tanh', weightVariance: (n) => 2 / n, biasVariance: 0.1, seed: subSeed(task.seed, 0) });
  try {
    const n = task.nTrain + task.nTest;
    const [x, labels] = tf.tidy(() => {
      const xs = tf.randomNormal([n, task.d], 0, 1, 'float32', subSeed(task.seed, 1)) as Tensor2D;
      return [xs, tf.argMax(forward(tf, teacher, xs), 1)] as const;
    });
    const clean = Array.from(labels.dataSync() as Int32Array);
    labels.dispose();
    const u = tf.tidy(() => tf.randomUniform([task.nTrain, 2], 0, 1, 'float32', subSeed(task.seed, 2)).arraySync() as number[][]);
    const flipped = u.map(([a]) => a! < (task.labelNoise ?? 0));
    const noisy = clean.map((c, i) => (i < task.nTrain && flipped[i] ? (c + 1 + Math.floor(u[i]![1]! * (task.classes - 1))) % task.classes : c));
    const oneHot = tf.tidy(() => tf.oneHot(tf.tensor1d(noisy, 'int32'), task.classes).toFloat() as Tensor2D);
    const parts = tf.split(x, [task.nTrain, task.nTest]) as Tensor2D[];
    const ys = tf.split(oneHot, [task.nTrain, task.nTest]) as Tensor2D[];
    tf.dispose([x, oneHot]);
    const all = [...parts, ...ys];
    return { xTrain: parts[0]!, xTest: parts[1]!, yTrain: ys[0]!, yTest: ys[1]!, flipped, dispose: () => tf.dispose(all) };
  } finally {
    teacher.dispose();
  }
}

// A distillation setting on MNIST-1D: a teacher trained on labelled examples, and its logits on a
// transfer set (the labelled inputs plus fresh unlabelled ones from the generator), for students.
// The teacher's output is plain data, not tensors, so several claims can share one teacher through
// ctx.shared (a worker-lifetime value must not hold tensors: each claim's leak check would see them).
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { mnist1d } from '../../datasets/mnist1d.js';
import { mnist1dTask } from '../../datasets/mnist1d-task.js';
import { archNet, type Arch, type ArchNet } from '../train/arch-net.js';
import { accuracyOf, trainFlat } from '../train/flat-train.js';
import { subSeed } from '../../random/seeds.js';

/** Row-major inputs [rows, 40] and targets [rows, 10]. */
export interface PlainSet { rows: number; x: Float32Array; y: Float32Array }

export interface Distillation {
  teacherTestAcc: number;
  /** The transfer inputs and the teacher's logits on them. */
  transfer: PlainSet;
  /** The test split of the teacher's task, labels one-hot. */
  test: PlainSet;
}

const tensors = (tf: Tf, s: PlainSet): [Tensor2D, Tensor2D] =>
  [tf.tensor2d(s.x, [s.rows, s.x.length / s.rows]), tf.tensor2d(s.y, [s.rows, s.y.length / s.rows])];

/** Trains `arch` on n labelled examples (minibatch Adam, batch 100) and labels n + extra inputs with its logits. */
export function distillation(tf: Tf, o: { arch: Arch; seed: number; n: number; extra: number; nTest: number; steps: number; lr: number }): Distillation {
  const task = mnist1dTask(tf, { seed: subSeed(o.seed, 0), nTrain: o.n, nTest: o.nTest });
  const teacher = archNet(tf, o.arch, subSeed(o.seed, 1));
  const init = teacher.init();
  const { params } = trainFlat(tf, teacher.forward, init, { lr: o.lr, steps: o.steps, x: task.train.x, y: task.train.y, target: 'labels', batchSize: 100, orderSeed: subSeed(o.seed, 2) });
  try {
    const extra = mnist1d({ seed: subSeed(o.seed, 3), nTrain: o.extra, nTest: 0 });
    const [x, y] = tf.tidy(() => {
      const xs = tf.concat([task.train.x, tf.tensor2d(extra.xTrain, [o.extra, extra.length])]) as Tensor2D;
      return [xs.dataSync() as Float32Array, teacher.forward(params, xs).dataSync() as Float32Array];
    });
    const teacherTestAcc = accuracyOf(tf, teacher.forward, params, task.test.x, task.test.y);
    const test = { rows: o.nTest, x: task.test.x.dataSync() as Float32Array, y: task.test.y.dataSync() as Float32Array };
    return { teacherTestAcc, transfer: { rows: o.n + o.extra, x, y }, test };
  } finally {
    task.dispose();
    tf.dispose([...init, ...params]);
  }
}

/** A student of `arch` trained on the transfer set's logits (mean squared error); its test accuracy. */
export function distilledStudent(tf: Tf, d: Distillation, arch: Arch, seed: number, steps: number, lr: number): { net: ArchNet; testAcc: number } {
  const net = archNet(tf, arch, subSeed(seed, 0));
  const init = net.init();
  const [x, y] = tensors(tf, d.transfer);
  const [testX, testY] = tensors(tf, d.test);
  const { params } = trainFlat(tf, net.forward, init, { lr, steps, x, y, target: 'logits', batchSize: 100, orderSeed: subSeed(seed, 1) });
  try {
    return { net, testAcc: accuracyOf(tf, net.forward, params, testX, testY) };
  } finally {
    tf.dispose([...init, ...params, x, y, testX, testY]);
  }
}

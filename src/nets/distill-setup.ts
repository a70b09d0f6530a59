// A distillation setting on MNIST-1D: a teacher trained on labelled examples, and its logits on a
// transfer set (the labelled inputs plus fresh unlabelled ones from the generator), for students.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../claim/types.js';
import { mnist1d } from '../datasets/mnist1d.js';
import { mnist1dTask, type Mnist1dTask } from '../datasets/mnist1d-task.js';
import { archNet, type Arch, type ArchNet } from './arch-net.js';
import { accuracyOf, trainFlat } from './flat-train.js';
import { subSeed } from './init.js';

export interface Distillation {
  task: Mnist1dTask;
  teacher: ArchNet;
  teacherParams: Tensor[];
  teacherTestAcc: number;
  /** Transfer inputs [n + extra, 40] and the teacher's logits on them. */
  transfer: { x: Tensor2D; y: Tensor2D };
  dispose(): void;
}

/** Trains `arch` on n labelled examples (minibatch Adam, batch 100) and labels n + extra inputs with its logits. */
export function distillation(tf: Tf, o: { arch: Arch; seed: number; n: number; extra: number; nTest: number; steps: number; lr: number }): Distillation {
  const task = mnist1dTask(tf, { seed: subSeed(o.seed, 0), nTrain: o.n, nTest: o.nTest });
  const teacher = archNet(tf, o.arch, subSeed(o.seed, 1));
  const init = teacher.init();
  const { params } = trainFlat(tf, teacher.forward, init, { lr: o.lr, steps: o.steps, x: task.train.x, y: task.train.y, target: 'labels', batchSize: 100, orderSeed: subSeed(o.seed, 2) });
  tf.dispose(init);
  const extra = mnist1d({ seed: subSeed(o.seed, 3), nTrain: o.extra, nTest: 0 });
  const x = tf.tidy(() => tf.concat([task.train.x, tf.tensor2d(extra.xTrain, [o.extra, extra.length])]) as Tensor2D);
  const y = tf.tidy(() => teacher.forward(params, x));
  const teacherTestAcc = accuracyOf(tf, teacher.forward, params, task.test.x, task.test.y);
  return { task, teacher, teacherParams: params, teacherTestAcc, transfer: { x, y }, dispose: () => { task.dispose(); tf.dispose([...params, x, y]); } };
}

/** A student of `arch` trained on the transfer set's logits (mean squared error); its test accuracy. */
export function distilledStudent(tf: Tf, d: Distillation, arch: Arch, seed: number, steps: number, lr: number): { net: ArchNet; testAcc: number } {
  const net = archNet(tf, arch, subSeed(seed, 0));
  const init = net.init();
  const { params } = trainFlat(tf, net.forward, init, { lr, steps, x: d.transfer.x, y: d.transfer.y, target: 'logits', batchSize: 100, orderSeed: subSeed(seed, 1) });
  try {
    return { net, testAcc: accuracyOf(tf, net.forward, params, d.task.test.x, d.task.test.y) };
  } finally {
    tf.dispose([...init, ...params]);
  }
}

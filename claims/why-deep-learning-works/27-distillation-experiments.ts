// § 20.5.2 知识蒸馏 (part 2: the experiment)
// The text: Hinton et al. (2015) found the pattern of information across the output classes
// important, and trained a small network to approximate the pre-softmax logits of a large one. How we
// test it: at MNIST-1D scale, a small student trained on a wide teacher's logits against the same
// student (same initialisation, same inputs, same steps) trained on the labels, several seeds. What
// would refute it: the student on the logits generalising no better than on the labels.
import { atLeast, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { archNet, type Arch } from '../../src/nets/train/arch-net.js';
import { accuracyOf, trainFlat } from '../../src/nets/train/flat-train.js';
import { subSeed } from '../../src/random/seeds.js';
import type { Tensor2D } from '@tensorflow/tfjs';

const file = 'why-deep-learning-works.md';
const TEACHER: Arch = { kind: 'mlp', hidden: [256, 256] };
const STUDENT: Arch = { kind: 'mlp', hidden: [32] };

export const logitsBeatLabels = defineClaim({
  id: 'why-deep-learning-works/student-on-teacher-logits-beats-labels',
  source: { file, quote: '不同输出类别间的信息模式很重要，并且他们训练了一个小型网络以近似大型网络的 Softmax 函数前的 logits' },
  statement: 'The pattern of information across output classes matters: a small network trained to approximate a large network\'s pre-softmax logits does better than one trained on the labels.',
  reading: 'Hinton et al.\'s finding at MNIST-1D scale: a teacher 40-256-256-10 ReLU net (76,810 parameters) trained on n seeded labelled examples (quick 1000, standard 2000, full 4000); a student 40-32-10 (1,642 parameters), trained (a) on the one-hot labels (softmax cross-entropy) and (b) on the teacher\'s logits for the same n inputs (mean squared error on the logits, the limit of Hinton\'s soft targets at high temperature and what figure 20.16 draws), from the same initialisation, with the same minibatch order; all by minibatch Adam (batch 100, lr 0.003, S steps: quick 300, standard 1000, full 1200); 1000 test examples. "Important" read as: (b) generalises better than (a). Judged: the mean over seeds (quick 3, standard 6, full 12; each a new data draw, teacher and student) of test accuracy (b) minus (a) above 0 (t-interval). Full-budget scales were cut to about 2.4x the standard cost (from about 4x: full was n = 4000, 2000 steps, 12 seeds; with minibatches of 100 the cost follows the steps, not n) so the full budget finishes on a 2-core machine.',
  kind: 'experiment',
  tolerance: atLeast(0, 'any gain from the logits over the labels'),
  correction: (e) => `（MNIST-1D 复现中，以教师 logits 训练的学生并未优于以标签训练的学生：差值 ${e.observations[0]?.measured?.toFixed(3)}，CI ${JSON.stringify(e.observations[0]?.ci)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 1000, standard: 2000, full: 4000 });
    // Minibatches of 100: the cost follows the steps and seeds, so n keeps its full size.
    const steps = scale({ quick: 300, standard: 1000, full: 1200 });
    const seeds = scale({ quick: 3, standard: 6, full: 12 });
    record('training / test examples, Adam steps, seeds', `${n} / 1000, ${steps}, ${seeds}`);
    const gains: number[] = [];
    for (let s = 0; s < seeds; s++) {
      const task = mnist1dTask(tf, { seed: subSeed(seed, 3 * s), nTrain: n, nTest: 1000 });
      const teacher = archNet(tf, TEACHER, subSeed(seed, 3 * s + 1));
      const student = archNet(tf, STUDENT, subSeed(seed, 3 * s + 2));
      const tInit = teacher.init();
      const sInit = student.init();
      const common = { lr: 0.003, steps, x: task.train.x, batchSize: 100, orderSeed: subSeed(seed, 100 + s) };
      const t = trainFlat(tf, teacher.forward, tInit, { ...common, y: task.train.y, target: 'labels' });
      const logits = tf.tidy(() => teacher.forward(t.params, task.train.x)) as Tensor2D;
      const a = trainFlat(tf, student.forward, sInit, { ...common, y: task.train.y, target: 'labels' });
      const b = trainFlat(tf, student.forward, sInit, { ...common, y: logits, target: 'logits' });
      try {
        const test = (f: typeof teacher.forward, p: typeof t.params) => accuracyOf(tf, f, p, task.test.x, task.test.y);
        const [accT, accA, accB] = [test(teacher.forward, t.params), test(student.forward, a.params), test(student.forward, b.params)];
        record(`seed ${s}: test accuracy teacher / student on labels / student on logits`, `${accT.toFixed(3)} / ${accA.toFixed(3)} / ${accB.toFixed(3)}`);
        gains.push(accB - accA);
      } finally {
        tf.dispose([...tInit, ...sInit, ...t.params, ...a.params, ...b.params, logits]);
        task.dispose();
      }
    }
    judge.mean({ label: 'student test accuracy, logits minus labels', samples: gains, asserted: 0 });
  },
});

// § 20.6.2 训练的可行性
// The setting of Urban et al.'s experiment carries a number (16 teachers); the hypothesis and the
// outcomes are part 2's, the description of the test is narrative.
import { defineClaim, type EvidenceView, noLessThan } from '../../src/claim/index.js';
import type { Arch } from '../../src/nets/train/arch-net.js';
import { distilledStudent } from '../../src/nets/experiments/distillation.js';
import { CONV_TEACHER_RUN, convTeacher, DISTIL_SCALE } from '../../src/experiments/conv-teacher.js';

const file = 'why-deep-learning-works.md';

export const urbanEnsemble = defineClaim({
  id: 'why-deep-learning-works/urban-2017-ensemble-of-16',
  source: { file: 'why-deep-learning-works.md', quote: 'Urban 等人（2017）将 CIFAR-10 数据集上的 16 个卷积网络集成体蒸馏到不同深度的学生模型中' },
  statement: 'Urban et al. (2017) distilled an ensemble of 16 convolutional networks on CIFAR-10 into students of different depths.',
  kind: 'not-checkable',
  reason: 'An attribution: 16 is the ensemble size the cited experiment chose, a fact about that paper, not a quantity derivable from anything here; the distillation outcomes are experiments.',
});

export const hardToFindShallowSolution = defineClaim({
  id: 'why-deep-learning-works/shallow-solutions-hard-to-find',
  source: { file: 'why-deep-learning-works.md', quote: '另一个解释是，尽管拥有实际数量的隐藏单元的浅层网络理论上可以支持顶尖性能，但找到一个既能良好拟合训练数据又能合理进行插值的有效解决方案非常困难' },
  statement: 'Another explanation: shallow networks with a practical number of hidden units could in theory support state-of-the-art performance, but finding a solution that fits the training data and interpolates sensibly is very hard.',
  kind: 'not-checkable',
  reason: 'A hypothesis offered as an explanation; its first half (that such shallow solutions exist at state-of-the-art scale) is a statement about ImageNet-scale models no computation here can reach. The test the next sentences describe, distilling into shallower students of equal size, is why-deep-learning-works/distilled-students-improve-with-depth.',
});

// The text: Urban et al. (2017) distilled a deep convolutional teacher into students of different
// depths: shallow students could not match the deeper teacher, and at a fixed parameter count the
// students improved with depth. How we test it: at MNIST-1D scale, a 1-D conv teacher distilled
// through its logits on a large transfer set into fully connected students of equal parameter count
// and one to four hidden layers (figure 20.2's family), several student seeds. What would refute it:
// the shallowest student matching the teacher, or the deepest student no better than the shallowest.
const STUDENTS: Arch[] = [[298], [100, 100], [75, 75, 75], [63, 63, 63, 63]].map((hidden) => ({ kind: 'mlp', hidden }));
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome !== 'inside').map((o) => `${o.label}: ${o.measured?.toFixed(3)} (CI ${o.ci?.map((v) => v.toFixed(3)).join('–')})`).join('; ');

export const deeperStudentsBetter = defineClaim({
  id: 'why-deep-learning-works/distilled-students-improve-with-depth',
  replicates: { citation: 'Urban 等人（2017）' },
  source: { file, quote: '他们发现，浅层网络无法复制更深的教师网络的性能，学生模型的性能随着深度的增加而在固定的参数量下提高' },
  statement: 'Shallow students cannot match the performance of a deeper teacher, and at a fixed parameter count the students improve with depth (Urban et al. 2017).',
  reading: 'Urban et al.\'s experiment (CIFAR-10, an ensemble of 16 conv nets) at MNIST-1D scale: the teacher is a 1-D conv net (three conv layers of 16 channels, kernel 5, stride 2, linear read-out; 3,498 parameters) trained on n seeded labelled examples (minibatch Adam, batch 100, lr 0.003, S steps: quick 300, standard 1000, full 1200; n quick 1000, standard 2000, full 4000); the transfer set is those n inputs plus 4n fresh unlabelled inputs from the generator, labelled with the teacher\'s logits (Urban et al. also distilled on a large transfer set). Students: figure 20.2\'s fully connected ReLU nets of equal size (hidden layers 298 / 100,100 / 75x3 / 63x4; about 15,200 to 15,300 parameters each, counted by the figure 20.2 claims), trained on the logits by mean squared error with the same optimiser and steps; 1000 test examples. One teacher per run, drawn from the run seed and shared with why-deep-learning-works/conv-students-beat-fc-and-depth-helps (before, each claim trained its own teacher from its own seed, so the two were the same teacher in design only); seeds are student draws (initialisation and minibatch order; quick 3, standard 4, full 8), so the intervals are over students of this teacher. Judged: (a) "shallow students cannot replicate the teacher": the mean of teacher minus 1-layer student test accuracy above 0; (b) "improve with depth at fixed size": the mean of 4-layer minus 1-layer student test accuracy above 0 (t-intervals). The accuracy of every depth is recorded. Scope forall: the published finding is stated outright. Source numbers: a replication of Urban 等人（2017）\'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper\'s own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'the undecided judgement is 4-layer minus 1-layer; full distils 8 student seeds (quick 3, standard 4) from a teacher trained for 1200 steps on 4000 examples: standard\'s 4 fall short of the samples the summary projects (the t quantile at the projected n) to narrow quick\'s interval past the band at quick\'s estimate, full\'s 8 reach them; the mean is ungated, so an estimate that moved across the band would leave it undecided, not refuted' },
  tolerance: noLessThan(0, 'any positive gap in test accuracy'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 复现中：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  shares: [CONV_TEACHER_RUN],
  scale: DISTIL_SCALE,
  check: (ctx) => {
    const { tf, judge, seeds: streams, record } = ctx;
    const { steps, studentSeeds: seeds } = ctx.scaled;
    const d = convTeacher(ctx);
    record('labelled / transfer / test examples, Adam steps, student seeds', `${d.transfer.rows / 5} / ${d.transfer.rows} / ${d.test.rows}, ${steps}, ${seeds}`);
    record('teacher test accuracy', d.teacherTestAcc);
    const acc = Array.from({ length: seeds }, (_, s) => STUDENTS.map((arch, k) => distilledStudent(tf, d, arch, streams.child('student', s, k).value, steps, 0.003).testAcc));
    acc.forEach((a, s) => record(`seed ${s}: student test accuracy, 1 / 2 / 3 / 4 hidden layers`, a.map((v) => v.toFixed(3)).join(' / ')));
    judge.mean({ label: 'teacher minus 1-layer student test accuracy', samples: acc.map((a) => d.teacherTestAcc - a[0]!) });
    judge.mean({ label: '4-layer minus 1-layer student test accuracy', samples: acc.map((a) => a[3]! - a[0]!) });
  },
});

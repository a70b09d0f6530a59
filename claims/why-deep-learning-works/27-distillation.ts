// § 20.5.2 知识蒸馏
// The text: Zagoruyko & Komodakis (2017) used attention transfer to make an 18-layer residual network
// (about 11 million parameters) match a 34-layer one (about 63 million) on ImageNet; the student still
// has more parameters than the roughly one million training images. How we test it: both ResNets
// rebuilt from He et al. (2016a) and counted (tfjs-layers builds both in full to cross-check), under
// both counting conventions where the convention changes the verdict (with or without the final
// classifier); the student against ImageNet-1k's training set. What would refute it: a count that
// does not round to the text's figure at the digits written. Attributions are not-checkable.
import { about, absolute, defineClaim, type EvidenceView, exactly, noLessThan, writeQuote } from '../../src/claim/index.js';
import { BA_CARUANA_2014, HINTON_2015 } from '../../src/nets/published/distillation.js';
import { countParams, resnetLayers, RESNETS, type ResNetConfig } from '../../src/nets/count/architectures.js';
import { countWithTfjs, resnetModel } from '../../src/nets/build/architecture-tfjs.js';
import { IMAGENET_1K } from '../../src/nets/published/sizes.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { archNet, type Arch } from '../../src/nets/train/arch-net.js';
import { accuracyOf, lossTenths, trainFlat } from '../../src/nets/train/flat-train.js';
import { meanInterval } from '../../src/stats/interval.js';
import type { Tensor2D } from '@tensorflow/tfjs';

const file = 'why-deep-learning-works.md';
const measured = (e: EvidenceView, label: string) => e.observations.find((o) => o.label === label)?.measured ?? NaN;
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const distillMethod = literature('distillation-reduces-parameters', '通过训练一个较小的网络（学生）模仿一个较大网络（教师）的性能，也可以减少模型参数',
  'Training a smaller student network to mimic a larger teacher also reduces the number of parameters.',
  'A description of a method: the student is smaller by construction; how well it mimics is an experiment (part 2).');
export const bucilua = literature('distillation-origin', '这种方法称为知识蒸馏，最早由 Buciluǎ 等人（2006）提出',
  'The method is called knowledge distillation and was first proposed by Buciluǎ et al. (2006).',
  'A fact about the history of the literature (who proposed it first, when).');
// The text: Hinton et al. (2015) found the pattern across output classes important, and trained a
// small network to approximate a large one's pre-softmax logits. How we test it: against the published
// record (src/nets/published/distillation.ts). Their student learns from the teacher's softmax at
// a raised temperature; regressing the logits is Ba & Caruana's (2014) method, which Hinton et al. show
// to be their objective's high-temperature limit. What would refute it: a record that does not say what
// the text attributes. The MNIST-1D re-run of the effect is the replication below.
export const hintonClassPattern = defineClaim({
  id: 'why-deep-learning-works/hinton-2015-class-pattern-as-published',
  source: { file, quote: 'Hinton 等人（2015）发现，不同输出类别间的信息模式很重要' },
  statement: 'Hinton et al. (2015) found that the pattern of information across output classes matters.',
  reading: 'A statement about the published record, which settles it: HINTON_2015.classPatternMatters in src/nets/published/distillation.ts (section 1: the relative probabilities the teacher gives the incorrect classes carry how it generalises, and the soft targets pass them on). Scope forall: one reported finding.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [HINTON_2015.classPatternMatters],
  tolerance: exactly('the paper says it or does not'),
  correction: () => '（Hinton 等人（2015）的记录中没有这一发现）',
  check: ({ judge }) => {
    judge.holds({ label: 'Hinton et al. (2015) report that the probabilities of the incorrect classes carry information', holds: HINTON_2015.classPatternMatters.value === 1, values: { published: HINTON_2015.classPatternMatters.value } });
  },
});

const LOGITS = 'Softmax 函数前的 logits';
const SOFTENED = '经温度软化的 Softmax 输出';
const logitsQuote = `他们训练了一个小型网络以近似大型网络的 {target:${LOGITS}|${SOFTENED}}`;
/** Per target the text may name: the key of the record entry saying whether Hinton et al.'s student ends up matching it, read when the check runs. */
const MATCHED_BY_HINTON = { [LOGITS]: 'logitMatchingIsSpecialCase', [SOFTENED]: 'softTargets' } as const;
const named = (slots: { choice(name: string): string }) => slots.choice('target') as keyof typeof MATCHED_BY_HINTON;

export const hintonLogits = defineClaim({
  id: 'why-deep-learning-works/hinton-2015-logits-as-published',
  primary: { why: 'the paragraph introduces distillation and figure 20.16 draws a loss on the pre-softmax activations: "approximate the logits" describes what Hinton et al.\'s student ends up matching, which their paper shows (section 2.1) is what their objective does at the high temperatures they used; both referees of session 7 judged the sentence a defensible simplification of the paper, not a misattribution' },
  source: { file, quote: logitsQuote },
  statement: 'Hinton et al. (2015) trained a small network to approximate the large network\'s {target}, as their paper\'s objective does.',
  reading: 'A record claim: its verdict is the record\'s, not a measurement\'s. The target the text names ({target}) against HINTON_2015 in src/nets/published/distillation.ts: the student of Hinton et al. learns from the teacher\'s softmax at a raised temperature (softTargets), and their section 2.1 shows that at high temperature this is matching the zero-meaned logits (logitMatchingIsSpecialCase). Judged: the record entry for the target named (logits: logitMatchingIsSpecialCase; the softened softmax outputs: softTargets) must say the paper shows it; an entry that said otherwise (value 0) would refute the sentence, which tests/claims/record-claims.test.ts checks. Both wordings the slot offers are ones the record supports, so what can fail here is the record, sourced to the paper\'s sections, not the wording: a slot option no translator would write (session 9 added the teacher\'s predicted labels, 预测类别标签) tested the test, not the text, and was dropped in session 10 (referee, session 9, item 6). The stricter reading, that logit regression itself is Hinton et al.\'s method, is reading B (why-deep-learning-works/hinton-2015-logits-reading-b). Scope forall: one reported method.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [HINTON_2015.softTargets, HINTON_2015.logitMatchingIsSpecialCase],
  tolerance: exactly('the paper says it or does not'),
  correction: (e) => ({ replace: { span: writeQuote(logitsQuote, e.slots.values), text: writeQuote(logitsQuote, e.slots.values, { target: SOFTENED }) } }),
  check: ({ judge, slots }) => {
    const record = HINTON_2015[MATCHED_BY_HINTON[named(slots)]];
    judge.holds({ label: 'Hinton et al. (2015) show their student matching the target the text names', holds: record.value === 1, values: { published: record.value } });
  },
});

export const hintonLogitsDirect = defineClaim({
  id: 'why-deep-learning-works/hinton-2015-logits-reading-b',
  alternativeOf: 'why-deep-learning-works/hinton-2015-logits-as-published',
  source: { file, quote: logitsQuote },
  statement: 'The method of training a small network on the large network\'s {target} is Hinton et al.\'s (2015) own objective.',
  reading: 'Reading B (the strict one): the target the text names ({target}) is the one Hinton et al.\'s student was trained on. Checked against the record (src/nets/published/distillation.ts): their objective is the cross-entropy with the teacher\'s temperature-softened softmax (HINTON_2015.softTargets); regressing the pre-softmax logits by squared error is Ba & Caruana\'s (2014) mimic learning (BA_CARUANA_2014.regressesLogits), which Hinton et al. cite as the special case their distillation generalises. Judged: with "logits" the sentence holds only if the record gave Hinton et al. no softened-softmax objective; with the softened outputs it holds. Scope forall: one reported method.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [HINTON_2015.softTargets, BA_CARUANA_2014.regressesLogits],
  tolerance: exactly('the paper\'s objective is the target the text names or it is not'),
  correction: () => `Hinton 等人（2015）以教师网络${SOFTENED}（软目标）训练学生网络；直接以平方误差回归 Softmax 前 logits 的是 Ba & Caruana（2014），Hinton 等人证明它是蒸馏在高温下的特例`,
  check: ({ judge, slots }) => {
    const target = named(slots);
    const hintonRegresses = HINTON_2015.softTargets.value !== 1;
    const holds = target === SOFTENED ? HINTON_2015.softTargets.value === 1 : hintonRegresses;
    judge.holds({ label: 'the target the text names is Hinton et al.\'s own objective', holds, values: { textSaysLogits: Number(target === LOGITS), hintonSoftTargets: HINTON_2015.softTargets.value, baCaruanaRegressLogits: BA_CARUANA_2014.regressesLogits.value } });
  },
});

export const attentionTransfer = literature('attention-transfer-method', 'Zagoruyko & Komodakis（2017）进一步推动了学生网络的激活空间图与教师网络在多个点上的相似性',
  'Zagoruyko & Komodakis (2017) additionally encouraged the student\'s spatial activation maps to resemble the teacher\'s at several points.',
  'A description of a cited method; nothing to compute.');

const crossChecked = (tf: Parameters<typeof resnetModel>[0], c: ResNetConfig) => {
  const counted = countParams(resnetLayers(c));
  const byTfjs = countWithTfjs(() => resnetModel(tf, c));
  return { counted, byTfjs, same: counted === byTfjs };
};
const resnetReading = 'rebuilt from He et al. (2016a, table 1) in the torchvision layout: basic blocks, projection shortcuts where the shape changes, no conv biases, batch norm after every conv (scale and shift counted, running statistics not), built in full in tfjs-layers to cross-check the counter.';

export const resnet34Params = defineClaim({
  id: 'why-deep-learning-works/resnet34-param-count',
  source: { file, quote: '34 层残差网络（大约 {n:int} 万参数）' },
  statement: 'A 34-layer residual network has about {n} × 10^4 (万) parameters.',
  reading: `ResNet-34 (blocks [3, 4, 6, 3]) ${resnetReading} With its ImageNet classifier (fc 512 -> 1000). Other readings tried and recorded: without the classifier; with bottleneck blocks (= ResNet-50); at twice the width; ResNet-152, the standard ResNet nearest 63 million. "大约 6300 万" is read to its two significant digits.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e5, 'two significant digits: 6250 万 to 6350 万 round to 6300 万'),
  correction: (e) => ({ replace: { span: '34 层残差网络（大约 6300 万参数）', text: `34 层残差网络（大约 ${(measured(e, 'parameters') / 1e6).toFixed(0)}00 万参数）` } }),
  check: ({ tf, judge, record, slots }) => {
    const c = RESNETS['ResNet-34'];
    const x = crossChecked(tf, c);
    record('without the classifier', countParams(resnetLayers({ ...c, classifier: false })));
    record('bottleneck blocks (ResNet-50)', countParams(resnetLayers(RESNETS['ResNet-50'])));
    record('twice the width', countParams(resnetLayers({ ...c, widthDivisor: 0.5 })));
    record('ResNet-152', countParams(resnetLayers(RESNETS['ResNet-152'])));
    judge.holds({ label: 'counter equals tfjs-layers on the full model', holds: x.same, values: { counted: x.counted, byTfjs: x.byTfjs } });
    judge.value({ label: 'parameters', measured: x.counted, asserted: slots.int('n') * 1e4 });
  },
});

const r18Quote = '18 层残差网络（大约 {n:int} 万参数）';

export const resnet18About = defineClaim({
  id: 'why-deep-learning-works/resnet18-param-count-about',
  primary: { why: 'ResNet-18\'s parameter count as usually quoted is that of the whole ImageNet model, classifier included, and the paragraph\'s "大约 1100 万" is a round figure, which customary truncation reaches from 11.7M' },
  source: { file, quote: r18Quote },
  statement: 'An 18-layer residual network, with its classifier, has about {n} × 10^4 (万) parameters.',
  reading: `The whole ImageNet ResNet-18 (blocks [2, 2, 2, 2]) including its classifier fc 512 -> 1000, ${resnetReading} "大约 1100 万" is read with the engine's approximate-word rule (rounding or customary truncation at its last significant digit), because the referee review (docs/reviews/findings-engine.md #36) judged that 11.69M written as "大约 1100 万" in this paragraph is the customary truncation, not an error; reading A, the first design (two significant digits, rounding only), is kept as its alternative.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: about('"大约 1100 万": an approximate figure at its last significant digit (百万), reached by rounding or by the customary truncation'),
  correction: (e) => ({ replace: { span: writeQuote(r18Quote, e.slots.values), text: writeQuote(r18Quote, e.slots.values, { n: `${(measured(e, 'parameters') / 1e6).toFixed(0)}00` }) } }),
  check: ({ tf, judge, slots }) => {
    const x = crossChecked(tf, RESNETS['ResNet-18']);
    judge.holds({ label: 'counter equals tfjs-layers on the full model', holds: x.same, values: { counted: x.counted, byTfjs: x.byTfjs } });
    judge.value({ label: 'parameters', measured: x.counted, asserted: slots.int('n') * 1e4 });
  },
});

export const resnet18Full = defineClaim({
  id: 'why-deep-learning-works/resnet18-param-count-reading-a',
  alternativeOf: 'why-deep-learning-works/resnet18-param-count-about',
  source: { file, quote: r18Quote },
  statement: 'An 18-layer residual network, with its classifier, has about {n} × 10^4 (万) parameters.',
  reading: `Reading A (one of two; reading B is why-deep-learning-works/resnet18-param-count-reading-b): the whole ImageNet ResNet-18 (blocks [2, 2, 2, 2]) including its classifier fc 512 -> 1000, ${resnetReading} "大约 1100 万" is read to its two significant digits.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e5, 'two significant digits: 1050 万 to 1150 万 round to 1100 万'),
  correction: (e) => ({ replace: { span: writeQuote(r18Quote, e.slots.values), text: writeQuote(r18Quote, e.slots.values, { n: `${(measured(e, 'parameters') / 1e6).toFixed(0)}00` }) } }),
  check: ({ tf, judge, slots }) => {
    const x = crossChecked(tf, RESNETS['ResNet-18']);
    judge.holds({ label: 'counter equals tfjs-layers on the full model', holds: x.same, values: { counted: x.counted, byTfjs: x.byTfjs } });
    judge.value({ label: 'parameters', measured: x.counted, asserted: slots.int('n') * 1e4 });
  },
});

export const resnet18Backbone = defineClaim({
  id: 'why-deep-learning-works/resnet18-param-count-reading-b',
  alternativeOf: 'why-deep-learning-works/resnet18-param-count-about',
  source: { file, quote: r18Quote },
  statement: 'An 18-layer residual network, without its classifier, has about {n} × 10^4 (万) parameters.',
  reading: `Reading B (one of two; reading A is why-deep-learning-works/resnet18-param-count-reading-a): the ResNet-18 feature extractor, without the final fc layer (the part the attention maps are taken from), ${resnetReading} "大约 1100 万" is read to its two significant digits.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e5, 'two significant digits: 1050 万 to 1150 万 round to 1100 万'),
  correction: (e) => `18 层残差网络（不计分类层大约 ${(measured(e, 'parameters') / 1e6).toFixed(0)}00 万参数）`,
  check: ({ tf, judge, slots }) => {
    const x = crossChecked(tf, { ...RESNETS['ResNet-18'], classifier: false });
    judge.holds({ label: 'counter equals tfjs-layers on the full model', holds: x.same, values: { counted: x.counted, byTfjs: x.byTfjs } });
    judge.value({ label: 'parameters', measured: x.counted, asserted: slots.int('n') * 1e4 });
  },
});

export const studentStillOver = defineClaim({
  id: 'why-deep-learning-works/distilled-student-still-overparameterised',
  source: { file, quote: '然而，这个参数数量仍然超过了训练样本的数量（大约 {n:int} 万图像）' },
  statement: 'The student\'s parameter count still exceeds the number of training examples, about {n} × 10^4 (万) images.',
  reading: 'The student is ResNet-18 (rebuilt, with or without its classifier: both exceed), the training set ILSVRC-2012\'s 1,281,167 images. "大约 100 万" is read to one significant figure; "exceeds" is an exact inequality (holds).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5e5, 'one significant figure: 0.5 to 1.5 million round to 100 万'),
  correction: (e) => `然而，这个参数数量仍然超过了训练样本的数量（大约 ${Math.round(measured(e, 'training images') / 1e5) * 10} 万图像）`,
  check: ({ judge, slots }) => {
    const student = countParams(resnetLayers({ ...RESNETS['ResNet-18'], classifier: false }));
    judge.holds({ label: 'ResNet-18 (even without classifier) has more parameters than training images', holds: student > IMAGENET_1K.train, values: { student, images: IMAGENET_1K.train } });
    judge.value({ label: 'training images', measured: IMAGENET_1K.train, asserted: slots.int('n') * 1e4 });
  },
});

export const noProofYet = literature('distillation-no-proof-underparameterised', '但目前为止，知识蒸馏还没有确凿证据证明欠参数化模型能够有良好的表现',
  'So far, distillation has given no firm evidence that under-parameterised models can perform well.',
  'A judgement on the state of the literature (what has or has not been shown); no computation reaches it.');

// The text: Hinton et al. (2015) found the pattern of information across the output classes
// important, and trained a small network to approximate the pre-softmax logits of a large one. How we
// test it: at MNIST-1D scale, a small student trained on a wide teacher's logits against the same
// student (same initialisation, same inputs, same steps) trained on the labels, several seeds. What
// would refute it: the student on the logits generalising no better than on the labels, from a teacher
// shown to generalise better than that student does on the labels (the control).
const TEACHER: Arch = { kind: 'mlp', hidden: [256, 256] };
const STUDENT: Arch = { kind: 'mlp', hidden: [32] };
const STUDENT_LR = 0.01;
// The control's level: a two-sided 95% t-interval on the teacher's lead, which must lie above 0.
const CONTROL_LEVEL = 0.95;

export const logitsBeatLabels = defineClaim({
  id: 'why-deep-learning-works/student-on-teacher-logits-beats-labels',
  replicates: { citation: 'Hinton 等人（2015）' },
  // The quote stops before the trained-on target, a choice slot of the record claims above that a correction may rewrite.
  source: { file, quote: '不同输出类别间的信息模式很重要，并且他们训练了一个小型网络以近似大型网络的' },
  statement: 'The pattern of information across output classes matters: a small network trained to approximate a large network\'s pre-softmax logits does better than one trained on the labels.',
  reading: 'Hinton et al.\'s finding at MNIST-1D scale: a teacher 40-256-256-10 ReLU net (76,810 parameters) trained on n seeded labelled examples (quick 1000, standard 2000, full 4000); a student 40-32-10 (1,642 parameters), trained (a) on the one-hot labels (softmax cross-entropy) and (b) on the teacher\'s logits for the same n inputs (mean squared error on the logits, the limit of Hinton\'s soft targets at high temperature and what figure 20.16 draws), from the same initialisation, with the same minibatch order; all by minibatch Adam (batch 100): the teacher at lr 0.003 for S steps (quick 300, standard 1000, full 1200), the students at lr 0.01 for S\' steps (quick 300, standard 8000, full 10000); 1000 test examples. "Important" read as: (b) generalises better than (a). Judged: the mean over seeds (quick 3, standard 6, full 12; each a new data draw, teacher and student) of test accuracy (b) minus (a) above 0 (t-interval), gated and paired by seed: resolution 1/1000 (one test example); the teacher and both students must have converged (the mean minibatch loss over tenths of the run, relative to its first tenth since the two losses differ in units, improved by at most 0.02 over its last 3 tenths), so a run cut off while still improving decides nothing (the first design trained the students like the teacher, lr 0.003 for S steps, and at every budget they were still improving when stopped: quick seed 1, runs of both students held back by 0.036-0.063 over the last 3 tenths, with logits minus labels -0.071 [-0.112, -0.030]; prototypes of this design on other data seeds: the logits student converged by 3000 steps at lr 0.01, the labels student, still memorising, not yet, after 3000 steps its relative loss was 0.015 and falling by about a third every 300 steps, so in a run of 8000 steps the tenths before the last 3 are already within 0.02 of zero; 6000 student steps at quick timed out (300 s) on the shared machine, so quick is a smoke test at 300 steps that the gate holds back, and standard and full train the students to the plateau; the rule and the band are unchanged); a null result (an interval containing 0) has no positive control here and stays undecided. Premise (the control, added in session 10 after the session-9 referee found none; it trains nothing new, so it adds no cost): distillation passes on what a teacher that generalises better knows, so the comparison is judged only when the teacher is shown to generalise better than the student trained on the labels, the per-seed test accuracy of the teacher minus that of the labels student having its 95% t-interval above 0 (where: teacher ahead); otherwise the judgement is dropped and the claim stays undecided, since a student that does no better on the logits of a teacher with nothing more to pass on shows nothing about the sentence (at quick seed 1 of session 9 the teacher was behind the labels student in one seed of three: 0.438 against 0.441). Both the control and the difference are recorded. Scope forall: stated outright. Source numbers: a replication of Hinton 等人（2015）\'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper\'s own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'quick (300 student steps) is a smoke test the convergence gate holds back; standard\'s 8000 and full\'s 10000 student steps reach the plateau rule (a labels student at lr 0.01 was at relative loss 0.015 after 3000 steps). At convergence the prototypes put the difference near -0.01 (-0.005, -0.013, -0.031 on three data seeds, seed-to-seed sd about 0.015), which a t-interval tells from 0 at about (2.2 x 0.015 / 0.01)^2, some 11 seeds: full\'s 12, not standard\'s 6. The control (teacher ahead of the labels student) is judged on the same 12 seeds' },
  premise: (where) => where.teacherAhead === true,
  tolerance: noLessThan(0, 'any gain from the logits over the labels'),
  correction: (e) => `（MNIST-1D 复现中，以教师 logits 训练的学生并未优于以标签训练的学生：差值 ${e.observations[0]?.measured?.toFixed(3)}，CI ${JSON.stringify(e.observations[0]?.ci)}）`,
  timeLimit: { quick: 300, standard: 2400, full: 5400 },
  scale: { quick: { n: 1000, steps: 300, studentSteps: 300, seeds: 3 }, standard: { n: 2000, steps: 1000, studentSteps: 8000, seeds: 6 }, full: { n: 4000, steps: 1200, studentSteps: 10000, seeds: 12 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const n = scaled.n;
    // Minibatches of 100: the cost follows the steps and seeds, so n keeps its full size.
    const steps = scaled.steps;
    const seeds = scaled.seeds;
    record('training / test examples, Adam steps (teacher / students), seeds', `${n} / 1000, ${steps} / ${scaled.studentSteps}, ${seeds}`);
    const onTeacher: number[] = [];
    const onLabels: number[] = [];
    const onLogits: number[] = [];
    const curves: number[][] = [];
    for (let s = 0; s < seeds; s++) {
      const task = mnist1dTask(tf, { seed: streams.child('data', s).value, nTrain: n, nTest: 1000 });
      const teacher = archNet(tf, TEACHER, streams.child('teacher init', s).value);
      const student = archNet(tf, STUDENT, streams.child('student init', s).value);
      const tInit = teacher.init();
      const sInit = student.init();
      const common = { lr: 0.003, steps, x: task.train.x, batchSize: 100, orderSeed: streams.child('order', s).value };
      const t = trainFlat(tf, teacher.forward, tInit, { ...common, y: task.train.y, target: 'labels' });
      const logits = tf.tidy(() => teacher.forward(t.params, task.train.x)) as Tensor2D;
      // The students are tiny, so they can afford the steps the plateau rule needs (see the reading).
      const studentRun = { ...common, lr: STUDENT_LR, steps: scaled.studentSteps };
      const a = trainFlat(tf, student.forward, sInit, { ...studentRun, y: task.train.y, target: 'labels' });
      const b = trainFlat(tf, student.forward, sInit, { ...studentRun, y: logits, target: 'logits' });
      try {
        const test = (f: typeof teacher.forward, p: typeof t.params) => accuracyOf(tf, f, p, task.test.x, task.test.y);
        const [accT, accA, accB] = [test(teacher.forward, t.params), test(student.forward, a.params), test(student.forward, b.params)];
        record(`seed ${s}: test accuracy teacher / student on labels / student on logits`, `${accT.toFixed(3)} / ${accA.toFixed(3)} / ${accB.toFixed(3)}`);
        onTeacher.push(accT);
        onLabels.push(accA);
        onLogits.push(accB);
        // The two students' losses are in different units (cross-entropy, squared logit error): each curve is read relative to its first tenth.
        for (const r of [t, a, b]) {
          const c = lossTenths(r.costs);
          curves.push(c.map((x) => x / c[0]!));
        }
      } finally {
        tf.dispose([...tInit, ...sInit, ...t.params, ...a.params, ...b.params, logits]);
        task.dispose();
      }
    }
    const interval = (a: readonly number[], b: readonly number[]) => meanInterval(a.map((x, k) => x - b[k]!), CONTROL_LEVEL);
    const lead = interval(onTeacher, onLabels);
    const gain = interval(onLogits, onLabels);
    const shown = (i: typeof lead) => `${i.estimate.toFixed(3)} [${i.lo.toFixed(3)}, ${i.hi.toFixed(3)}]`;
    record('control: test accuracy, teacher minus student on labels (mean, 95% t-interval)', shown(lead));
    record('test accuracy, student on logits minus student on labels (mean, 95% t-interval)', shown(gain));
    judge.paired({
      label: 'student test accuracy, logits minus labels',
      where: { teacherAhead: lead.lo > 0 },
      a: onLogits,
      b: onLabels,
      resolution: 1 / 1000,
      training: { curves, rule: { kind: 'plateau', window: 3, tolerance: 0.02, goal: 'min' } },
    });
  },
});

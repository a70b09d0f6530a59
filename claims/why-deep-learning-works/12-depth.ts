// § 20.2.7 网络深度 (part 2: the experiments)
// The text: in figure 20.2 (He initialisation) deeper nets train in fewer iterations. Frankle & Carbin
// (2019) trained a network, pruned its smallest-magnitude weights and retrained the rest from the same
// initial weights with the same or better performance; with the weights randomly re-initialised this
// does not work (the lottery ticket). How we test it: figure 20.2's four nets at the text's learning
// rate, steps to zero training error by depth; the lottery ticket at MNIST-1D scale, one-shot global
// magnitude pruning of a trained MLP, the surviving weights retrained from their original values
// against a fresh random draw with the same mask, over several seeds. What would refute it: a deeper
// net needing more steps; the ticket below the dense net; the re-initialised sparse net generalising
// as well as the ticket.
import type { Tensor } from '@tensorflow/tfjs';
import { atLeast, below, defineClaim, exactly, type CheckContext, noLessThan, type PerBudget, writeQuote } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { deeperObserved, fig202Runs, judgeDeeperFaster } from '../../src/nets/experiments/random-label-fits-by-depth.js';
import { FIG_20_2_SCALE, fig202ScaleNote } from '../../src/experiments/random-labels-at-text-rate.js';
import { magnitudeMasks } from '../../src/nets/probe/param-probes.js';

const file = 'why-deep-learning-works.md';
// l.59 names figure 20.2's data and setting in one phrase: as written (使用 He 初始化的 MNIST 数据上),
// or as the correction of why-deep-learning-works/deeper-nets-figure-is-mnist1d writes it, which also
// gives He initialisation to the nets, as the caption does. A choice slot of every wording, so the
// claims quoting the phrase follow the fix.
const FIG202_DATA = 'MNIST-1D';
// The space before a Latin word after 在, as the chapter writes it.
const phrasing = (data: string, heOnNets: boolean) => (heOnNets ? ` ${data} 数据上使用 He 初始化时` : `使用 He 初始化的 ${data} 数据上`);
const FIG202_PHRASES = [phrasing('MNIST', false), phrasing(FIG202_DATA, false), phrasing('MNIST', true), phrasing(FIG202_DATA, true)];
const fig202Phrase = `在{phrase:${FIG202_PHRASES.join('|')}}`;

// Seeds of figure 20.2's four nets at the text's rate: five give a paired interval on each depth step
// (a seed at full costs about a minute); the data sizes are those the rate affords (FIG_20_2_SCALE).
const DEPTH_SCALE: PerBudget<{ n: number; cap: number; every: number; seeds: number }> = {
  quick: { ...FIG_20_2_SCALE.quick, seeds: 5 }, standard: { ...FIG_20_2_SCALE.standard, seeds: 5 }, full: { ...FIG_20_2_SCALE.full, seeds: 5 },
};

export const deeperFewerIterations = defineClaim({
  id: 'why-deep-learning-works/deeper-nets-train-in-fewer-iterations',
  replicates: { citation: '图 20.2' },
  source: { file, quote: `图 20.2 显示，${fig202Phrase}，更深的网络在更少的迭代次数内完成训练` },
  statement: 'In figure 20.2 (He initialisation, MNIST-1D), deeper nets finish training in fewer iterations.',
  reading: `The same statement as figure 20.2's caption ("深层模型需要的训练周期更少", tested on more examples at lr 0.25 by why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster), here at the caption's learning rate 0.0025: the caption's four nets (hidden layers 298 / 100,100 / 75,75,75 / 63x4 ReLU, ~15,200 parameters each), He initialisation, plain full-batch gradient descent on the mean cross-entropy, no momentum or regularisation, seeded MNIST-1D with permuted labels. ${fig202ScaleNote} "Fewer iterations" read as the caption's ordering: each net reaches 100% training accuracy in fewer steps than the net one layer shallower. Judged (gated, paired by seed; seeds quick 5, standard 5, full 5, each one data draw and one initialisation per net): for 2, 3 and 4 layers (where = layers), the mean over seeds of ln(steps to fit / (steps one layer fewer - one evaluation interval)) below 0 (the interval: 25 steps at quick, 50 otherwise), every run required to have reached 100% training accuracy within the cap (a run cut off by the cap decides nothing). Bonferroni over the 3 depth steps. The evaluation interval is an equivalence margin shared with why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster (session 9, declared before any run of it): a deeper net within one interval of the shallower one, or slower, reads "not fewer", so a null step is decided once its interval clears 0 instead of waiting for a positive control. The first design (one seed, each depth step a single-run fact) could not refute at any budget (final referee pass, part 2 items 158, 185) and is replaced; the second (no margin) stands as above but for the margin. At this rate and scale the 2-layer net fitted more slowly than the 1-layer one (session 8, quick seed 1: log ratio 0.42 [0.003, 0.84]), while on 500-1000 examples at lr 0.25 it fits clearly faster (the sibling claim): the ordering of this proxy depends on its scale and step size, so the result is a statement about this scale only. Scope forall: the figure's four depths, each compared with one layer fewer. A replication of figure 20.2 at the scale the caption's rate affords (50-150 examples, not its 4,000), so the result reads as reproduced or not reproduced at this scale. The text's "MNIST 数据" names the data set of figure 20.2, which is MNIST-1D (why-deep-learning-works/deeper-nets-figure-is-mnist1d).`,
  kind: 'experiment',
  scope: 'forall',
  judgements: 3,
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: the interval\'s lower end is near 0, so a quick seed may leave it undecided, and standard\'s 5 seeds on 100 examples (where the earlier single seed had every deeper net slower: 1800/1950/2000/2050 steps) decide it' },
  tolerance: below(0, '"更少的迭代次数": fewer steps to zero training error than one layer fewer (a log ratio below 0)'),
  correction: (e) => `${deeperObserved(e.observations, '在学习率 0.0025（图 20.2 的学习率）的 MNIST-1D 随机标签复现中', e.records['examples (random labels) / step cap / evaluation interval / seeds'])}（在 500 至 1000 个样本、学习率 0.25 的复现中，2 层网络则明显快于 1 层：深度带来的加速随规模和学习率而变。）`,
  timeLimit: { quick: 300, standard: 900, full: 1800 },
  scale: DEPTH_SCALE,
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const { n, cap, every, seeds } = scaled;
    record('examples (random labels) / step cap / evaluation interval / seeds', `${n} / ${cap} / ${every} / ${seeds}`);
    const bySeed = streams.replicates('replicate', seeds).map((seed) => fig202Runs(tf, { n, lr: 0.0025, cap, every, seed }));
    bySeed.forEach((runs, i) => record(`seed ${i}: steps to zero training error, 1 / 2 / 3 / 4 layers`, runs.map((r) => r.fitStep ?? `>${cap}`).join(' / ')));
    judgeDeeperFaster(judge, bySeed, cap, every);
  },
});

// The text: figure 20.2 is "MNIST 数据". How we test it: against the figure's own caption (line 199:
// "4000 个带有随机标签的 MNIST-1D 示例"). What would refute it: the text naming another data set.
// The correction also moves He initialisation from the data to the nets (a wording matter, on the span
// the data set's correction edits anyway; session-9 referee).
const fig202DataQuote = fig202Phrase;
const dataNamed = (phrase: string) => (phrase.includes(FIG202_DATA) ? FIG202_DATA : 'MNIST');
export const deeperNetsFigureData = defineClaim({
  id: 'why-deep-learning-works/deeper-nets-figure-is-mnist1d',
  source: { file, quote: fig202DataQuote },
  statement: 'Figure 20.2, cited for deeper nets training in fewer iterations, was made on the data the text names ("{phrase}").',
  reading: `The data set the main text names for figure 20.2 (in "{phrase}") against the one the figure's caption names: "四个全连接网络被用来拟合 4000 个带有随机标签的 ${FIG202_DATA} 示例" (图 20.2, MNIST-1D 训练). MNIST (28x28 images) and MNIST-1D (40-point 1-D signals) are different data sets, and the nets of figure 20.2 (40 inputs) fit only the latter. Only the data set is judged. The correction rewrites the phrase as "在${phrasing(FIG202_DATA, true)}": in "使用 He 初始化的 MNIST 数据" He initialisation modifies the data, while the caption gives it to the nets ("利用……He 初始化……四个全连接网络被用来拟合"); every reader takes the sentence to mean the nets, so on its own that is wording, not an error (at most a note), but it lies on the span this correction edits anyway, so the edit carries it (session-9 referee). Scope forall: one figure.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a data set is the figure\'s or it is not'),
  correction: (e) => ({ replace: { span: writeQuote(fig202DataQuote, e.slots.values), text: writeQuote(fig202DataQuote, e.slots.values, { phrase: phrasing(FIG202_DATA, true) }) } }),
  check: ({ judge, slots }) => {
    judge.holds({ label: 'the data set named is figure 20.2\'s', holds: dataNamed(slots.choice('phrase')) === FIG202_DATA });
  },
});

type LotteryScale = { seeds: number; n: number; steps: number };
const LOTTERY_SCALE: PerBudget<LotteryScale> = { quick: { seeds: 3, n: 500, steps: 150 }, standard: { seeds: 4, n: 500, steps: 300 }, full: { seeds: 12, n: 600, steps: 300 } };
const lotteryNet = '40-128-128-10 ReLU net (He init), full-batch Adam (lr 0.003, S steps: quick 150, standard 300, full 300) on n seeded MNIST-1D examples (quick 500, standard 500, full 600), 1000 test examples; one-shot global magnitude pruning keeping 10% of the weights (biases kept); the sparse net retrained for S steps (a) from the original initial values (the ticket) and (b) from a fresh He draw with the same mask';

/** Per seed: test accuracy of the dense net, the ticket and the re-initialised sparse net. */
// A test-accuracy curve has levelled off: it improved by at most 0.02 over the last 3 of its 10 recorded points.
const LOTTERY_PLATEAU = { kind: 'plateau', window: 3, tolerance: 0.02, goal: 'max' } as const;
type LotteryRun = { dense: number; ticket: number; fresh: number; curves: { dense: number[]; ticket: number[]; fresh: number[] } };
function lotteryAccuracies({ tf, scaled, seeds: streams, record }: Pick<CheckContext<LotteryScale>, 'tf' | 'scaled' | 'seeds' | 'record'>): LotteryRun[] {
  const { seeds, n, steps } = scaled;
  record('examples / test examples / steps per run / kept share / seeds', `${n} / 1000 / ${steps} / 0.1 / ${seeds}`);
  const out: LotteryRun[] = [];
  for (let i = 0; i < seeds; i++) {
    const s = streams.child('replicate', i);
    const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 1000 });
    const spec = (k: number) => ({ sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: s.child('init', k).value });
    // Ten recorded points per run: the gated judgement reads whether each test-accuracy curve had levelled off.
    const opts = { optimizer: 'adam' as const, lr: 0.003, steps, evalEvery: Math.max(1, Math.round(steps / 10)), train: task.train, test: task.test };
    const dense = runClassifier(tf, spec(1), { ...opts, keep: true });
    const masks = magnitudeMasks(tf, dense.final, 0.1);
    try {
      const ticket = runClassifier(tf, spec(1), { ...opts, init: dense.init, masks });
      const fresh = runClassifier(tf, spec(2), { ...opts, masks });
      const [d, t, f] = [dense, ticket, fresh].map((r) => r.testAcc.at(-1)!);
      record(`seed ${i}: test accuracy dense / ticket / re-initialised`, `${d!.toFixed(3)} / ${t!.toFixed(3)} / ${f!.toFixed(3)}`);
      out.push({ dense: d!, ticket: t!, fresh: f!, curves: { dense: dense.testAcc, ticket: ticket.testAcc, fresh: fresh.testAcc } });
    } finally {
      task.dispose();
      tf.dispose([...dense.init, ...dense.final, ...masks.filter((m): m is Tensor => m !== null)]);
    }
  }
  return out;
}

export const reinitialisedTicketFails = defineClaim({
  id: 'why-deep-learning-works/lottery-ticket-needs-original-init',
  replicates: { citation: 'Frankle & Carbin（2019）' },
  source: { file, quote: '如果权重随机重新初始化，则此方法不适用' },
  statement: 'A pruned sub-network retrained from the original initial weights performs well, but not when its weights are randomly re-initialised.',
  reading: `Frankle & Carbin's lottery ticket at MNIST-1D scale (they used VGG/ResNet on CIFAR-10 and LeNet on MNIST): a ${lotteryNet}. "Does not work" read as: (b)'s test accuracy is below (a)'s. Judged (gated, paired by seed): the per-seed gap, ticket minus re-initialised test accuracy, over seeds (quick 3, standard 4, full 12; full had 8 until the session-8 full run left the dense comparison one seed short) by a t-interval that must lie above 0, with resolution 1/1000 (one test example); the ticket and the re-initialised net must both have converged (test accuracy improved by at most 0.02 over the last 3 of 10 recorded points); a null result has no positive control here and stays undecided. The first design judged the same gap by an ungated mean, which could never refute; the session-8 full run put it wholly below 0, so it is now gated and reads "not reproduced at this scale" when every curve is level. Design change made after seeing the verdict flip across quick seeds when a single run (quick) or two runs were judged one by one: the statistic is now the mean gap over several seeds with its confidence interval, for seed stability; the net, data, pruning and training are as before. Scope forall: a definite statement ('此方法不适用'), judged on the mean gap over seeds. Checked against Frankle & Carbin 2019, sections 2-4: the same sub-networks randomly re-initialised learn more slowly and reach lower test accuracy.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'at quick the gap is near 0 and its interval straddles 0; the session-8 full run (8 seeds, 300 steps, 600 examples) put the mean gap wholly below 0, which the first, ungated design could not report; gated, full\'s 12 seeds decide it once every ticket and re-initialised curve is level by the plateau rule' },
  tolerance: noLessThan(0, 'the sentence asserts only a direction: the mean gap must be positive (its whole interval above 0)'),
  correction: (e) => `（MNIST-1D 复现中，随机重新初始化的稀疏网络并不逊于“中奖彩票”：平均差距 ${(e.observations[0]?.measured ?? NaN).toFixed(3)}）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: LOTTERY_SCALE,
  check: (ctx) => {
    const acc = lotteryAccuracies(ctx);
    ctx.judge.paired({
      label: 'test accuracy gap, ticket minus re-initialised, paired by seed',
      a: acc.map((a) => a.ticket),
      b: acc.map((a) => a.fresh),
      resolution: 1 / 1000,
      training: { curves: acc.flatMap((a) => [a.curves.ticket, a.curves.fresh]), rule: LOTTERY_PLATEAU },
    });
  },
});

export const ticketMatchesDense = defineClaim({
  id: 'why-deep-learning-works/lottery-ticket-matches-dense-net',
  replicates: { citation: 'Frankle & Carbin（2019）' },
  source: { file, quote: '再剪裁幅度最小的权重，并从相同的初始权重重新训练，可以获得相同或更优的性能' },
  statement: 'Training a network, pruning its smallest-magnitude weights and retraining the rest from the same initial weights gives the same or better performance.',
  reading: `The phenomenon Frankle & Carbin showed on VGG/ResNet (CIFAR-10) and LeNet (MNIST), tested at MNIST-1D scale, not their networks: a ${lotteryNet}. "The same or better" read as: the ticket's test accuracy is at least the dense net's minus 0.02. Judged (gated, paired by seed): the per-seed gap, ticket minus dense test accuracy, over seeds (quick 3, standard 4, full 12; full had 8 until the session-8 full run left the dense comparison one seed short) by a t-interval that must lie above -0.02, with resolution 1/1000 (one test example); the dense net and the ticket must both have converged (test accuracy improved by at most 0.02 over the last 3 of 10 recorded points), so an under-trained pair decides nothing; a null result has no positive control here and stays undecided. The re-initialised control is why-deep-learning-works/lottery-ticket-needs-original-init (same runs, same seeds). Scope forall: '可以获得' reports what Frankle & Carbin's procedure yields (their winning tickets exist, which is their finding, not ours to witness); re-run at this scale the procedure is a replication of that finding, judged on the mean gap over seeds, so it can read "not reproduced at this scale" (the first scope, exists, could never fail: the final referee pass, part 1 item 58). Checked against Frankle & Carbin 2019, sections 2-4 (LeNet on MNIST, Conv-2/4/6, VGG-19 and ResNet-18 on CIFAR-10): tickets kept at 10-20% of the weights and reset to their initial values match or beat the dense net's test accuracy.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'full trains 12 seeds (quick 3, standard 4) for 300 steps on 600 examples: the session-8 full run at 8 seeds left the interval across the band edge by a hair and projected (the t quantile at the projected n) just over 8 seeds, so full now has 12; the gated design decides once every test-accuracy curve is level by the plateau rule' },
  tolerance: atLeast(0.02, '"the same" performance: two test accuracies measured on 1,000 examples differ by ~0.015 (one standard error of an accuracy near 0.7) from sampling alone; 0.02 is what "the same" can mean at this test size'),
  correction: (e) => `（MNIST-1D 复现中，保留 10% 权重的“中奖彩票”测试准确率平均比原网络低 ${(-(e.observations[0]?.measured ?? NaN)).toFixed(3)}。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: LOTTERY_SCALE,
  check: (ctx) => {
    const acc = lotteryAccuracies(ctx);
    ctx.judge.paired({
      label: 'test accuracy gap, ticket minus dense, paired by seed',
      a: acc.map((a) => a.ticket),
      b: acc.map((a) => a.dense),
      asserted: 0,
      resolution: 1 / 1000,
      training: { curves: acc.flatMap((a) => [a.curves.dense, a.curves.ticket]), rule: LOTTERY_PLATEAU },
    });
  },
});

export const deepHarderNumerical = defineClaim({
  id: 'why-deep-learning-works/deep-nets-harder-to-fit-numerically',
  source: { file, quote: '由于梯度爆炸和消失（如图 7.7 所示）以及碎裂梯度（如图 11.3 所示），深层神经网络更加难以拟合' },
  statement: 'Deep networks are harder to fit because of exploding and vanishing gradients (figure 7.7) and shattered gradients (figure 11.3).',
  kind: 'not-checkable',
  reason: 'A causal attribution to mechanisms of other chapters (figures 7.7 and 11.3), and the next sentence calls them practical numerical problems. Its testable content is tested at MNIST-1D scale: away from He\'s variance a 10-layer net does not fit (why-deep-learning-works/he-init-indispensable-for-deep-nets), while at He\'s variance deeper nets of figure 20.2 fit in fewer steps (why-deep-learning-works/deeper-nets-train-in-fewer-iterations), so "harder" holds only through the numerical mechanism.',
});

export const noConvexityEvidence = defineClaim({
  id: 'why-deep-learning-works/no-evidence-depth-changes-convexity',
  source: { file, quote: '但这些主要是实际的数值问题，并无确凿证据表明随着网络深度增加，底层损失函数的凸性会有本质的增减' },
  statement: 'These are mainly practical numerical problems; there is no conclusive evidence that the convexity of the underlying loss changes fundamentally with depth.',
  kind: 'not-checkable',
  reason: 'A statement about the state of the evidence in the literature, not about networks.',
});

export const deeperSteeperHedge = defineClaim({
  id: 'why-deep-learning-works/deeper-steeper-gradients-hedge',
  source: { file, quote: '这可能是因为更深网络的梯度更为陡峭，或者 He 初始化使得宽而浅的网络从更远离最优参数的点开始训练' },
  statement: 'This may be because deeper nets have steeper gradients, or because He initialisation starts wide shallow nets farther from the optimal parameters.',
  kind: 'not-checkable',
  reason: 'Two hedged ("可能") candidate explanations of figure 20.2, offered without a measurable claim that either is the cause.',
});

export const frankleAttribution = defineClaim({
  id: 'why-deep-learning-works/frankle-carbin-2019-attribution',
  source: { file, quote: 'Frankle & Carbin（2019）通过对小型网络如 VGG 的研究' },
  statement: 'Frankle & Carbin (2019) showed, on small networks such as VGG, that pruning the smallest weights of a trained net and retraining from the same initial weights gives the same or better performance.',
  kind: 'not-checkable',
  reason: "An attribution to a paper's CIFAR-10 / MNIST experiments on VGG, ResNet and LeNet, which this project cannot rerun; the phenomenon is reproduced at MNIST-1D scale by why-deep-learning-works/lottery-ticket-matches-dense-net and why-deep-learning-works/lottery-ticket-needs-original-init.",
});

export const lotteryHypothesis = defineClaim({
  id: 'why-deep-learning-works/lottery-ticket-hypothesis-named',
  source: { file, quote: '他们认为，原始的过参数化网络含有可训练的小型子网络' },
  statement: 'They argue that the original over-parameterised network contains small trainable sub-networks sufficient for the required performance (the lottery ticket hypothesis; the sub-networks are the "winning tickets").',
  kind: 'not-checkable',
  reason: 'An attribution of a hypothesis and its name to Frankle & Carbin. The existence of such a sub-network in one MNIST-1D MLP is what why-deep-learning-works/lottery-ticket-matches-dense-net measures; the hypothesis itself (that every large net contains one) is a general conjecture.',
});

export const subnetworkCountHedge = defineClaim({
  id: 'why-deep-learning-works/number-of-subnetworks-may-matter',
  source: { file, quote: '这表明，在拟合过程中，有效子网络的数量可能具有关键作用' },
  statement: 'This suggests that the number of effective sub-networks may play a key role in fitting.',
  kind: 'not-checkable',
  reason: 'A hedged inference ("可能") with no defined measure of "effective sub-networks" to count.',
});

export const depthRoleUndescribed = defineClaim({
  id: 'why-deep-learning-works/subnetwork-role-with-depth-undescribed',
  source: { file, quote: '尽管如此，对于固定的参数数量，这种作用可能随网络深度而变化' },
  statement: 'For a fixed number of parameters this role may vary with depth, but the phenomenon lacks a precise description.',
  kind: 'not-checkable',
  reason: 'A hedge ("可能") and a statement about the literature (no precise description yet).',
});

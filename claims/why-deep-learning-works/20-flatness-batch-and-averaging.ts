// § 20.4.2 极小点的平坦性 (the paragraphs on Keskar et al., Kleinberg et al., weight and output averaging, and Neyshabur et al.)
// The text: flatness correlates with generalisation across batch sizes and learning rates (Keskar et
// al. 2017); gradient noise (small batches) avoids sharp regions (Kleinberg et al. 2018); weight
// averaging along the trajectory (Izmailov et al. 2018) and output averaging (ensembles) flatten the
// minimum; but sharpness does not predict generalisation across data sets (Neyshabur et al. 2017).
// How we test it: as in 20-flatness.ts, on the grid of § 20.4.1 and on dedicated runs, several seeds.
import type { Tensor } from '@tensorflow/tfjs';
import { defineClaim, type CheckContext, atMost, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { mnist1dTask, type Mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { evaluateClassifier, runClassifier } from '../../src/nets/train/classifier-run.js';
import { averageParams, ensemblePerturbationIncrease, perturbationIncrease, topHessianEigenvalue } from '../../src/nets/landscape/sharpness.js';
import type { TrainNetSpec } from '../../src/nets/train/train-mlp.js';
import { BATCH_LR_GRID, batchGain, failedMeans, grid, GRID_READING, GRID_SCALE, sharpnessTestCorrelation } from '../../src/experiments/batch-lr-grid.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.

const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });
const SHARPNESS = 'Sharpness = the largest Hessian eigenvalue of the training cross-entropy at the end of the run (15 power iterations on Hessian-vector products from central differences of gradients); the perturbation increase = the mean, over 4 draws, of the loss increase when every weight matrix and bias vector p is moved by 0.05 |p| in a random Gaussian direction (relative per tensor, so the measure is unchanged by rescaling between layers).';
const limits = { quick: 120, standard: 900, full: 2400 };

export const singleModelStudies = literature('flatness-studies-single-model', '以上研究主要考虑了单个模型和训练集的平坦性',
  'The studies above mainly consider the flatness of a single model and training set.',
  'A characterisation of a body of literature; no computation reaches what other papers studied.');
export const keskarFlatnessAttribution = literature('keskar-2017-flatness-correlates', '然而，Keskar 等人（2017）通过改变批量大小和学习率发现',
  'Keskar et al. (2017), varying batch size and learning rate, found that flatness correlates with generalisation.',
  'An attribution (their networks and data); the phenomenon is reproduced at MNIST-1D scale by why-deep-learning-works/sharpness-correlates-with-generalisation.');


export const sharpnessCorrelates = defineClaim({
  id: 'why-deep-learning-works/sharpness-correlates-with-generalisation',
  replicates: { citation: 'Keskar 等人（2017）' },
  source: { file, quote: '平坦性与泛化能力存在相关性' },
  statement: 'Across batch sizes and learning rates, flatness of the minimum correlates with generalisation.',
  reading: `Keskar et al.'s finding as a phenomenon at MNIST-1D scale. ${GRID_READING} ${SHARPNESS} Per seed: Spearman's correlation over the grid's minima between sharpness and test accuracy (flatter, better: negative). Judged: the mean over seeds below 0 (t-interval). Scope forall: the correlation is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'rho -0.63 with its 2-seed interval clipped to [-1, 1]: at least 2*(1/0.63)^2 = 5.1 seeds, above standard\'s 4; full has 8' },
  shares: [BATCH_LR_GRID],
  tolerance: noMoreThan(0, '"correlates" (flat with good generalisation): any negative rank correlation of sharpness with test accuracy'),
  correction: (e) => `（MNIST-1D 复现中，尖锐度与测试准确率并无负相关：${failedMeans(e)}）`,
  timeLimit: limits,
  scale: GRID_SCALE,
  check: (ctx) => {
    ctx.judge.mean({ range: [-1, 1], label: 'Spearman rho(sharpness, test accuracy)', samples: sharpnessTestCorrelation(ctx) });
  },
});
export const kleinbergAttribution = literature('kleinberg-2018-gradient-noise', 'Kleinberg 等人（2018）指出，训练过程中较大的梯度方差有助于避免尖锐区域',
  'Kleinberg et al. (2018) argue that larger gradient variance during training helps avoid sharp regions, which explains why smaller batches and added noise help generalisation.',
  'An attribution and an explanation; the phenomenon (smaller batches, more gradient noise, flatter minima) is reproduced at MNIST-1D scale by why-deep-learning-works/smaller-batches-find-flatter-minima.');

export const smallBatchFlatter = defineClaim({
  id: 'why-deep-learning-works/smaller-batches-find-flatter-minima',
  source: { file, quote: '这解释了为什么减小批量大小和增加噪声能够促进泛化' },
  statement: 'Larger gradient variance (smaller batches) steers training away from sharp regions, which is why smaller batches generalise better.',
  reading: `${GRID_READING} ${SHARPNESS} The batch-25 gradient has the most variance, the full batch none. Per seed: sharpness at full batch minus sharpness at batch 25, same learning rate, averaged over the learning rates (judged above 0: batch 25 flatter; a first design judged the log of the ratio, which a run whose power-iteration estimate came out negative, -0.045 at seed 2 of the first quick run, left undefined, so the difference is judged), and the test-accuracy gain of batch 25 over the full batch (judged above 0, the generalisation it is said to explain). Means over seeds, t-intervals, Bonferroni over 2. Scope forall: the explanation is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'the undecided judgement is the test-accuracy gain; standard runs the grid over 4 seeds instead of quick\'s 2 (1000 examples and a third learning rate, 0.25): as many as the samples the summary projects (the t quantile at the projected n) to narrow quick\'s interval past the band at quick\'s estimate (Bonferroni over the 2 judgements), so standard is the smallest budget that reaches the projection and full\'s 8 seeds leave a margin; the mean is ungated, so an estimate that moved across the band would leave it undecided, not refuted' },
  shares: [BATCH_LR_GRID],
  tolerance: noLessThan(0, 'directions alone: any flattening (judged as the sharpness difference, full batch minus batch 25) and any gain'),
  correction: (e) => `（MNIST-1D 复现中：${failedMeans(e)}）`,
  judgements: 2,
  timeLimit: limits,
  scale: GRID_SCALE,
  check: (ctx) => {
    const runs = grid(ctx);
    const full = Math.max(...runs.map((r) => r.batch));
    const seeds = [...new Set(runs.map((r) => r.seed))];
    const lrs = [...new Set(runs.map((r) => r.lr))];
    const sharp = (s: number, b: number, lr: number) => runs.find((r) => r.seed === s && r.batch === b && r.lr === lr)!.sharpness;
    ctx.record('sharpness by seed and (batch, lr)', runs.map((r) => `s${seeds.indexOf(r.seed) + 1}(${r.batch},${r.lr}):${r.sharpness.toPrecision(3)}`).join(' '));
    ctx.judge.mean({ label: 'sharpness at full batch minus at batch 25', samples: seeds.map((s) => lrs.reduce((t, lr) => t + sharp(s, full, lr) - sharp(s, 25, lr), 0) / lrs.length), where: { measure: 'flatness' } });
    ctx.judge.mean({ label: 'test accuracy, batch 25 minus full batch', samples: batchGain(runs, 25, full), where: { measure: 'generalisation' } });
  },
});

// A 40-100-10 net trained by SGD (batch 25, lr 0.5) from draw `netSeed` to zero training error.
function fitNet(ctx: Pick<CheckContext, 'tf'>, task: Mnist1dTask, spec: TrainNetSpec, n: number, cap: number, init?: readonly Tensor[]) {
  return runClassifier(ctx.tf, spec, { optimizer: 'sgd', lr: 0.5, batchSize: 25, steps: cap, evalEvery: Math.ceil(n / 25), train: task.train, stopWhenFit: true, keep: true, ...(init ? { init } : {}) });
}
const netSpec = (seed: number): TrainNetSpec => ({ sizes: [40, 100, 10], phi: 'relu', weightVariance: 2, seed });
const PROBE = 'The perturbation increase here = the mean over 8 draws of the loss increase when every weight matrix and bias vector p moves by 0.1 |p| in a random Gaussian direction (larger than on the grid, so that the increase stands above the draw-to-draw noise of the test loss).';

export const izmailovAttribution = literature('izmailov-2018-weight-averaging', 'Izmailov 等人（2018）通过平均学习轨迹中多个点的权重',
  'Izmailov et al. (2018), by averaging the weights of several points along the trajectory, made both the test and training surfaces flatter at the minimum and improved generalisation.',
  'An attribution (their networks and data); the phenomenon is reproduced at MNIST-1D scale by why-deep-learning-works/weight-averaging-flatter-and-better.');

export const swaFlatterBetter = defineClaim({
  id: 'why-deep-learning-works/weight-averaging-flatter-and-better',
  replicates: { citation: 'Izmailov 等人（2018）' },
  source: { file, quote: '不仅使最小值处的测试和训练表面更平坦，也提高了模型的泛化性' },
  statement: 'Averaging the weights of several points along the training trajectory makes the training and test loss surfaces flatter at the resulting minimum and improves generalisation.',
  reading: `Stochastic weight averaging at MNIST-1D scale: a 40-100-10 ReLU net (He init), SGD batch 25, constant lr 0.5, n seeded examples (quick 500, standard and full 1000), trained to zero training error, then E more epochs at the same learning rate (quick 10, standard 20, full 20), the parameters saved at every epoch end; SWA = their average, compared with the last of them (the ordinary final iterate, same training time). ${PROBE} Per seed: SWA minus final for test accuracy (judged above 0), and for the perturbation increase of the training loss and of the test loss (each judged below 0: flatter). Seeds quick 3, standard 6, full 10; t-intervals, Bonferroni over 3. Gated, paired by seed: resolution 1/1000 for test accuracy (one test example) and 1e-4 nats for the perturbation increases (below the draw-to-draw spread of an 8-draw mean); every run must have reached zero training error (the design's own stopping point, a target of training accuracy 1), so a run cut off by the step cap decides nothing; a null result (an interval containing 0) has no positive control here and stays undecided. Sharpness (largest Hessian eigenvalue) of both is recorded. Scope forall: the published result is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1 (the gated training-surface judgement); should another seed leave it undecided, standard\'s 6 seeds narrow that interval by about half' },
  tolerance: noLessThan(0, 'directions alone: any gain in test accuracy, any flattening (judged as the negated difference)'),
  correction: (e) => `（MNIST-1D 复现中：${failedMeans(e)}）`,
  judgements: 3,
  timeLimit: limits,
  scale: { quick: { n: 500, epochs: 10, seeds: 3 }, standard: { n: 1000, epochs: 20, seeds: 6 }, full: { n: 1000, epochs: 20, seeds: 10 } },
  check: ({ tf, scaled, seeds: streams, record, judge }) => {
    const n = scaled.n;
    const epochs = scaled.epochs;
    const seeds = scaled.seeds;
    record('training examples / extra epochs / seeds', `${n} / ${epochs} / ${seeds}`);
    const metric = { test: { swa: [] as number[], last: [] as number[] }, trainRise: { swa: [] as number[], last: [] as number[] }, testRise: { swa: [] as number[], last: [] as number[] } };
    const curves: number[][] = [];
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 1000 });
      const spec = netSpec(s.child('init').value);
      const snaps: Tensor[][] = [];
      try {
        const first = fitNet({ tf }, task, spec, n, 3000);
        tf.dispose(first.init);
        curves.push(first.trainAcc);
        let cur = first.final;
        for (let e = 0; e < epochs; e++) {
          const r = runClassifier(tf, spec, { optimizer: 'sgd', lr: 0.5, batchSize: 25, steps: Math.ceil(n / 25), evalEvery: Math.ceil(n / 25), orderSeed: s.child('order', e).value, train: task.train, init: cur, keep: true });
          tf.dispose(r.init);
          snaps.push(r.final);
          if (e === 0) tf.dispose(cur);
          cur = r.final;
        }
        const swa = averageParams(tf, snaps);
        const last = snaps.at(-1)!;
        const probe = { rho: 0.1, draws: 8, seed: s.child('perturbation').value };
        const m = [swa, last].map((p) => ({ test: evaluateClassifier(tf, spec, p, task.test).acc, train: evaluateClassifier(tf, spec, p, task.train).acc, trainRise: perturbationIncrease(tf, spec, p, task.train, probe), testRise: perturbationIncrease(tf, spec, p, task.test, probe), sharp: topHessianEigenvalue(tf, spec, p, task.train, { iters: 15, seed: s.child('hessian').value }) }));
        tf.dispose(swa);
        record(`seed ${i}: SWA / final: test acc, train acc, train rise, test rise, sharpness`, m.map((x) => [x.test, x.train, x.trainRise, x.testRise, x.sharp].map((v) => v.toPrecision(3)).join(', ')).join(' / '));
        for (const key of ['test', 'trainRise', 'testRise'] as const) {
          metric[key].swa.push(m[0]![key]);
          metric[key].last.push(m[1]![key]);
        }
      } finally {
        snaps.forEach((p) => tf.dispose(p));
        task.dispose();
      }
    }
    const training = { curves, rule: { kind: 'target' as const, value: 1, goal: 'max' as const } };
    judge.paired({ label: 'test accuracy, SWA minus final iterate', a: metric.test.swa, b: metric.test.last, resolution: 1 / 1000, training, where: { measure: 'generalisation' } });
    judge.paired({ label: 'training-loss perturbation increase, final minus SWA', a: metric.trainRise.last, b: metric.trainRise.swa, resolution: 1e-4, training, where: { measure: 'training surface flatter' } });
    judge.paired({ label: 'test-loss perturbation increase, final minus SWA', a: metric.testRise.last, b: metric.testRise.swa, resolution: 1e-4, training, where: { measure: 'test surface flatter' } });
  },
});

export const ensembleFlatter = defineClaim({
  id: 'why-deep-learning-works/ensembles-flatten-the-test-loss-surface',
  source: { file, quote: '例如模型输出的平均化（集成方法）可以使测试损失表面更平坦' },
  statement: 'Averaging the outputs of several models (ensembling) makes the test loss surface flatter.',
  reading: `At MNIST-1D scale: K = 4 members, 40-100-10 ReLU nets from independent He draws, each trained by SGD (batch 25, lr 0.5) on the same n seeded examples (quick 500, standard and full 1000) to zero training error; the ensemble averages their softmax outputs. Flatness of the test surface: the test cross-entropy increase when every member's parameters are perturbed independently (each tensor p by 0.1 |p| in a random Gaussian direction), mean over 8 draws: for the ensemble, and for each member alone (averaged over the members). Per seed: ensemble increase minus mean member increase; judged: its mean over seeds below 0 (t-interval). Seeds quick 2, standard 5, full 10. Scope forall: '可以使' names what averaging the outputs does (an example of a mechanism), read as its effect on average over seeds.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noMoreThan(0, '"flatter": any smaller increase'),
  correction: (e) => `（MNIST-1D 复现中，集成的测试损失表面并未更平坦：${failedMeans(e)}）`,
  timeLimit: limits,
  scale: { quick: { n: 500, seeds: 2 }, standard: { n: 1000, seeds: 5 }, full: { n: 1000, seeds: 10 } },
  check: ({ tf, scaled, seeds: streams, record, judge }) => {
    const n = scaled.n;
    const seeds = scaled.seeds;
    record('training examples / members / seeds', `${n} / 4 / ${seeds}`);
    const diffs: number[] = [];
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 1000 });
      const members: Tensor[][] = [];
      try {
        const spec = netSpec(s.child('init').value);
        for (let k = 0; k < 4; k++) {
          const r = fitNet({ tf }, task, netSpec(s.child('member', k).value), n, 3000);
          tf.dispose(r.init);
          members.push(r.final);
        }
        const probe = { rho: 0.1, draws: 8, seed: s.child('perturbation').value };
        const ens = ensemblePerturbationIncrease(tf, spec, members, task.test, probe);
        const single = members.map((m) => perturbationIncrease(tf, spec, m, task.test, probe));
        const meanSingle = single.reduce((a, b) => a + b, 0) / single.length;
        record(`seed ${i}: test-loss increase, ensemble / members`, `${ens.toPrecision(3)} / ${single.map((v) => v.toPrecision(3)).join(', ')}`);
        diffs.push(ens - meanSingle);
      } finally {
        members.forEach((m) => tf.dispose(m));
        task.dispose();
      }
    }
    judge.mean({ label: 'test-loss perturbation increase, ensemble minus mean member', samples: diffs });
  },
});

export const neyshaburAttribution = literature('neyshabur-2017-random-labels-sharpness', '例如，当 CIFAR 数据集的标签被随机化（导致泛化不可能）时',
  'When CIFAR\'s labels are randomised (making generalisation impossible), the flatness of the minimum does not decrease correspondingly (Neyshabur et al. 2017).',
  'A result on CIFAR, not available here; the phenomenon is reproduced at MNIST-1D scale by why-deep-learning-works/random-label-minima-not-correspondingly-sharper.');

export const randomLabelsNotSharper = defineClaim({
  id: 'why-deep-learning-works/random-label-minima-not-correspondingly-sharper',
  replicates: { citation: 'Neyshabur et al., 2017' },
  source: { file, quote: '尖锐度并不是一个能够预测不同数据集间泛化性能的可靠标准' },
  statement: 'Sharpness is not a reliable predictor of generalisation across data sets: with randomised labels, where generalisation is impossible, the minimum is not correspondingly sharper.',
  reading: `Neyshabur et al.'s observation as a phenomenon at MNIST-1D scale: a 40-100-10 ReLU net (He init) trained by SGD (batch 25, lr 0.5) to zero training error on n seeded examples (quick 300, standard 500, full 1000) with their real labels, and, from the same initial parameters, on the same inputs with permuted labels (cap 20000 steps). ${SHARPNESS.split(';')[0]}. "Correspondingly": the random-label net is at chance (test accuracy at most 0.2, 10 classes; holds per seed) while the real-label one generalises; its sharpness is at most twice the real-label one's (a factor the grid's real-label minima themselves span between batch sizes, so a sharpness that tracked generalisation would have to exceed it). Judged: the geometric mean over seeds of sharpness(random) / sharpness(real) at most 2 (t-interval on the log scale). Seeds quick 2, standard 4, full 8. Scope forall: a negative statement about sharpness as a criterion, stated outright. Source numbers: a replication of Neyshabur et al., 2017's result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'the undecided judgement is the geometric mean of the sharpness ratio; full fits 8 seeds (quick 2, standard 4) on 1000 examples: standard\'s 4 fall short of the samples the summary projects (the t quantile at the projected n, on the log scale) to bring quick\'s interval under the bound at quick\'s estimate, full\'s 8 reach them; the geometric mean is ungated, so an estimate above the bound would leave it undecided, not refuted' },
  tolerance: atMost(1, 'asserted ratio 1 (not sharper) plus 1: within the factor 2 that sharpness varies by among real-label minima'),
  correction: (e) => `（MNIST-1D 复现中，随机标签极小值明显更尖锐：${failedMeans(e)}）`,
  timeLimit: limits,
  scale: { quick: { n: 300, seeds: 2 }, standard: { n: 500, seeds: 4 }, full: { n: 1000, seeds: 8 } },
  check: ({ tf, scaled, seeds: streams, record, judge }) => {
    const n = scaled.n;
    const seeds = scaled.seeds;
    record('training examples / seeds', `${n} / ${seeds}`);
    const ratios: number[] = [];
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const res = (['real', 'random'] as const).map((labels) => {
        const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 1000, labels });
        const spec = netSpec(s.child('init').value);
        const r = fitNet({ tf }, task, spec, n, 20000);
        try {
          return { fit: r.fitStep, test: evaluateClassifier(tf, spec, r.final, task.test).acc, loss: evaluateClassifier(tf, spec, r.final, task.train).loss, sharp: topHessianEigenvalue(tf, spec, r.final, task.train, { iters: 15, seed: s.child('hessian').value }) };
        } finally {
          tf.dispose([...r.init, ...r.final]);
          task.dispose();
        }
      });
      const [real, rand] = res as [typeof res[0], typeof res[0]];
      record(`seed ${i}: real / random labels: steps to fit, test acc, training loss, sharpness`, res.map((x) => `${x.fit ?? '>cap'}, ${x.test.toFixed(3)}, ${x.loss.toPrecision(3)}, ${x.sharp.toPrecision(3)}`).join(' / '));
      judge.holds({ label: 'random-label net fitted and at chance on the test set', holds: rand.fit !== null && rand.test <= 0.2, values: { testAcc: rand.test }, where: { seed: i } });
      // Power iteration returns the eigenvalue largest in magnitude: at a run that stopped on negative or
      // zero curvature it is not a sharpness, so that seed's ratio is undefined and left out (and recorded).
      if (rand.sharp > 0 && real.sharp > 0) ratios.push(rand.sharp / real.sharp);
      else record(`seed ${i}: sharpness ratio undefined (a non-positive top eigenvalue)`, `${real.sharp.toPrecision(3)} / ${rand.sharp.toPrecision(3)}`);
    }
    if (ratios.length >= 2) judge.geometricMean({ label: 'sharpness, random labels / real labels', samples: ratios, asserted: 1 });
    else judge.holds({ label: 'sharpness, random labels / real labels: fewer than 2 seeds with a defined ratio', holds: null });
  },
});

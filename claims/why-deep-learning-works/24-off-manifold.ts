// § 20.4.6 超出数据流形
// Two sentences state assumptions about experiments and deployment; the thought experiment and the
// rhetorical question are narrative; the adversarial-example findings are experiments (part 2).
import { defineClaim, noLessThan, noMoreThan } from '../../src/claim/index.js';
import type { CheckContext } from '../../src/claim/types.js';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { nearestDistances, targetedSignAttack } from '../../src/nets/probe/adversarial.js';
import { accuracyOf, correctness } from '../../src/nets/train/flat-train.js';
import { uniformStream } from '../../src/nets/base/rng.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { evaluateClassifier, runClassifier } from '../../src/nets/train/classifier-run.js';
import type { Seeds } from '../../src/random/seeds.js';
import { mlpOutput } from '../../src/nets/train/train-mlp.js';
import { signFlipEpsilons } from '../../src/nets/probe/param-probes.js';
import { correctRows } from '../../src/nets/base/losses.js';

const file = 'why-deep-learning-works.md';

export const reasonableAssumption = defineClaim({
  id: 'why-deep-learning-works/same-distribution-reasonable-in-experiments',
  source: { file, quote: '这在实验中是一个合理假设' },
  statement: 'Assuming test data come from the training distribution is reasonable in experiments.',
  kind: 'not-checkable',
  reason: 'A judgement about experimental methodology ("reasonable"); nothing to compute.',
});

export const deployedSurprises = defineClaim({
  id: 'why-deep-learning-works/deployed-systems-meet-unexpected-data',
  source: { file, quote: '但是，实际部署的系统可能会遇到由噪声、数据统计特征随时间变化或故意攻击引起的意外数据' },
  statement: 'Deployed systems may meet unexpected data caused by noise, drifting statistics or deliberate attacks.',
  kind: 'not-checkable',
  reason: 'A statement about deployed systems in the world; no computation here observes them.',
});

export const mostReasonableExplanation = defineClaim({
  id: 'why-deep-learning-works/adversarial-not-lack-of-off-manifold-robustness',
  source: { file, quote: '目前最合理的解释是，对抗性示例并非因为缺乏对训练数据流形外数据的鲁棒性' },
  statement: 'The most reasonable current explanation is that adversarial examples are not due to a lack of robustness to data off the training manifold.',
  kind: 'not-checkable',
  reason: 'A judgement about which explanation is most reasonable; it ranks hypotheses and measures nothing. The positive half of the explanation (the perturbations carry information that generalises) is tested at MNIST-1D scale by why-deep-learning-works/adversarial-perturbations-carry-generalising-features-reading-a and -reading-b.',
});

// The text: models trained with different seeds vary widely on corrupted data (D'Amour et al. 2020);
// deep models are vulnerable to adversarial attacks (Goodfellow et al. 2015a); a perturbation found
// from the gradient of the network's output with respect to its input changes the class although the
// perturbed input is almost indistinguishable from the original (Szegedy et al. 2014): positions near
// but off the data manifold are misclassified; the perturbations exploit small-norm information in the
// training data (Ilyas et al. 2019). How we test it: the phenomena on MNIST-1D classifiers: the spread
// of accuracy across seeds on clean and noise-corrupted test inputs; the share of inputs a
// gradient-sign step of a tenth of their norm flips, against random signs; the smallest flipping
// perturbation against the input's norm and against the distance to the nearest training example; a
// net trained only on adversarially relabelled inputs, tested on clean data. What would refute it:
// no larger spread under corruption; few flips; flipping perturbations that are not small; a net
// trained on the relabelled inputs at chance.
const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };

export const adversarialIndistinguishable = defineClaim({
  id: 'why-deep-learning-works/adversarial-perturbation-small',
  source: { file, quote: '然而，实际上，扰动后的图像与原始的狗图像几乎毫无区别' },
  statement: 'A perturbation that changes the network\'s class leaves the input almost indistinguishable from the original.',
  reading: 'The phenomenon of figure 20.14 (AlexNet, ImageNet) at MNIST-1D scale: a 40-128-128-10 ReLU net (He init), full-batch Adam (lr 0.003, 150 steps at quick, 500 at standard, 600 at full) on n seeded MNIST-1D examples (quick 500, standard 2000, full 4000); 200 test inputs. Perturbation: eps * sign(d loss / d x) (Goodfellow et al.\'s fast gradient sign), eps on a geometric grid from 0.005 to 2 (40 points); for each correctly classified test input, the smallest eps that changes the prediction; its L2 norm eps * sqrt(40) over the input\'s L2 norm. "Almost indistinguishable" read as: the median of that ratio is at most 0.1 (a perturbation a tenth of the signal\'s size, 20 dB down). Recorded: the same with random-sign perturbations (the control), and the share flipped at each multiple of the median. Scope forall: stated outright of the adversarial example.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: noMoreThan(0.1, 'the median flipping perturbation must be at most a tenth of the input\'s norm'),
  correction: (e) => `（MNIST-1D 复现中，改变类别所需的最小梯度符号扰动的范数中位数为输入范数的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  scale: { quick: { n: 500, steps: 150 }, standard: { n: 2000, steps: 500 }, full: { n: 4000, steps: 600 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const steps = scaled.steps;
    record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 200 / 1`);
    const task = mnist1dTask(tf, { seed: seeds.child('data').value, nTrain: n, nTest: 200 });
    const spec = { sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: seeds.child('init').value };
    const r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: task.train, test: task.test, keep: true });
    try {
      record('training / test accuracy', `${r.trainAcc.at(-1)!.toFixed(3)} / ${r.testAcc.at(-1)!.toFixed(3)}`);
      const grid = Array.from({ length: 40 }, (_, i) => 0.005 * (2 / 0.005) ** (i / 39));
      const right = tf.tidy(() => Array.from(correctRows(tf, mlpOutput(tf, spec, r.final, task.test.x), task.test.y).dataSync()));
      const adv = signFlipEpsilons(tf, spec, r.final, task.test.x, task.test.y, grid);
      const rnd = signFlipEpsilons(tf, spec, r.final, task.test.x, task.test.y, grid, { seed: seeds.child('random signs').value });
      const norms = tf.tidy(() => Array.from(tf.norm(task.test.x, 'euclidean', 1).dataSync()));
      // Ratio of the flipping perturbation's norm to the input's; 1e9 where nothing on the grid flips it.
      const ratio = (eps: number[]) => eps.map((e, i) => (Number.isFinite(e) ? e * Math.sqrt(40) / norms[i]! : 1e9)).filter((_, i) => right[i]);
      const [advR, rndR] = [ratio(adv), ratio(rnd)];
      const med = median(advR);
      record('correctly classified test inputs', advR.length);
      record('median flipping ratio with random signs (1e9 = none up to eps 2)', median(rndR));
      for (const m of [0.5, 1, 2]) record(`share flipped at ${m} x the median ratio: gradient sign / random sign`, `${(advR.filter((x) => x <= m * med).length / advR.length).toFixed(3)} / ${(rndR.filter((x) => x <= m * med).length / rndR.length).toFixed(3)}`);
      record('median input norm', median(norms));
      judge.value({ label: 'median |flipping perturbation| / |input|', measured: med });
    } finally {
      task.dispose();
      tf.dispose([...r.init, ...r.final]);
    }
  },
});

// The net of why-deep-learning-works/adversarial-perturbation-small, trained on seeded data; the caller disposes both.
function trainedNet(tf: CheckContext['tf'], seeds: Seeds, n: number, steps: number, nTest: number) {
  const task = mnist1dTask(tf, { seed: seeds.child('data').value, nTrain: n, nTest });
  const spec = { sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: seeds.child('init').value };
  const r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: task.train, test: task.test, keep: true });
  tf.dispose(r.init);
  return { task, spec, params: r.final, trainAcc: r.trainAcc.at(-1)!, testAcc: r.testAcc.at(-1)! };
}
const netReading = (fullN: number) => `A 40-128-128-10 ReLU net (He init), full-batch Adam (lr 0.003, 150 steps at quick, 500 at standard, 600 at full) on n seeded MNIST-1D examples (quick 500, standard 2000, full ${fullN}), as in why-deep-learning-works/adversarial-perturbation-small`;

export const attacksFlipMost = defineClaim({
  id: 'why-deep-learning-works/gradient-attack-flips-most-inputs',
  replicates: { citation: 'Goodfellow 等人 (2015a)' },
  source: { file, quote: 'Goodfellow 等人 (2015a) 的研究证实了深度学习模型对对抗性攻击的脆弱性' },
  statement: 'Deep learning models are vulnerable to adversarial attacks (Goodfellow et al. 2015a).',
  reading: `The attribution is to a paper (ImageNet/MNIST models); the phenomenon at MNIST-1D scale: ${netReading(4000)}; 500 test inputs. Attack: Goodfellow et al.'s fast gradient sign, x + eps sign(d loss / dx) with eps = 0.1 (in units of the standardised input; L2 size 0.1 sqrt(40) = 0.63, a tenth of a typical input's norm, ~6.3). "Vulnerable" read as: the attack changes the class of at least half of the correctly classified test inputs. Judged: the mean of the per-input flip indicator (i.i.d. test inputs; t-interval) at least 0.5. Recorded: the same for random-sign perturbations of the same size (the control: whether it is the attack direction, not the size, that flips). Scope forall: '证实了……脆弱性' is stated outright. Source numbers: a replication of Goodfellow 等人 (2015a)'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(0.5, '"vulnerable" fixed as a majority of inputs flipped: the asserted 0.5 itself'),
  correction: (e) => `（MNIST-1D 复现中，范数为输入十分之一的梯度符号攻击只改变了 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}% 正确分类输入的类别。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 500, steps: 150 }, standard: { n: 2000, steps: 500 }, full: { n: 4000, steps: 600 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const steps = scaled.steps;
    const net = trainedNet(tf, seeds, n, steps, 500);
    try {
      record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 500 / 1`);
      record('training / test accuracy', `${net.trainAcc.toFixed(3)} / ${net.testAcc.toFixed(3)}`);
      const right = tf.tidy(() => Array.from(correctRows(tf, mlpOutput(tf, net.spec, net.params, net.task.test.x), net.task.test.y).dataSync()));
      const flips = (random?: { seed: number }) => signFlipEpsilons(tf, net.spec, net.params, net.task.test.x, net.task.test.y, [0.1], random).map((e): number => (Number.isFinite(e) ? 1 : 0)).filter((_, i) => right[i]);
      const attack = flips();
      const control = flips({ seed: seeds.child('random signs').value });
      record('correctly classified test inputs', attack.length);
      record('share flipped at eps 0.1: gradient sign / random sign', `${(attack.reduce((a, b) => a + b, 0) / attack.length).toFixed(3)} / ${(control.reduce((a, b) => a + b, 0) / control.length).toFixed(3)}`);
      judge.mean({ label: 'share of correctly classified inputs flipped by the attack', samples: attack });
    } finally {
      net.task.dispose();
      tf.dispose(net.params);
    }
  },
});

export const nearButOffManifold = defineClaim({
  id: 'why-deep-learning-works/adversarial-examples-near-but-off-manifold',
  source: { file, quote: '我们得出的结论是，有些位置虽接近但不位于数据流形上，却会被误分类，这些位置就是所谓的对抗性示例' },
  statement: 'Some positions close to, but not on, the data manifold are misclassified: these are adversarial examples.',
  reading: `${netReading(4000)}; 500 test inputs. For each correctly classified test input x, the smallest fast-gradient-sign perturbation that changes its class (eps on a geometric grid 0.005-2, 40 points): x' is misclassified by construction. "Close to but not on the manifold" made measurable with the data themselves: |x' - x| is below half the distance from x to its nearest training example, so x' lies in the empty space between data points, nearer to a real example than any other example is, yet is no data point. Judged: the share of flipped inputs meeting that (per-input indicator over i.i.d. test inputs, t-interval) at least 0.5 (most adversarial examples are of this kind; inputs no grid step flips count as not meeting it). Scope exists: '有些位置……会被误分类' is existential.`,
  kind: 'experiment',
  scope: 'exists',
  tolerance: noLessThan(0.5, '"some positions ... are adversarial examples" read as most flips lying that close: the asserted 0.5 itself'),
  correction: (e) => `（MNIST-1D 复现中，仅 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}% 的对抗样本落在距原输入不到最近训练样本一半距离的范围内。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 500, steps: 150 }, standard: { n: 2000, steps: 500 }, full: { n: 4000, steps: 600 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const steps = scaled.steps;
    const net = trainedNet(tf, seeds, n, steps, 500);
    try {
      record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 500 / 1`);
      record('training / test accuracy', `${net.trainAcc.toFixed(3)} / ${net.testAcc.toFixed(3)}`);
      const grid = Array.from({ length: 40 }, (_, i) => 0.005 * (2 / 0.005) ** (i / 39));
      const right = tf.tidy(() => Array.from(correctRows(tf, mlpOutput(tf, net.spec, net.params, net.task.test.x), net.task.test.y).dataSync()));
      const eps = signFlipEpsilons(tf, net.spec, net.params, net.task.test.x, net.task.test.y, grid);
      const nn = nearestDistances(tf, net.task.test.x, net.task.train.x);
      const ratio = eps.map((e, i) => (Number.isFinite(e) ? (e * Math.sqrt(40)) / nn[i]! : Infinity)).filter((_, i) => right[i]);
      record('correctly classified test inputs', ratio.length);
      record('median |x\' - x| / distance to the nearest training example', median(ratio));
      record('median distance to the nearest training example', median(nn));
      judge.mean({ label: 'share with |x\' - x| below half the nearest-neighbour distance', samples: ratio.map((r) => (r < 0.5 ? 1 : 0)) });
    } finally {
      net.task.dispose();
      tf.dispose(net.params);
    }
  },
});

const sd = (v: number[]) => { const m = v.reduce((a, b) => a + b, 0) / v.length; return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1)); };
const ranks = (v: number[]) => { const o = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]); const r = new Array<number>(v.length); o.forEach(([, i], k) => { r[i] = k; }); return r; };
const NOISE_SD = 0.5;

export const seedVariabilityOnCorruptedData = defineClaim({
  id: 'why-deep-learning-works/seed-variability-larger-on-corrupted-data',
  replicates: { citation: 'D’Amour 等人 (2020)' },
  source: { file, quote: '但 D’Amour 等人 (2020) 的研究表明，在损坏数据上用不同种子训练的相同模型的变异性可能非常大且不可预测' },
  statement: 'The same model trained with different seeds can vary greatly, and unpredictably, in its performance on corrupted data (D\'Amour et al. 2020).',
  reading: `D'Amour et al.'s underspecification (ImageNet-C and other stress tests) at MNIST-1D scale: K copies of ${netReading(2000).slice(2)}, all on one data draw, differing only in the initialisation seed (K: quick 6, standard 12, full 24); 1000 test inputs, clean and corrupted by i.i.d. N(0, ${NOISE_SD}^2) noise (one draw shared by all copies; the inputs are standardised, so the noise has half their scale). "Variability very large" read as: the spread of the corrupted-test accuracy across seeds exceeds the spread of the clean-test accuracy. Judged as Levene's test made paired: per seed, |acc_corrupted - mean| - |acc_clean - mean|, its mean above 0 (t-interval). Recorded for "unpredictable": both standard deviations and the rank correlation of clean with corrupted accuracy across seeds. Scope exists: '变异性可能非常大' says the variability can be very large, which one design showing it witnesses. Source numbers: a replication of D’Amour 等人 (2020)'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'beyond', why: 'difference 0.0018 with half-width 0.0067 over 6 nets: about 6*(0.0067/0.0018)^2 = 80 nets, above full\'s 24' },
  tolerance: noLessThan(0, 'a larger spread on corrupted data, by any amount'),
  correction: (e) => `（MNIST-1D 复现中，不同种子的模型在损坏数据上的准确率离散度并未大于在干净数据上：${JSON.stringify(e.observations[0]?.ci)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 500, steps: 150, k: 6 }, standard: { n: 2000, steps: 500, k: 12 }, full: { n: 2000, steps: 600, k: 24 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    // The full budget's extra cost goes to the seeds the judgement is over, not to more data.
    const n = scaled.n;
    const steps = scaled.steps;
    const k = scaled.k;
    record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 1000 / ${k}`);
    const task = mnist1dTask(tf, { seed: seeds.child('data').value, nTrain: n, nTest: 1000 });
    const noisy = { x: tf.tidy(() => tf.add(task.test.x, tf.randomNormal(task.test.x.shape, 0, NOISE_SD, 'float32', seeds.child('input noise').value))) as typeof task.test.x, y: task.test.y };
    try {
      const clean: number[] = [];
      const corrupted: number[] = [];
      for (let s = 0; s < k; s++) {
        const spec = { sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: seeds.child('init', s).value };
        const r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: task.train, keep: true });
        clean.push(evaluateClassifier(tf, spec, r.final, task.test).acc);
        corrupted.push(evaluateClassifier(tf, spec, r.final, noisy).acc);
        tf.dispose([...r.init, ...r.final]);
      }
      record('clean test accuracy by seed', clean.map((a) => a.toFixed(3)).join(' '));
      record('corrupted test accuracy by seed', corrupted.map((a) => a.toFixed(3)).join(' '));
      record('standard deviation across seeds: clean / corrupted', `${sd(clean).toFixed(4)} / ${sd(corrupted).toFixed(4)}`);
      const [rc, rn] = [ranks(clean), ranks(corrupted)];
      record('rank correlation of clean with corrupted accuracy', 1 - (6 * rc.reduce((a, r, i) => a + (r - rn[i]!) ** 2, 0)) / (k * (k * k - 1)));
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const [mc, mn] = [mean(clean), mean(corrupted)];
      judge.mean({ label: 'per-seed |deviation| on corrupted minus on clean data', samples: clean.map((c, i) => Math.abs(corrupted[i]! - mn) - Math.abs(c - mc)) });
    } finally {
      task.dispose();
      noisy.x.dispose();
    }
  },
});

// Two readings of "small": eps 0.15, the size first chosen (reading A), and 0.25, chosen after a
// first run at 0.15 reached the target class on only 16% of inputs (reading B).
const nonRobustFeaturesAt = (ATTACK_EPS: number, reading: 'a' | 'b') => defineClaim({
  id: `why-deep-learning-works/adversarial-perturbations-carry-generalising-features-reading-${reading}`,
  ...(reading === 'a'
    ? { primary: { why: 'eps = 0.15 was the design fixed before any run; reading B (eps = 0.25) was added after reading A\'s first run' }, replicates: { citation: 'Ilyas 等人，2019' } }
    : { alternativeOf: 'why-deep-learning-works/adversarial-perturbations-carry-generalising-features-reading-a' }),
  source: { file, quote: '而是因为它们利用了训练数据中的某种信息，这种信息虽然范数小且对人不可察觉，但却足以造成影响（Ilyas 等人，2019）' },
  statement: 'Adversarial examples exploit information in the training data that is small in norm and imperceptible, yet sufficient to have an effect (Ilyas et al. 2019).',
  reading: `Reading ${reading.toUpperCase()} of two (the other is ...-reading-${reading === 'a' ? 'b' : 'a'}): eps = ${ATTACK_EPS}. Ilyas et al.'s "non-robust features" experiment (their D_rand, CIFAR-10) at MNIST-1D scale: a source net (${netReading(4000).slice(2)}) attacks every training input x towards a target class t drawn uniformly from the nine classes other than its label (targeted projected gradient sign, L-infinity eps = ${ATTACK_EPS} in standardised input units, 20 steps of 2.5 eps / 20; a first run at eps = 0.15 reached the target class on only 16% of the inputs, so that relabelled set was mostly plain label noise and the student sat at chance; reading B raises eps to 0.25, which reaches about half; reading A keeps the first design, which is the closer reading of 'small and imperceptible'. On MNIST-1D this is |delta| / |x| ~ 0.25, far larger relative to the input than Ilyas et al.'s CIFAR perturbations, so the claim is tested for information in perturbations of that size, which are small but not imperceptible); the new training set is (x + delta, t): every label is wrong for a human, and the only link between input and label is the small perturbation. A fresh net of the same architecture, trained the same way on it, is tested on the clean test set with the true labels (1000 inputs). If the perturbations carried nothing but noise, its accuracy would be at or below chance (0.1; the true class is never the training label). Judged (gated, replicated over the i.i.d. test inputs): the mean of per-test-input correctness above 0.1, with resolution 1/1000 (one test input), the student required to have fitted its relabelled training set (training accuracy at least 0.99, as the source net fits its own), so a student cut off before it learnt the perturbations decides nothing. Positive control (added after the final referee pass, part 2 item 177, which found reading A's attack reaching its target on 12-16% of inputs): the experiment tests what the perturbations carry only if they carry the target class to the source net, as Ilyas et al.'s attacks do on nearly every input; so the attack must reach its target on at least half of the training inputs for the student's accuracy to be judged by the gated judgement; below that it is judged by an ungated mean, which a student above chance still supports (the perturbations carried the label even though the attack mostly failed) but which never refutes, so a null result with a failed control stays undecided. One source net and one student (a single data draw; the interval is over test inputs). Recorded: the attack's success on the source net, |delta| / |x|, and the source net's accuracy. Scope forall: the explanation is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  // Only reading A is left inconclusive by the golden run: its interval straddles chance.
  ...(reading === 'a' ? { decidingBudget: { budget: 'standard' as const, why: 'at quick (seed 1; 500 examples, 150 steps) the source net reaches 0.33 test accuracy and the attack reaches its target on 12% of the inputs, below the positive control\'s half, so the student\'s 0.095 [0.077, 0.113] cannot refute; at standard (seed 1; 2000 examples, 500 steps) the source net reaches 0.49, the attack 32% (still below the control) and the student 0.127 on the clean test set, whose interval over 1000 test inputs (about +-0.02) lies above chance 0.1: a witness the ungated mean supports. A null result at standard would still stay undecided: deciding it against the text needs an attack that passes the control at eps = 0.15' } } : {}),
  tolerance: noLessThan(0.1, 'any accuracy above chance shows the perturbations carry label information that generalises'),
  correction: (e) => `（MNIST-1D 复现中，在对抗扰动重标注数据上训练的网络在干净测试集上的准确率为 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%，未高于随机水平。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 500, steps: 150 }, standard: { n: 2000, steps: 500 }, full: { n: 4000, steps: 600 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const steps = scaled.steps;
    record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 1000 / 1`);
    const net = trainedNet(tf, seeds, n, steps, 1000);
    const fwd = (p: readonly Tensor[], x: Tensor2D) => mlpOutput(tf, net.spec, p, x);
    const u = uniformStream(seeds.child('targets').value);
    const labels = tf.tidy(() => Array.from(tf.argMax(net.task.train.y, 1).dataSync()));
    const t = labels.map((y) => (y + 1 + Math.floor(u() * 9)) % 10);
    const targets = tf.tidy(() => tf.oneHot(tf.tensor1d(t, 'int32'), 10).toFloat() as Tensor2D);
    const xAdv = targetedSignAttack(tf, fwd, net.params, net.task.train.x, targets, ATTACK_EPS, 20);
    try {
      record('source net: training / test accuracy', `${net.trainAcc.toFixed(3)} / ${net.testAcc.toFixed(3)}`);
      record('mean |delta| / |x|', tf.tidy(() => tf.mean(tf.div(tf.norm(tf.sub(xAdv, net.task.train.x), 'euclidean', 1), tf.norm(net.task.train.x, 'euclidean', 1))).dataSync()[0]!));
      const spec = { ...net.spec, seed: seeds.child('student init').value };
      const r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: { x: xAdv, y: targets }, test: net.task.test, keep: true });
      record('student: accuracy on its (perturbed, relabelled) training set / on the clean test set', `${r.trainAcc.at(-1)!.toFixed(3)} / ${r.testAcc.at(-1)!.toFixed(3)}`);
      const right = correctness(tf, fwd, r.final, net.task.test.x, net.task.test.y);
      tf.dispose([...r.init, ...r.final]);
      const success = accuracyOf(tf, fwd, net.params, xAdv, targets);
      record('attack success on the source net (classified as the target)', success);
      // Below half, most of the relabelled set is label noise: a null result then says nothing of the perturbations.
      record('positive control: the attack reaches its target class on at least half of the training inputs', success >= 0.5 ? 'passed' : 'failed');
      if (success >= 0.5) judge.replicated({ label: 'student accuracy on the clean test set', samples: right, resolution: 1 / 1000, training: { curves: [r.trainAcc], rule: { kind: 'target', value: 0.99, goal: 'max' } } });
      else judge.mean({ label: 'student accuracy on the clean test set (the attack failed the positive control: this judgement cannot refute)', samples: right });
    } finally {
      net.task.dispose();
      tf.dispose([...net.params, targets, xAdv]);
    }
  },
});

export const nonRobustFeatures = nonRobustFeaturesAt(0.15, 'a');
export const nonRobustFeaturesLargerEps = nonRobustFeaturesAt(0.25, 'b');

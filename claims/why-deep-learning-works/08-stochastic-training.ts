// § 20.2.3 随机训练算法
// The text: Keskar et al. (2017) fitted several models almost perfectly with large batches of
// 5000-6000 images. How we test it: their large batch is 10% of the training set (their section
// 2.2); we recompute it for the data sets the sentence names (CIFAR-100, MNIST). What would refute
// it: a batch outside 5000-6000. The near-perfect fits and the figure 20.2 runs are experiments (part 2).
import { defineClaim, exactly } from '../../src/claim/index.js';
import { CIFAR100, KESKAR_LARGE_BATCH_SHARE, MNIST } from '../../src/nets/published/sizes.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { fig202Runs } from '../../src/nets/experiments/random-label-fits-by-depth.js';
import { FIG_20_2_SCALE, fig202ScaleNote } from '../../src/experiments/random-labels-at-text-rate.js';

const file = 'why-deep-learning-works.md';

export const keskarBatches = defineClaim({
  id: 'why-deep-learning-works/keskar-large-batch-sizes',
  source: { file, quote: '使用大批量（{lo:int}-{hi:int} 图像）的方法' },
  statement: 'Keskar et al. (2017) used large batches of {lo} to {hi} images.',
  reading: 'Keskar et al. (2017, section 2.2) take 10% of the training set as the large batch. For CIFAR-100 (50,000 training images) and MNIST (60,000), the data sets the sentence names, that is 5,000 and 6,000. Each must lie in the stated range 5000..6000 (ends included).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('membership of an integer in a range with exact ends'),
  correction: (e) => `使用大批量（${e.observations.map((o) => o.values?.batch).join('、')} 图像）的方法`,
  check: ({ judge, slots }) => {
    const [lo, hi] = [slots.int('lo'), slots.int('hi')];
    for (const [name, train] of [['CIFAR-100', CIFAR100.train], ['MNIST', MNIST.train]] as const) {
      const batch = Math.round(KESKAR_LARGE_BATCH_SHARE * train);
      judge.holds({ label: `large batch (10% of the training set) within ${lo}-${hi}`, holds: batch >= lo && batch <= hi, values: { batch, train }, where: { dataset: name } });
    }
  },
});

export const sgdValleys = defineClaim({
  id: 'why-deep-learning-works/sgd-may-cross-valleys',
  source: { file: 'why-deep-learning-works.md', quote: '第 6 章提到，SGD 算法可能使优化过程在训练期间穿越不同的“谷”' },
  statement: 'Chapter 6 noted that SGD may let the optimisation move between different valleys during training.',
  kind: 'not-checkable',
  reason: 'A hedged ("可能") recollection of chapter 6\'s intuition about why SGD helps, with no quantity to measure; whether stochasticity is needed at all is tested by why-deep-learning-works/large-batches-still-fit and why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels.',
});

export const fig202Setup = defineClaim({
  id: 'why-deep-learning-works/fig-20-2-setup-described',
  source: { file: 'why-deep-learning-works.md', quote: '图 20.2 展示了四个全连接模型使用全批量（非随机）梯度下降' },
  statement: 'Figure 20.2 shows four fully connected models trained by full-batch (non-stochastic) gradient descent on 4,000 MNIST-1D examples with random labels.',
  kind: 'not-checkable',
  reason: "Describes what the book's figure shows (its setup). The nets' sizes are checked by why-deep-learning-works/fig-20-2-{1,2,3,4}-layer-param-count, and the experiment is rerun by why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels (at the text's learning rate, on fewer examples) and why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster.",
});

export const fig202Rate = defineClaim({
  id: 'why-deep-learning-works/fig-20-2-small-rate-choice',
  source: { file: 'why-deep-learning-works.md', quote: '学习率被设定为较小的恒定值 0.0025，以尽量减少隐式正则化的影响' },
  statement: 'No explicit regularisation was used, and the learning rate was set to the small constant 0.0025 to minimise implicit regularisation.',
  kind: 'not-checkable',
  reason: "The author's choice of settings for figure 20.2 (a fact about how the figure was made). That implicit regularisation grows with the learning rate is checked by why-deep-learning-works/implicit-regularisation-grows-with-learning-rate; the settings themselves are used by why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels.",
});

export const noLocalMinimaHint = defineClaim({
  id: 'why-deep-learning-works/suggests-no-local-minima',
  source: { file: 'why-deep-learning-works.md', quote: '这暗示这些损失函数可能确实不存在局部最小值' },
  statement: 'This hints that these loss functions may indeed have no local minima.',
  kind: 'not-checkable',
  reason: 'A hedged inference ("暗示", "可能"). The absence of local minima cannot be established by training runs (a run that fits shows only that one path avoided them), and no computation here can search a 15,000-dimensional loss surface exhaustively.',
});

// The text: large batches (Keskar et al.) cut the randomness of SGD a great deal, yet training still
// succeeds; figure 20.2's four nets, trained by deterministic full-batch gradient descent at the small
// constant learning rate 0.0025 with no regularisation, reach zero training error on MNIST-1D with
// random labels. How we test it: random-label MNIST-1D fitted with batches of 10% of the data (Keskar's
// share); the caption's four nets trained by plain gradient descent at 0.0025 itself, on as many
// examples as a budget affords at that rate. What would refute it: a run that does not reach 100%
// training accuracy within its cap.
const TEXT_LR = 0.0025;

export const largeBatchStillFits = defineClaim({
  id: 'why-deep-learning-works/large-batches-still-fit',
  source: { file, quote: '这大大减少了随机性，但训练依然取得了成功' },
  statement: 'Training with large batches (much less stochasticity) still succeeds in fitting the training data.',
  reading: 'Keskar et al.\'s large batch is 10% of the training set; we test the phenomenon at MNIST-1D scale on the hardest data, random labels (the text\'s own figure 20.2 setting): a 40-128-10 ReLU net (He init), Adam (lr 0.003), minibatches of n/10 reshuffled every epoch, no regularisation, n seeded MNIST-1D examples with permuted labels (quick 500, standard 1000, full 1200). "Succeeds" = 100% training accuracy within the step cap (quick 2000, standard 5000, full 5000; evaluated every 10 steps on the whole training set). Judged per seed (quick 2, standard 3, full 5). Full-batch descent (no stochasticity at all) is why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels. Scope exists: the sentence\'s point is that success does not need the noise of small batches, which one run fitted with batches of 10% shows. Checked against Keskar et al. 2017, table 2: the large-batch (10% of the data) runs reach training accuracy within a point of the small-batch runs on every network and data set.',
  kind: 'experiment',
  scope: 'exists',
  replicates: { citation: 'Keskar 等人（2017）' },
  tolerance: exactly('an exact fact of each run: 100% training accuracy reached within the cap or not'),
  correction: (e) => `（在 MNIST-1D 随机标签上，批量为数据 10% 时训练未能在步数上限内拟合：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: { quick: { seeds: 2, n: 500, cap: 2000 }, standard: { seeds: 3, n: 1000, cap: 5000 }, full: { seeds: 5, n: 1200, cap: 5000 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = scaled.seeds;
    const n = scaled.n;
    const cap = scaled.cap;
    record('examples (random labels) / batch / step cap / seeds', `${n} / ${n / 10} / ${cap} / ${seeds}`);
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 10, labels: 'random' });
      try {
        const r = runClassifier(tf, { sizes: [40, 128, 10], phi: 'relu', weightVariance: 2, seed: s.child('init').value }, { optimizer: 'adam', lr: 0.003, steps: cap, batchSize: n / 10, evalEvery: 10, train: task.train, stopWhenFit: true });
        record(`seed ${i}: steps to fit (epochs) / final training accuracy`, `${r.fitStep ?? `>${cap}`} (${r.fitStep === null ? '-' : r.fitStep / 10}) / ${r.trainAcc.at(-1)!.toFixed(3)}`);
        judge.holds({ label: 'random labels fitted with batches of 10%', holds: r.fitStep !== null, values: { finalTrainAcc: r.trainAcc.at(-1)!, steps: r.steps }, where: { seed: i } });
      } finally {
        task.dispose();
      }
    }
  },
});

export const fig202TextLrFits = defineClaim({
  id: 'why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels',
  source: { file, quote: '尽管数据到标签的映射没有固定结构，训练是确定性的，未经正则化，训练误差还是降到了零' },
  statement: 'Full-batch gradient descent at the small constant learning rate 0.0025, without regularisation, drives the training error of figure 20.2\'s four nets on random-label MNIST-1D to zero.',
  reading: `Figure 20.2's setup at the text's learning rate: the caption's nets (40 inputs, hidden layers 298 / 100,100 / 75,75,75 / 63x4 ReLU, 10 outputs), He initialisation (N(0, 2/fan_in) exactly, zero biases), plain full-batch gradient descent at lr ${TEXT_LR} on the mean softmax cross-entropy, no momentum, no regularisation, seeded MNIST-1D with permuted training labels; one epoch = one step. ${fig202ScaleNote} Step cap quick 5000, standard 10000, full 10000, evaluated every 25 (quick) or 50 steps. Judged per net (where = layers): 100% training accuracy within the cap. One data draw and one initialisation per net (a single run: judged by holds). The same figure at lr 0.25 on more examples is why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster. Scope forall: the figure shows each of its four nets reaching zero training error, so each is judged.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('an exact fact of each run: the net reaches 100% training accuracy within the cap or not'),
  correction: (e) => `（在学习率 0.0025 的复现中，${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.layers} 层网络`).join('、')}未在步数上限内把训练误差降到零。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: FIG_20_2_SCALE,
  check: ({ tf, judge, scaled, seed, record }) => {
    const { n, cap, every } = scaled;
    record('examples (random labels) / step cap / evaluation interval', `${n} / ${cap} / ${every}`);
    record('learning rate (mean cross-entropy)', TEXT_LR);
    const runs = fig202Runs(tf, { n, lr: TEXT_LR, cap, every, seed });
    record('steps to zero training error, 1 / 2 / 3 / 4 layers', runs.map((r) => r.fitStep ?? `>${cap}`).join(' / '));
    for (const r of runs) {
      record(`${r.layers} layer(s): training accuracy by step`, r.curve.filter((_, k) => k % Math.max(1, Math.floor(r.curve.length / 8)) === 0 || k === r.curve.length - 1).map((c) => `${c.step}:${c.acc.toFixed(3)}`).join(' '));
      judge.holds({ label: 'zero training error within the cap', holds: r.fitStep !== null, values: { stepsToFit: r.fitStep ?? -1, finalTrainAcc: r.finalTrainAcc }, where: { layers: r.layers } });
    }
  },
});

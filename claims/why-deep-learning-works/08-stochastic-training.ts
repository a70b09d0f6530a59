// § 20.2.3 随机训练算法
// The text: Keskar et al. (2017) fitted several models almost perfectly with large batches of
// 5000-6000 images. How we test it: their large batch is 10% of the training set (their section
// 2.2); we recompute it for the data sets the sentence names (CIFAR-100, MNIST). What would refute
// it: a batch outside 5000-6000. The near-perfect fits and the figure 20.2 runs are experiments (part 2).
import { defineClaim, exactly } from '../../src/claim/index.js';
import { CIFAR100, KESKAR_LARGE_BATCH_SHARE, MNIST } from '../../src/nets/count/published-sizes.js';

const file = 'why-deep-learning-works.md';

export const keskarBatches = defineClaim({
  id: 'why-deep-learning-works/keskar-large-batch-sizes',
  source: { file, quote: '使用大批量（{lo:int}-{hi:int} 图像）的方法' },
  statement: 'Keskar et al. (2017) used large batches of {lo} to {hi} images.',
  reading: 'Keskar et al. (2017, section 2.2) take 10% of the training set as the large batch. For CIFAR-100 (50,000 training images) and MNIST (60,000), the data sets the sentence names, that is 5,000 and 6,000. Each must lie in the stated range 5000..6000 (ends included).',
  kind: 'arithmetic',
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

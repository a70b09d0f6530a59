// § 20.2.3 随机训练算法
// The text: Keskar et al. (2017) fitted several models almost perfectly with large batches of
// 5000-6000 images. How we test it: their large batch is 10% of the training set (their section
// 2.2); we recompute it for the data sets the sentence names (CIFAR-100, MNIST). What would refute
// it: a batch outside 5000-6000. The near-perfect fits and the figure 20.2 runs are experiments (part 2).
import { defineClaim, exactly } from '../../src/claim/index.js';
import { CIFAR100, KESKAR_LARGE_BATCH_SHARE, MNIST } from '../../src/nets/published-sizes.js';

const file = 'why-deep-learning-works.md';

export const keskarBatches = defineClaim({
  id: 'why-deep-learning-works/keskar-large-batch-sizes',
  source: { file, quote: '使用大批量（5000-6000 图像）的方法' },
  statement: 'Keskar et al. (2017) used large batches of 5000 to 6000 images.',
  reading: 'Keskar et al. (2017, section 2.2) take 10% of the training set as the large batch. For CIFAR-100 (50,000 training images) and MNIST (60,000), the data sets the sentence names, that is 5,000 and 6,000. Each must lie in the stated range 5000..6000 (ends included).',
  kind: 'arithmetic',
  tolerance: exactly('membership of an integer in a range with exact ends'),
  correction: (e) => `使用大批量（${e.observations.map((o) => o.values?.batch).join('、')} 图像）的方法`,
  check: ({ judge }) => {
    for (const [name, train] of [['CIFAR-100', CIFAR100.train], ['MNIST', MNIST.train]] as const) {
      const batch = Math.round(KESKAR_LARGE_BATCH_SHARE * train);
      judge.holds({ label: 'large batch (10% of the training set) within 5000-6000', holds: batch >= 5000 && batch <= 6000, values: { batch, train }, where: { dataset: name } });
    }
  },
});

// § 20.2.2 正则化 (part 2: the experiment)
// The text: Zhang et al. (2017a) found that neither L2 regularisation nor dropout is needed to fit
// random data. How we test it: the phenomenon at MNIST-1D scale, one net fitted to random labels with
// no regulariser, with an L2 penalty and with dropout, from the same data and initial weights. What
// would refute it: the unregularised net failing to fit where a regularised one is needed.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { subSeed } from '../../src/random/seeds.js';

const file = 'why-deep-learning-works.md';
const L2 = 5e-4;
const DROPOUT = 0.2;

export const regularisationNotNeeded = defineClaim({
  id: 'why-deep-learning-works/regularisation-not-needed-to-fit-random-data',
  source: { file, quote: '无论是 L2 正则化还是 Dropout 都不是拟合随机数据所必需的' },
  statement: 'Neither L2 regularisation nor dropout is necessary to fit random data.',
  reading: `Zhang et al.'s finding (CIFAR-10, ImageNet) tested as a phenomenon at MNIST-1D scale: a 40-256-10 ReLU net (He init), full-batch Adam (lr 0.003), n seeded MNIST-1D examples with permuted labels (quick 500, standard 1000, full 1200), trained three ways from the same data and initial weights: no regulariser; an L2 penalty ${L2} x sum of squared weights (Zhang et al.'s weight decay, 5e-4); dropout ${DROPOUT} on the hidden units (training accuracy measured without dropout). "Not necessary" read as: the net with neither regulariser reaches 100% training accuracy within the step cap (quick 1500, standard 3000, full 3000; evaluated every 10 steps). Judged per seed (quick 2, standard 3, full 5). Recorded for comparison: steps to fit with each regulariser. Full-budget scales were cut to about 2x the standard cost (from about 9x: full was n = 2000, an 8000-step cap, 5 seeds) so the full budget finishes on a 2-core machine.`,
  kind: 'experiment',
  tolerance: exactly('an exact fact of each run: 100% training accuracy reached within the cap or not'),
  correction: (e) => `（MNIST-1D 复现中，不加正则化的网络未能在步数上限内拟合随机标签：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = scale({ quick: 2, standard: 3, full: 5 });
    const n = scale({ quick: 500, standard: 1000, full: 1200 });
    const cap = scale({ quick: 1500, standard: 3000, full: 3000 });
    record('examples (random labels) / step cap / seeds', `${n} / ${cap} / ${seeds}`);
    record('L2 coefficient / dropout rate', `${L2} / ${DROPOUT}`);
    for (let i = 0; i < seeds; i++) {
      const s = subSeed(seed, i);
      const task = mnist1dTask(tf, { seed: subSeed(s, 0), nTrain: n, nTest: 10, labels: 'random' });
      try {
        const net = { sizes: [40, 256, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(s, 1) };
        const opts = { optimizer: 'adam' as const, lr: 0.003, steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true };
        const none = runClassifier(tf, net, opts);
        const l2 = runClassifier(tf, net, { ...opts, l2: L2 });
        const drop = runClassifier(tf, { ...net, dropout: DROPOUT }, opts);
        const show = (r: typeof none) => `${r.fitStep ?? `>${cap}`} (${r.trainAcc.at(-1)!.toFixed(3)})`;
        record(`seed ${i}: steps to fit (final training accuracy), none / L2 / dropout`, [none, l2, drop].map(show).join(' / '));
        judge.holds({ label: 'random labels fitted with no regulariser', holds: none.fitStep !== null, values: { finalTrainAcc: none.trainAcc.at(-1)!, withL2: l2.fitStep ?? -1, withDropout: drop.fitStep ?? -1 }, where: { seed: i } });
      } finally {
        task.dispose();
      }
    }
  },
});

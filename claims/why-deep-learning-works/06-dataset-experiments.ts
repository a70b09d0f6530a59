// § 20.2.1 数据集 (part 2: the experiment)
// The text: Zhang et al. (2017) replaced CIFAR-10's images by Gaussian noise or permuted its labels;
// learning slowed, but the network still fitted the finite data set. How we test it: the phenomenon
// at MNIST-1D scale: one net trained to zero training error on real data, on Gaussian inputs and on
// permuted labels (same seeds, same steps), counting the steps. What would refute it: a random-data
// condition not fitted within the cap, or fitted no more slowly than the real data.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { fitConditions, type DataCondition } from '../../src/nets/experiments/zero-error-fits.js';
import { subSeed } from '../../src/random/seeds.js';

const file = 'why-deep-learning-works.md';

export const randomDataSlowerButFitted = defineClaim({
  id: 'why-deep-learning-works/random-data-fitted-more-slowly',
  replicates: { citation: 'Zhang 等人在 2017 年的研究' },
  source: { file, quote: '这些变化降低了学习速度，但网络仍然能够很好地适应这个有限的数据集' },
  statement: 'Replacing the inputs by Gaussian noise, or permuting the labels, slows learning, but the network still fits the finite training set.',
  reading: 'Zhang et al.\'s CIFAR-10 experiment reproduced at MNIST-1D scale: a 40-128-10 ReLU net (He init), full-batch Adam (lr 0.003), no regularisation, on n seeded MNIST-1D training examples (quick 500, standard 1000, full 1000): real data, inputs replaced by i.i.d. N(0, 1) (the data\'s mean and variance), labels permuted; each seed draws one data set and one initialisation shared by the three conditions. "Fits" = 100% training accuracy within the step cap; "slows" = strictly more steps to zero training error than on the real data (evaluated every 5 steps). Judged per seed and condition. Seeds: quick 2, standard 3, full 7; step cap quick 1000, standard 3000, full 3000. Full-budget scales were cut to about 2.3x the standard cost (from about 36x: full was n = 4000, a 10000-step cap, 8 seeds) so the full budget finishes on a 2-core machine.',
  kind: 'experiment',
  tolerance: exactly('exact facts of each run: fitted or not; one step count above another or not'),
  correction: (e) => `（在 MNIST-1D 上：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.condition}：${o.label}不成立 ${JSON.stringify(o.values)}`).join('；')}）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = scale({ quick: 2, standard: 3, full: 7 });
    const n = scale({ quick: 500, standard: 1000, full: 1000 });
    const cap = scale({ quick: 1000, standard: 3000, full: 3000 });
    record('examples / seeds / step cap', `${n} / ${seeds} / ${cap}`);
    const conditions: DataCondition[] = ['real', 'gaussian inputs', 'random labels'];
    const runs = fitConditions(tf, { net: { sizes: [40, 128, 10], phi: 'relu', weightVariance: 2 }, conditions, seeds: Array.from({ length: seeds }, (_, i) => subSeed(seed, i)), nTrain: n, train: { optimizer: 'adam', lr: 0.003, steps: cap, evalEvery: 5 } });
    for (let i = 0; i < seeds; i++) {
      const [real, ...random] = runs.slice(3 * i, 3 * i + 3);
      record(`seed ${i}: steps to fit, real / Gaussian inputs / random labels`, [real!, ...random].map((r) => r.fitStep ?? `>${cap}`).join(' / '));
      for (const r of random) {
        judge.holds({ label: 'fitted within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.finalTrainAcc }, where: { condition: r.condition, seed: i } });
        if (r.fitStep !== null && real!.fitStep !== null) judge.holds({ label: 'more steps than the real data', holds: r.fitStep > real!.fitStep, values: { steps: r.fitStep, realDataSteps: real!.fitStep }, where: { condition: r.condition, seed: i } });
      }
    }
  },
});

// § 20.2.6 初始化 (part 2: the experiment)
// The text: Liu et al. (2023c) trained a three-layer fully connected net of 200 hidden units per layer
// on 1,000 MNIST examples; as the initial variance grows from He's value, the iterations needed to fit
// the training data grow, but fitting is not prevented in the end (figure 20.4: AdamW, one-hot targets,
// mean squared error). How we test it: the phenomenon at MNIST-1D scale, multiples of He
// initialisation timed to zero training error. What would refute it: a larger multiple fitted in no
// more steps than the smaller one, or a multiple not fitted within the cap.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/classifier-run.js';
import { subSeed } from '../../src/nets/init.js';

const file = 'why-deep-learning-works.md';

export const largerInitSlowerFit = defineClaim({
  id: 'why-deep-learning-works/larger-init-slower-but-fits',
  source: { file, quote: '随着方差从 He 建议的值增加，拟合训练数据所需的迭代次数也随之增加（如图 20.4 所示），但这并未最终阻碍拟合' },
  statement: 'As the initial weight scale grows beyond He initialisation, the iterations needed to fit the training data grow, but the data are still fitted.',
  reading: 'Figure 20.4 (Liu et al., MNIST) reproduced at MNIST-1D scale: "three-layer" read as three weight layers, 40-200-200-10 ReLU; weights N(0, a^2 * 2/fan_in) (a = the multiple of He\'s standard deviation; the variance grows as a^2), zero biases; Adam (lr 0.003; tfjs has no AdamW, and weight decay is not what lets a net fit), full batch, mean squared error on one-hot targets, n seeded MNIST-1D training examples (quick and standard 300, full 1000 as in the text; a step costs ~20-25 ms here, and a = 8 needs ~1300 steps at n = 300), multiples a = 1, 2, 4 (quick), 1, 2, 4, 8 (standard), up to 16 (full). Measured: steps to 100% training accuracy (evaluated every 10 steps, cap per budget). Judged per multiple (where = a): fitted within the cap, and strictly more steps than the next smaller multiple.',
  kind: 'experiment',
  tolerance: exactly('exact facts of the runs: fitted or not, one step count above another or not'),
  correction: (e) => `（MNIST-1D 复现：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `a=${o.where.multiple}：${o.label}不成立 ${JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 300, standard: 300, full: 1000 });
    const multiples = scale({ quick: [1, 2, 4], standard: [1, 2, 4, 8], full: [1, 2, 4, 8, 16] });
    const cap = scale({ quick: 1500, standard: 3000, full: 20000 });
    record('examples / step cap', `${n} / ${cap}`);
    record('seeds', '1 data draw; the same initial draw scaled by each multiple');
    const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: n, nTest: 10 });
    try {
      let prev: number | null = null;
      for (const a of multiples) {
        const r = runClassifier(tf, { sizes: [40, 200, 200, 10], phi: 'relu', weightVariance: 2 * a * a, seed: subSeed(seed, 1) }, { optimizer: 'adam', lr: 0.003, loss: 'mse', steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true });
        record(`a=${a}: steps to fit / initial loss / final accuracy`, `${r.fitStep ?? `>${cap}`} / ${r.trainLoss[0]!.toPrecision(3)} / ${r.trainAcc.at(-1)!.toFixed(3)}`);
        judge.holds({ label: 'fitted within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.trainAcc.at(-1)! }, where: { multiple: a } });
        if (a !== multiples[0] && prev !== null && r.fitStep !== null) judge.holds({ label: 'more steps than the next smaller multiple', holds: r.fitStep > prev, values: { steps: r.fitStep, smallerMultipleSteps: prev }, where: { multiple: a } });
        prev = r.fitStep;
      }
    } finally {
      task.dispose();
    }
  },
});

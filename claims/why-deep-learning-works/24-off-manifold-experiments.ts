// § 20.4.6 超出数据流形 (part 2: the experiment)
// The text: a perturbation found from the gradient of the network's output with respect to its input
// changes the class although the perturbed input is almost indistinguishable from the original
// (Goodfellow et al. 2015a; Szegedy et al. 2014). How we test it: the phenomenon on an MNIST-1D
// classifier: for each correctly classified test input, the smallest gradient-sign perturbation that
// changes the prediction, against the input's norm, with random-sign perturbations as the control.
// What would refute it: flipping perturbations that are not small against the inputs.
import { atMost, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/classifier-run.js';
import { subSeed } from '../../src/nets/init.js';
import { mlpOutput } from '../../src/nets/train-mlp.js';
import { signFlipEpsilons } from '../../src/nets/param-probes.js';

const file = 'why-deep-learning-works.md';
const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };

export const adversarialIndistinguishable = defineClaim({
  id: 'why-deep-learning-works/adversarial-perturbation-small',
  source: { file, quote: '然而，实际上，扰动后的图像与原始的狗图像几乎毫无区别' },
  statement: 'A perturbation that changes the network\'s class leaves the input almost indistinguishable from the original.',
  reading: 'The phenomenon of figure 20.14 (AlexNet, ImageNet) at MNIST-1D scale: a 40-128-128-10 ReLU net (He init), full-batch Adam (lr 0.003, 150 steps at quick, 500 at standard, 1000 at full) on n seeded MNIST-1D examples (quick 500, standard 2000, full 4000); 200 test inputs. Perturbation: eps * sign(d loss / d x) (Goodfellow et al.\'s fast gradient sign), eps on a geometric grid from 0.005 to 2 (40 points); for each correctly classified test input, the smallest eps that changes the prediction; its L2 norm eps * sqrt(40) over the input\'s L2 norm. "Almost indistinguishable" read as: the median of that ratio is at most 0.1 (a perturbation a tenth of the signal\'s size, 20 dB down). Recorded: the same with random-sign perturbations (the control), and the share flipped at each multiple of the median.',
  kind: 'experiment',
  tolerance: atMost(0, 'the median flipping perturbation must be at most a tenth of the input\'s norm'),
  correction: (e) => `（MNIST-1D 复现中，改变类别所需的最小梯度符号扰动的范数中位数为输入范数的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 500, standard: 2000, full: 4000 });
    const steps = scale({ quick: 150, standard: 500, full: 1000 });
    record('training examples / Adam steps / test inputs / seeds', `${n} / ${steps} / 200 / 1`);
    const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: n, nTest: 200 });
    const spec = { sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(seed, 1) };
    const r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: task.train, test: task.test, keep: true });
    try {
      record('training / test accuracy', `${r.trainAcc.at(-1)!.toFixed(3)} / ${r.testAcc.at(-1)!.toFixed(3)}`);
      const grid = Array.from({ length: 40 }, (_, i) => 0.005 * (2 / 0.005) ** (i / 39));
      const right = tf.tidy(() => Array.from(tf.equal(tf.argMax(task.test.y, 1), tf.argMax(mlpOutput(tf, spec, r.final, task.test.x), 1)).dataSync()));
      const adv = signFlipEpsilons(tf, spec, r.final, task.test.x, task.test.y, grid);
      const rnd = signFlipEpsilons(tf, spec, r.final, task.test.x, task.test.y, grid, { seed: subSeed(seed, 2) });
      const norms = tf.tidy(() => Array.from(tf.norm(task.test.x, 'euclidean', 1).dataSync()));
      // Ratio of the flipping perturbation's norm to the input's; 1e9 where nothing on the grid flips it.
      const ratio = (eps: number[]) => eps.map((e, i) => (Number.isFinite(e) ? e * Math.sqrt(40) / norms[i]! : 1e9)).filter((_, i) => right[i]);
      const [advR, rndR] = [ratio(adv), ratio(rnd)];
      const med = median(advR);
      record('correctly classified test inputs', advR.length);
      record('median flipping ratio with random signs (1e9 = none up to eps 2)', median(rndR));
      for (const m of [0.5, 1, 2]) record(`share flipped at ${m} x the median ratio: gradient sign / random sign`, `${(advR.filter((x) => x <= m * med).length / advR.length).toFixed(3)} / ${(rndR.filter((x) => x <= m * med).length / rndR.length).toFixed(3)}`);
      record('median input norm', median(norms));
      judge.value({ label: 'median |flipping perturbation| / |input|', measured: med, asserted: 0.1 });
    } finally {
      task.dispose();
      tf.dispose([...r.init, ...r.final]);
    }
  },
});

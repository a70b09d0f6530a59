// § 20.3.3 极小值间的关联 (part 2: the experiment)
// The text: along the straight line between two independently found minima the loss rises markedly
// (Goodfellow et al. 2015b, figure 20.5b). How we test it: two MNIST-1D classifiers from independent
// initialisations trained on the same data to zero training error; the training loss on 11 points of
// the line between them. What would refute it: a peak that stays close to the end points' loss.
import { atLeast, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier, type ClassifierRun } from '../../src/nets/train/classifier-run.js';
import { subSeed } from '../../src/random/seeds.js';
import { lossAlongLine } from '../../src/nets/probe/param-probes.js';

const file = 'why-deep-learning-works.md';

export const barrierBetweenMinima = defineClaim({
  id: 'why-deep-learning-works/loss-rises-between-two-minima',
  source: { file, quote: '发现在这两点之间损失显著增加（见图 20.5b）' },
  statement: 'Along the straight line between two independently found minima the loss rises significantly.',
  reading: 'At MNIST-1D scale: two 40-128-10 ReLU nets (He init, different initial draws), full-batch Adam (lr 0.003) on the same n seeded MNIST-1D examples (quick 500, standard and full 1000) until every training point is classified (cap 1000 steps). Training loss at t = 0, 0.1, ..., 1. "Significant" read as: the peak rises above the higher end point by at least 10% of the way back to chance, (peak - end) / (log 10 - end) >= 0.1. Judged per seed. Full-budget scales were cut to about 2x the standard cost (from about 8x: full was n = 4000) so the full budget finishes on a 2-core machine.',
  kind: 'experiment',
  tolerance: atLeast(0, 'the barrier, as a share of the way from the minima back to chance loss, must reach 10%'),
  correction: (e) => `（MNIST-1D 复现中两个极小值之间的损失峰值仅回升了到随机水平距离的 ${(100 * Math.min(...e.observations.map((o) => o.measured ?? NaN))).toFixed(1)}%。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = scale({ quick: 1, standard: 3, full: 6 });
    const n = scale({ quick: 500, standard: 1000, full: 1000 });
    record('examples / seeds', `${n} / ${seeds}`);
    for (let i = 0; i < seeds; i++) {
      const s = subSeed(seed, i);
      const task = mnist1dTask(tf, { seed: subSeed(s, 0), nTrain: n, nTest: 10 });
      const spec = (k: number) => ({ sizes: [40, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(s, k) });
      const runs: ClassifierRun[] = [];
      try {
        for (const k of [1, 2]) runs.push(runClassifier(tf, spec(k), { optimizer: 'adam', lr: 0.003, steps: 1000, evalEvery: 10, train: task.train, stopWhenFit: true, keep: true }));
        const line = lossAlongLine(tf, spec(1), runs[0]!.final, runs[1]!.final, task.train, Array.from({ length: 11 }, (_, j) => j / 10));
        const end = Math.max(line[0]!.loss, line[10]!.loss);
        const peak = Math.max(...line.map((p) => p.loss));
        record(`seed ${i}: training loss along the line (t:loss)`, line.map((p) => `${p.t}:${p.loss.toPrecision(3)}`).join(' '));
        record(`seed ${i}: training accuracy at the midpoint`, line[5]!.acc);
        judge.value({ label: '(peak - end) / (log 10 - end)', measured: (peak - end) / (Math.log(10) - end), asserted: 0.1, where: { seed: i } });
      } finally {
        task.dispose();
        for (const r of runs) tf.dispose([...r.init, ...r.final]);
      }
    }
  },
});

// § 20.3.2 到达最小值的路径 (part 2: the experiments)
// The text: along the straight line from the initial to the final parameters the loss usually falls
// monotonically (Goodfellow et al. 2015b, perhaps with a small bump at the start); as nets widen, the
// relative change of the parameters in training shrinks, and wider nets converge in fewer steps
// (Li & Liang 2018). How we test it: MNIST-1D classifiers trained to zero training error; the loss on
// 11 points of the line; the relative weight change and the steps taken at four widths. What would
// refute it: a rise of the loss past the first tenth of the line; a wider net whose weights moved
// relatively more, or which took more steps.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier, type ClassifierRun } from '../../src/nets/train/classifier-run.js';
import { subSeed } from '../../src/random/seeds.js';
import { lossAlongLine, relativeWeightChange } from '../../src/nets/probe/param-probes.js';
import type { Tf } from '../../src/backend/tf.js';

const file = 'why-deep-learning-works.md';
const TS = Array.from({ length: 11 }, (_, i) => i / 10);

export const monotoneLinearPath = defineClaim({
  id: 'why-deep-learning-works/loss-falls-along-line-from-init',
  source: { file, quote: '他们发现，沿此路径的损失函数通常呈单调递减（尽管有时起始处会有小幅波动）' },
  statement: 'Along the straight line from the initial to the trained parameters, the loss usually decreases monotonically (perhaps with a small bump at the start).',
  reading: 'Figure 20.5a (a two-layer ReLU net on MNIST) reproduced at MNIST-1D scale: a 40-128-10 ReLU net (He init), full-batch Adam (lr 0.003) on n seeded MNIST-1D examples (quick 500, standard and full 1000) until every training point is classified (cap 1000 steps). Training loss at t = 0, 0.1, ..., 1 on (1 - t) theta_0 + t theta_T. "Monotone, with perhaps a small bump at the start" read as: the loss at every t >= 0.2 is below the loss at t - 0.1 (the first tenth may rise). "Usually" read as: in every seed run here (seeds per budget: quick 2, standard 4, full 8). Judged per seed and t. Full-budget scales were cut to about 2x the standard cost (from about 8x: full was n = 4000) so the full budget finishes on a 2-core machine.',
  kind: 'experiment',
  tolerance: exactly('each comparison of two measured losses is an exact fact'),
  correction: (e) => `（MNIST-1D 复现中，沿直线的损失在 ${e.observations.filter((o) => o.outcome === 'outside').map((o) => `seed ${o.where.seed} t=${o.where.t}`).join('、')} 处上升。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = scale({ quick: 2, standard: 4, full: 8 });
    const n = scale({ quick: 500, standard: 1000, full: 1000 });
    record('examples / seeds', `${n} / ${seeds}`);
    for (let i = 0; i < seeds; i++) {
      const s = subSeed(seed, i);
      const task = mnist1dTask(tf, { seed: subSeed(s, 0), nTrain: n, nTest: 10 });
      const spec = { sizes: [40, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(s, 1) };
      let r: ClassifierRun | null = null;
      try {
        r = runClassifier(tf, spec, { optimizer: 'adam', lr: 0.003, steps: 1000, evalEvery: 10, train: task.train, stopWhenFit: true, keep: true });
        const line = lossAlongLine(tf, spec, r.init, r.final, task.train, TS);
        record(`seed ${i}: steps / training loss along the line (t:loss)`, `${r.steps} / ${line.map((p) => `${p.t}:${p.loss.toPrecision(3)}`).join(' ')}`);
        for (let k = 2; k < line.length; k++) judge.holds({ label: 'loss below the previous point of the line', holds: line[k]!.loss < line[k - 1]!.loss, values: { loss: line[k]!.loss, previous: line[k - 1]!.loss }, where: { seed: i, t: line[k]!.t } });
      } finally {
        task.dispose();
        if (r) tf.dispose([...r.init, ...r.final]);
      }
    }
  },
});

// One-hidden-layer nets of each width trained by plain full-batch descent to zero training error.
function widthRuns(tf: Tf, seed: number, n: number, widths: readonly number[], cap: number): { width: number; change: number; steps: number | null }[] {
  const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: n, nTest: 10, labels: 'random' });
  try {
    return widths.map((width) => {
      const r = runClassifier(tf, { sizes: [40, width, 10], phi: 'relu', weightVariance: 2, seed: subSeed(seed, width) }, { optimizer: 'sgd', lr: 0.5, steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true, keep: true });
      try { return { width, change: relativeWeightChange(tf, r.init, r.final), steps: r.fitStep }; } finally { tf.dispose([...r.init, ...r.final]); }
    });
  } finally {
    task.dispose();
  }
}
const widthReading = 'Li & Liang\'s setting (SGD on over-parametrised two-layer ReLU nets) at MNIST-1D scale: 40-w-10 ReLU nets, w = 32, 128, 512, 2048, He init (N(0, 2/fan_in), zero biases), plain full-batch gradient descent (lr 0.5) on the mean cross-entropy, n seeded MNIST-1D examples with permuted labels (a memorisation task; quick 300, standard 500, full 700, so that the narrowest net, 1,642 parameters, can still fit it), trained to 100% training accuracy (cap 3000 steps, 5000 at full; evaluated every 10). One data draw per seed, shared by the widths. Full-budget scales were cut to about 2.3x the standard cost (from about 6.7x: full was n = 1000, cap 10000 steps) so the full budget finishes on a 2-core machine.';

export const relativeChangeShrinks = defineClaim({
  id: 'why-deep-learning-works/relative-parameter-change-shrinks-with-width',
  source: { file, quote: '随着网络宽度增加，训练中参数的相对变化减少' },
  statement: 'As networks widen, the relative change of the parameters during training decreases.',
  reading: `${widthReading} Measured: |W_T - W_0| / |W_0| over all weight matrices together. Judged per width (where = width): below the value at the next smaller width.`,
  kind: 'experiment',
  tolerance: exactly('an ordering of two measured relative changes'),
  correction: (e) => `（MNIST-1D 复现中参数相对变化并未随宽度单调减小：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 300, standard: 500, full: 700 });
    const cap = scale({ quick: 3000, standard: 3000, full: 5000 });
    record('examples (random labels) / seeds', `${n} / 1`);
    const runs = widthRuns(tf, seed, n, [32, 128, 512, 2048], cap);
    record('relative weight change by width', runs.map((r) => `${r.width}:${r.change.toPrecision(3)}`).join(' '));
    record('steps to fit by width', runs.map((r) => `${r.width}:${r.steps ?? `>${cap}`}`).join(' '));
    for (let k = 1; k < runs.length; k++) judge.holds({ label: 'relative weight change below the narrower net\'s', holds: runs[k]!.change < runs[k - 1]!.change, values: { change: runs[k]!.change, narrower: runs[k - 1]!.change }, where: { width: runs[k]!.width } });
  },
});

export const widerFewerSteps = defineClaim({
  id: 'why-deep-learning-works/wider-nets-converge-in-fewer-steps',
  source: { file, quote: '并且在更少的步骤内收敛' },
  statement: 'Wider networks converge in fewer steps.',
  reading: `${widthReading} Measured: steps to zero training error. Judged per width (where = width): fitted within the cap, and in no more steps than the next smaller width (steps resolved to 10; "fewer" read as not more, since equal counts at this resolution cannot be told apart) and, over the whole range, strictly fewer at 2048 than at 32.`,
  kind: 'experiment',
  tolerance: exactly('orderings of measured step counts'),
  correction: (e) => `（MNIST-1D 复现中更宽的网络并未以更少步数收敛：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.width}: ${JSON.stringify(o.values)}`).join('；')}）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 300, standard: 500, full: 700 });
    const cap = scale({ quick: 3000, standard: 3000, full: 5000 });
    record('examples (random labels) / seeds', `${n} / 1`);
    const runs = widthRuns(tf, seed, n, [32, 128, 512, 2048], cap);
    record('steps to fit by width', runs.map((r) => `${r.width}:${r.steps ?? `>${cap}`}`).join(' '));
    for (const r of runs) judge.holds({ label: 'fitted within the cap', holds: r.steps !== null, where: { width: r.width } });
    const s = runs.map((r) => r.steps ?? Infinity);
    for (let k = 1; k < runs.length; k++) if (Number.isFinite(s[k]!)) judge.holds({ label: 'no more steps than the narrower net', holds: s[k]! <= s[k - 1]!, values: { steps: s[k]!, narrower: Number.isFinite(s[k - 1]!) ? s[k - 1]! : -1 }, where: { width: runs[k]!.width } });
    if (Number.isFinite(s[3]!)) judge.holds({ label: 'strictly fewer steps at width 2048 than at 32', holds: s[3]! < s[0]!, values: { w2048: s[3]!, w32: Number.isFinite(s[0]!) ? s[0]! : -1 }, where: { width: 'range' } });
  },
});

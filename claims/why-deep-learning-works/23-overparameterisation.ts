// § 20.4.5 过参数化 (part 2: the experiments)
// The text: test performance improves as over-parameterisation grows (figure 8.10), and with the
// classical U-curve this gives double descent; near the interpolation threshold (parameters about the
// number of data points) the weight norm grows and generalisation suffers; as the net widens the norm
// falls again, and with He-style initialisation the weights hardly move from their initial values.
// How we test it: two-layer ReLU nets on few noisy-label MNIST-1D examples, swept in width through
// the threshold: the first layer at its He draw, the read-out trained to interpolation (the minimum-
// norm solution gradient descent from zero reaches; test error and read-out norm per width, several
// seeds); and a wide net trained in full, for how far its weights move. What would refute it: no
// peak of the test error or of the norm at the threshold; error or norm not falling past it; a wide
// net whose weights move more than a tenth of their initial norm.
import { defineClaim, type EvidenceView, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { mnist1d } from '../../src/datasets/mnist1d.js';
import { toTensors } from '../../src/datasets/mnist1d-tensors.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { relativeWeightChange } from '../../src/nets/probe/param-probes.js';
import { classificationError, minNormReadout, noisyLabels, oneHot, readoutOutput, reluFeatures } from '../../src/nets/train/random-features.js';
import type { CheckContext, PerBudget } from '../../src/claim/types.js';

const file = 'why-deep-learning-works.md';
const NOISE = 0.2;
const TEST = 1000;
/** Hidden widths as multiples of the number of training examples n (the threshold is 1). */
const RATIOS = [0.25, 0.5, 1, 2, 5, 20] as const;
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome !== 'inside').map((o) => `${o.label}: ${o.measured?.toPrecision(3) ?? JSON.stringify(o.values)}`).join('; ');

interface Sweep { n: number; seeds: number; err: number[][]; norm: number[][] }

type SweepScale = { n: number; seeds: number };
const SWEEP_SCALE: PerBudget<SweepScale> = { quick: { n: 200, seeds: 4 }, standard: { n: 400, seeds: 8 }, full: { n: 400, seeds: 16 } };
// Per seed and width ratio: test classification error and Frobenius norm of the fitted read-out.
function sweep({ scaled, seeds: streams, record }: Pick<CheckContext<SweepScale>, 'scaled' | 'seeds' | 'record'>): Sweep {
  const { n, seeds } = scaled;
  record('training examples / label noise / test examples / seeds', `${n} / ${NOISE} / ${TEST} / ${seeds}`);
  record('hidden widths', RATIOS.map((r) => r * n).join(', '));
  const err: number[][] = [];
  const norm: number[][] = [];
  for (let s = 0; s < seeds; s++) {
    const data = mnist1d({ seed: streams.child('data', s).value, nTrain: n, nTest: TEST });
    const y = oneHot(noisyLabels(data.yTrain, data.classes, NOISE, streams.child('label noise', s).value), data.classes);
    const e: number[] = [];
    const m: number[] = [];
    for (const r of RATIOS) {
      const p = r * n;
      const fSeed = streams.child('features', s, p).value;
      const fTrain = reluFeatures(data.xTrain, n, data.length, p, fSeed);
      const a = minNormReadout(fTrain, n, p, y, data.classes);
      const fTest = reluFeatures(data.xTest, TEST, data.length, p, fSeed);
      e.push(classificationError(readoutOutput(fTest, TEST, p, a, data.classes), data.yTest, data.classes));
      m.push(Math.sqrt(a.reduce((t, v) => t + v * v, 0)));
    }
    err.push(e);
    norm.push(m);
  }
  const mean = (rows: number[][], k: number) => rows.reduce((t, r) => t + r[k]!, 0) / rows.length;
  record('mean test error by width / n', RATIOS.map((r, k) => `${r}:${mean(err, k).toFixed(3)}`).join(' '));
  record('mean read-out norm by width / n', RATIOS.map((r, k) => `${r}:${mean(norm, k).toPrecision(3)}`).join(' '));
  return { n, seeds, err, norm };
}
const at = (r: number) => RATIOS.indexOf(r as (typeof RATIOS)[number]);
const diffs = (rows: number[][], a: number, b: number) => rows.map((x) => x[at(a)]! - x[at(b)]!);
const ratios = (rows: number[][], a: number, b: number) => rows.map((x) => x[at(a)]! / x[at(b)]!);

const setting = `A two-layer ReLU net 40-p-10 on n seeded MNIST-1D training examples (quick 200, standard and full 400) with ${NOISE * 100}% of the training labels moved to another class (the label noise that makes the peak visible, as in figure 8.10), ${TEST} clean test examples. The first layer is its He draw (N(0, 2/40), no bias), fixed; the read-out starts at zero and is trained on the squared error to the one-hot targets by gradient descent to interpolation, which ends at the minimum-norm least-squares read-out, computed here in closed form in float64 (Gram jitter 1e-10 of its mean diagonal): the random-features model of double descent (Belkin et al. 2019). Its 10p trained parameters meet the 10n fitted numbers at p = n, the interpolation threshold. Widths p = n/4, n/2, n, 2n, 5n, 20n; seeds (data draw, label noise, features) quick 4, standard 8, full 16.`;

export const improvesWithOverparameterisation = defineClaim({
  id: 'why-deep-learning-works/generalisation-improves-with-overparameterisation',
  source: { file, quote: '图 8.10 展示了泛化性能随过参数化程度的增加而提升的趋势' },
  statement: 'Past the interpolation threshold, test performance improves as the degree of over-parameterisation grows.',
  reading: `${setting} "Improves with over-parameterisation" read as: the test classification error falls from p = 2n to 5n and from 5n to 20n. Judged: the mean over seeds of the per-seed drop err(2n) - err(5n), and of err(5n) - err(20n), each above 0 (t-intervals). Scope forall: the figure's trend is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'the undecided judgement is the 5n-to-20n drop; full sweeps 16 seeds (quick 4, standard 8): standard\'s 8 fall short of the samples the summary projects (the t quantile at the projected n) to narrow quick\'s interval past the band at quick\'s estimate, full\'s 16 reach them; the mean is ungated, so an estimate that moved across the band would leave it undecided, not refuted' },
  tolerance: noLessThan(0, 'the sentence asserts a fall of the error, any positive size'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 随机特征复现中，测试误差并未随过参数化持续下降：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: SWEEP_SCALE,
  check: ({ judge, scaled, seeds, record }) => {
    const s = sweep({ scaled, seeds, record });
    judge.mean({ label: 'test error at p = 2n minus at 5n', samples: diffs(s.err, 2, 5) });
    judge.mean({ label: 'test error at p = 5n minus at 20n', samples: diffs(s.err, 5, 20) });
  },
});

export const doubleDescent = defineClaim({
  id: 'why-deep-learning-works/double-descent',
  source: { file, quote: '结合偏差/方差权衡曲线后，可以观察到双重下降现象' },
  statement: 'Together with the bias-variance trade-off curve, test error shows double descent: it rises to a peak at the interpolation threshold and falls again beyond it.',
  reading: `${setting} "Double descent" read as: the test error at the threshold p = n is above that at p = n/4 (the classical, under-parameterised side) and above that at p = 20n (the over-parameterised side). Judged: the mean over seeds of err(n) - err(n/4) and of err(n) - err(20n), each above 0 (t-intervals). Scope exists: '可以观察到双重下降现象' is existential: one sweep showing both descents witnesses it.`,
  kind: 'experiment',
  scope: 'exists',
  tolerance: noLessThan(0, 'a peak: the error at the threshold exceeds both sides by any positive amount'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 随机特征复现中未见双重下降：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: SWEEP_SCALE,
  check: ({ judge, scaled, seeds, record }) => {
    const s = sweep({ scaled, seeds, record });
    judge.mean({ label: 'test error at p = n minus at n/4', samples: diffs(s.err, 1, 0.25) });
    judge.mean({ label: 'test error at p = n minus at 20n', samples: diffs(s.err, 1, 20) });
  },
});

export const normPeaksAtThreshold = defineClaim({
  id: 'why-deep-learning-works/weight-norm-peaks-at-interpolation-threshold',
  source: { file, quote: '因此，权重的范数同样可以用来解释双重下降现象。当参数数量接近数据点数量时（模型此时会扭曲自己以精确拟合这些点），权重的范数会增大，进而降低泛化性能' },
  statement: 'The weight norm explains double descent: as the parameter count approaches the number of data points, the norm of the weights grows and generalisation worsens.',
  reading: `${setting} The weights whose norm matters are the trained read-out's (the first layer is a fixed draw whose norm grows as sqrt(p) by construction). Judged: the geometric mean over seeds of |A(n)| / |A(n/4)| at least 1 (the norm grows towards the threshold; log-scale t-interval), and, as an exact fact of the seed means, the width of the largest mean norm is the width of the largest mean test error (the norm's peak is where generalisation is worst). Scope forall: stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(1, 'the norm must grow towards the threshold by any factor above 1'),
  correction: (e) => `（MNIST-1D 随机特征复现中，权重范数在插值阈值处并未增大或与测试误差的峰值不重合：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: SWEEP_SCALE,
  check: ({ judge, scaled, seeds, record }) => {
    const s = sweep({ scaled, seeds, record });
    judge.geometricMean({ label: 'read-out norm at p = n over at n/4', samples: ratios(s.norm, 1, 0.25) });
    const mean = (rows: number[][]) => RATIOS.map((_, k) => rows.reduce((t, r) => t + r[k]!, 0) / rows.length);
    const argmax = (v: number[]) => v.indexOf(Math.max(...v));
    const [pn, pe] = [argmax(mean(s.norm)), argmax(mean(s.err))];
    judge.holds({ label: 'largest mean norm at the width of the largest mean test error', holds: pn === pe, values: { normPeakWidth: RATIOS[pn]! * s.n, errorPeakWidth: RATIOS[pe]! * s.n } });
  },
});

export const normFallsWhenWider = defineClaim({
  id: 'why-deep-learning-works/weight-norm-falls-as-net-widens',
  source: { file, quote: '随着网络加宽和权重数量的增加，这些权重的总范数开始减小' },
  statement: 'As the network widens past the threshold and the number of weights grows, the total norm of these weights starts to fall.',
  reading: `${setting} "These weights" read as the trained read-out (as in why-deep-learning-works/weight-norm-peaks-at-interpolation-threshold). Judged: the geometric means over seeds of |A(2n)| / |A(5n)| and of |A(5n)| / |A(20n)| each at least 1 (log-scale t-intervals). Scope forall: stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(1, 'the norm must fall with width by any factor'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 随机特征复现中，权重范数并未随网络加宽而减小：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: SWEEP_SCALE,
  check: ({ judge, scaled, seeds, record }) => {
    const s = sweep({ scaled, seeds, record });
    judge.geometricMean({ label: 'read-out norm at p = 2n over at 5n', samples: ratios(s.norm, 2, 5) });
    judge.geometricMean({ label: 'read-out norm at p = 5n over at 20n', samples: ratios(s.norm, 5, 20) });
  },
});

export const wideWeightsMoveLittle = defineClaim({
  id: 'why-deep-learning-works/wide-net-weights-move-little',
  source: { file, quote: '权重采用与网络宽度成反比的方差进行初始化（即使用 He 或 Glorot 初始化方法），权重从其初始值变化甚微' },
  statement: 'With He or Glorot initialisation (variance inversely proportional to width), the weights of a wide network change very little from their initial values.',
  reading: 'The double-descent task trained in full: a 40-w-10 ReLU net, both layers trained, He init (N(0, 2/fan_in), zero biases), plain full-batch gradient descent (lr 0.1) on the mean cross-entropy, n seeded MNIST-1D examples with 20% noisy labels (quick 100, standard 200, full 400), trained to 100% training accuracy (cap 2000 steps, evaluated every 10), at w = 2048 (about 20n to 5n: the wide side of the threshold). Measured: |W_T - W_0| / |W_0| over both weight matrices. "变化甚微" read as at most a tenth. One seed (a single run: judged as a value); recorded: the same at w = 64 and 512, and the steps taken. That the relative change shrinks with width is why-deep-learning-works/relative-parameter-change-shrinks-with-width. Scope forall: stated outright of nets initialised this way.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: noMoreThan(0.1, '"very little" read as at most a tenth of the initial norm'),
  correction: (e) => `（MNIST-1D 复现中，宽度 2048 的网络权重相对变化为 ${(100 * (e.observations.at(-1)?.measured ?? NaN)).toFixed(1)}%。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 100 }, standard: { n: 200 }, full: { n: 400 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const data = mnist1d({ seed: seeds.child('data').value, nTrain: n, nTest: 10 });
    data.yTrain = noisyLabels(data.yTrain, data.classes, NOISE, seeds.child('label noise').value);
    const t = toTensors(tf, data);
    record('training examples / label noise / step cap / seeds', `${n} / ${NOISE} / 2000 / 1`);
    try {
      let change = NaN;
      for (const w of [64, 512, 2048]) {
        const r = runClassifier(tf, { sizes: [40, w, 10], phi: 'relu', weightVariance: 2, seed: seeds.child('init', w).value }, { optimizer: 'sgd', lr: 0.1, steps: 2000, evalEvery: 10, train: { x: t.xTrain, y: t.yTrain }, stopWhenFit: true, keep: true });
        change = relativeWeightChange(tf, r.init, r.final);
        record(`w=${w}: steps / final training accuracy / relative weight change`, `${r.steps} / ${r.trainAcc.at(-1)!.toFixed(3)} / ${change.toPrecision(3)}`);
        tf.dispose([...r.init, ...r.final]);
      }
      judge.value({ label: '|W_T - W_0| / |W_0| at width 2048', measured: change });
    } finally {
      t.dispose();
    }
  },
});

export const smootherExplanation = defineClaim({
  id: 'why-deep-learning-works/overparameterised-nets-free-to-be-smoother',
  source: { file, quote: '这种提升的可能解释是，在模型过参数化的情况下，网络在训练数据点之间变得更平滑的自由度更高' },
  statement: 'A possible explanation of the improvement is that over-parameterised networks have more freedom to become smoother between the training points.',
  kind: 'not-checkable',
  reason: 'A hedged explanation ("可能解释") of why generalisation improves, not a prediction with a measurable criterion of "freedom". Its measurable consequence, that past the threshold the interpolating solution gets a smaller norm (and so a smaller Lipschitz bound, why-deep-learning-works/weight-norm-bounds-lipschitz) as width grows, is tested by why-deep-learning-works/weight-norm-falls-as-net-widens.',
});

// § 20.4.2 极小点的平坦性
// The text: flat minima have long been conjectured to generalise better; flatness can be measured by
// the size of a low-loss region, by the curvature (second derivatives) at the minimum, or by the
// largest loss nearby; but because ReLU is non-negatively homogeneous, a simple reparameterisation
// of the network can change the flatness estimate (Dinh et al. 2017). How we test the last: at an
// exact global minimum (a student equal to its teacher, zero squared loss), tfjs computes the full
// Hessian of the loss twice by autodiff, before and after scaling every hidden unit's incoming
// weights by c and its outgoing weights by 1/c; the function must stay the same while the largest
// eigenvalue (the curvature measure) changes. What would refute it: an unchanged sharpness, or a
// changed function. The correlations of flatness with generalisation are experiments (part 2).
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, type CheckContext, type EvidenceView, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { Seeds } from '../../src/random/seeds.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNetAt } from '../../src/nets/regions/pwl-nets.js';
import { flattenNet, plainForward, rescaleHidden } from '../../src/nets/regions/symmetries.js';
import { lossHessian } from '../../src/nets/probe/hessian.js';
import { symEig } from '../../src/nets/train/ntk-train.js';
import { BATCH_LR_GRID, failedMeans, grid, GRID_READING, GRID_SCALE, gridTraining, rankCorrelation, rankResolution, sharpnessTestCorrelation } from '../../src/experiments/batch-lr-grid.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}${Object.keys(o.where).length ? ` (${Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}: ${o.measured ?? JSON.stringify(o.values)}`).join('; ');

const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const flatConjecture = literature('flat-minima-conjecture', '自 Hochreiter & Schmidhuber（1997a）以来，人们推测损失函数中的平坦最小值比尖锐最小值具有更佳的泛化能力',
  'Since Hochreiter & Schmidhuber (1997a) it has been conjectured that flat minima generalise better than sharp ones.',
  'A statement about the history of a conjecture (who proposed it, when); whether flatness and generalisation go together is an experiment (part 2).');
export const mdl = literature('minimum-description-length', '比如最小描述长度理论表明，由更少比特定义的模型能更好地泛化（Rissanen，1983）',
  'Minimum description length theory says models defined by fewer bits generalise better (Rissanen 1983).',
  'A theory attributed to a paper, stated without a bound or rate that a computation here could evaluate.');
export const lessPrecision = literature('wide-minima-need-less-precision', '对于宽广的最小值，存储权重所需的精度更低，因此泛化能力应该更强',
  'For wide minima the weights need less precision to store, so generalisation should be better.',
  'An argument ("should") linking two notions without a quantitative form; the generalisation side is an experiment (part 2).');
export const measures = literature('flatness-measures', '平坦性可以通过几种方法来衡量',
  'Flatness can be measured by the size of the connected region of similar training loss around a minimum (Hochreiter & Schmidhuber 1997a), by the second-order curvature there (Chaudhari et al. 2019), or by the largest loss in its neighbourhood (Keskar et al. 2017).',
  'A list of definitions attributed to papers; one of them, the curvature, is used by why-deep-learning-works/relu-rescaling-changes-sharpness.');

// A random one-hidden-layer ReLU teacher and inputs; targets are its float64 outputs, so the teacher is an exact global minimum.
function teacherTask(tf: CheckContext['tf'], dIn: number, width: number, n: number, seeds: Seeds): { net: PlainNet; x: Tensor2D; y: Tensor2D } {
  const mlp = buildMlp(tf, { sizes: [dIn, width, 1], activation: 'relu', weightVariance: (f) => 2 / f, biasVariance: 0.1, seed: seeds.child('teacher').value });
  const net = mlpToArrays(mlp);
  mlp.dispose();
  const x = tf.randomNormal([n, dIn], 0, 1, 'float32', seeds.child('inputs').value) as Tensor2D;
  const rows = x.arraySync();
  const y = tf.tensor2d(rows.map((r) => [evalPlainNetAt(net, r)]));
  return { net, x, y };
}

export const rescalingChangesSharpness = defineClaim({
  id: 'why-deep-learning-works/relu-rescaling-changes-sharpness',
  source: { file, quote: '由于 ReLU 函数的非负同质性，对网络的简单重新参数化可能会影响平坦性的估计（Dinh et al., 2017）' },
  statement: 'Because ReLU is non-negatively homogeneous, rescaling a network\'s weights (c on a unit\'s incoming weights, 1/c on its outgoing ones) leaves its function unchanged but changes curvature-based measures of the flatness of a minimum.',
  reading: 'One-hidden-layer ReLU nets (inputs of dimension 1 to 4, 2 to 6 hidden units, 8 to 16 Gaussian training inputs) at an exact global minimum: the targets are the net\'s own outputs. Sharpness = the largest eigenvalue of the Hessian of the mean squared loss with respect to all parameters (tfjs autodiff applied twice, then a symmetric eigensolver). Every hidden unit is rescaled by c in {1/10, 10}. Judged: the relative change of the function on the training inputs and on 32 fresh ones (must vanish, float32), and, as a holds judgement, that the largest eigenvalue changes by at least a factor 2. The loss at the rescaled point is recorded (still a global minimum). Scope forall: the function\'s invariance holds for every rescaling, and the change in sharpness is asked of every case (stronger than \'可能会影响\', which one case would witness).',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 rounding of the same function computed with rescaled factors: ~1e-6 relative; 1e-4 is far below any real change'),
  correction: (e) => `（该重新参数化改变了网络函数，或未改变 Hessian 的最大特征值：${failed(e)}）`,
  cases: () => fc.record({ dIn: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 8, max: 16 }), c: fc.constantFrom(0.1, 10), seed: fc.nat() }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ dIn, width, n, c, seed }, { tf, judge, record }) => {
    const streams = new Seeds(seed);
    const { net, x, y } = teacherTask(tf, dIn, width, n, streams);
    const fresh = tf.randomNormal([32, dIn], 0, 1, 'float32', streams.child('fresh inputs').value) as Tensor2D;
    try {
      let moved: PlainNet = net;
      for (let j = 0; j < width; j++) moved = rescaleHidden(moved, 0, j, c);
      const spec = { sizes: [dIn, width, 1], activation: 'relu' as const };
      const top = (p: PlainNet) => symEig(lossHessian(tf, spec, flattenNet(p), x, y)).values.at(-1)!;
      const [before, after] = [top(net), top(moved)];
      const change = tf.tidy(() => {
        const both = tf.concat([x, fresh]) as Tensor2D;
        const f = plainForward(tf, net, both);
        return tf.div(tf.max(tf.abs(tf.sub(f, plainForward(tf, moved, both)))), tf.add(1, tf.max(tf.abs(f)))).dataSync()[0]!;
      });
      record('largest Hessian eigenvalue before', +before.toPrecision(4));
      record('largest Hessian eigenvalue after', +after.toPrecision(4));
      judge.holds({ label: 'largest Hessian eigenvalue changes by a factor >= 2', holds: Math.abs(Math.log10(after / before)) >= Math.log10(2), values: { before, after } });
      judge.value({ label: 'relative change of the function', measured: change, asserted: 0 });
    } finally {
      tf.dispose([x, y, fresh]);
    }
  },
});

// The text: at flatter minima small parameter errors matter less; flatness correlates with
// generalisation across batch sizes and learning rates (Keskar et al. 2017); weight averaging along the
// trajectory (Izmailov et al. 2018) flattens the minimum and generalises better; averaging outputs
// (ensembles) flattens the test loss surface; gradient noise (small batches) avoids sharp regions
// (Kleinberg et al. 2018); but with random labels sharpness does not rise although generalisation is
// impossible (Neyshabur et al. 2017). How we test it: sharpness = the largest Hessian eigenvalue of the
// training cross-entropy (power iteration on Hessian-vector products) or the loss increase under random
// parameter perturbations of fixed relative size, measured on the batch-size / learning-rate grid of
// § 20.4.1 and on dedicated runs (SWA, ensembles, random labels), several seeds. What would refute it:
// intervals of correlations or differences on the wrong side of zero.
const SHARPNESS = 'Sharpness = the largest Hessian eigenvalue of the training cross-entropy at the end of the run (15 power iterations on Hessian-vector products from central differences of gradients); the perturbation increase = the mean, over 4 draws, of the loss increase when every weight matrix and bias vector p is moved by 0.05 |p| in a random Gaussian direction (relative per tensor, so the measure is unchanged by rescaling between layers).';
const limits = { quick: 120, standard: 900, full: 2400 };

export const flatterLessSensitive = defineClaim({
  id: 'why-deep-learning-works/flatter-minima-less-sensitive-to-parameter-errors',
  source: { file, quote: '简而言之，最小值越平坦，对模型参数的小误差影响越小' },
  statement: 'The flatter the minimum, the less small errors in the parameters affect the model.',
  reading: `${GRID_READING} ${SHARPNESS} "Effect of a small parameter error" = the perturbation increase of the training loss. Per seed: Spearman's correlation over the grid's minima between sharpness and that increase. Judged: the mean over seeds above 0 (t-interval). Scope forall: '越平坦……越小' is stated without a hedge.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'rho 0.69 with its 2-seed interval clipped to [-1, 1]: at least 2*(1/0.69)^2 = 4.3 seeds, above standard\'s 4; full has 8' },
  shares: [BATCH_LR_GRID],
  tolerance: noLessThan(0, '"the flatter, the smaller": any positive rank correlation'),
  correction: (e) => `（MNIST-1D 复现中，更平坦的极小值并未对参数误差更不敏感：${failedMeans(e)}）`,
  timeLimit: limits,
  scale: GRID_SCALE,
  check: (ctx) => {
    ctx.judge.mean({ range: [-1, 1], label: 'Spearman rho(sharpness, training-loss increase under perturbation)', samples: rankCorrelation(grid(ctx), (r) => r.sharpness, (r) => r.trainRise) });
  },
});

export const figure1011FlatBetter = defineClaim({
  id: 'why-deep-learning-works/figure-20-11-flat-minima-generalise-better',
  replicates: { citation: 'Keskar et al. (2017)' },
  source: { file, quote: '平坦极小值通常具有更好的泛化能力' },
  statement: 'Flat minima usually generalise better.',
  reading: `The caption's statement tested on the minima of the batch-size / learning-rate grid, as why-deep-learning-works/sharpness-correlates-with-generalisation (same runs, same statistic): "usually" read as a negative rank correlation between sharpness and test accuracy on average over seeds. ${GRID_READING} ${SHARPNESS} Judged: the mean over seeds below 0 (t-interval). Scope forall: '通常' is read, as above, as the average over seeds of one rank correlation; a typical scope counts cases and this design has one. Source numbers: a replication of figure 20.11 (改编自 Keskar et al. (2017)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'rho -0.63 with its 2-seed interval clipped to [-1, 1]: at least 2*(1/0.63)^2 = 5.1 seeds, above standard\'s 4; full has 8' },
  shares: [BATCH_LR_GRID],
  tolerance: noMoreThan(0, '"usually better": any negative rank correlation of sharpness with test accuracy'),
  correction: (e) => `（MNIST-1D 复现中，平坦极小值并未泛化更好：${failedMeans(e)}）`,
  timeLimit: limits,
  scale: GRID_SCALE,
  check: (ctx) => {
    ctx.judge.mean({ range: [-1, 1], label: 'Spearman rho(sharpness, test accuracy)', samples: sharpnessTestCorrelation(ctx) });
  },
});

export const figure1011SmallErrors = defineClaim({
  id: 'why-deep-learning-works/figure-20-11-small-errors-matter-less-when-flat',
  replicates: { citation: 'Keskar et al. (2017)' },
  source: { file, quote: '在估计参数或训练和测试损失函数的对齐时，小误差在平坦区域中的影响较小' },
  statement: 'Small errors, in estimating the parameters or in the alignment of the training and test loss functions, matter less in flat regions.',
  reading: `${GRID_READING} ${SHARPNESS} Two errors, one judgement each, per seed a Spearman correlation over the grid's minima: (parameters) sharpness against the perturbation increase of the training loss; (alignment) sharpness against the test loss minus the training loss at the minimum, the cost of the test surface being shifted from the training one. Judged: each mean over seeds above 0 (t-intervals, Bonferroni over 2), gated: every run must have reached zero training error (the grid's stopping rule), at least 3 seeds, a difference within one step of a Spearman correlation over the seed's runs (12 / (k (k^2 - 1)) for k runs) a tie, and no zero-width interval; so a mean below 0 reads "not reproduced at this scale" (the first design judged the same means ungated, which could never refute). Scope forall: stated without a hedge. Source numbers: a replication of figure 20.11 (改编自 Keskar et al. (2017)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'full runs the grid over 8 seeds (quick 2, standard 4) on 1000 examples with three learning rates: the projection in the summary (the t quantile at the projected n) for the parameters judgement is within standard\'s seeds, and the alignment judgement, already outside its band at quick, is held back there only by the gate (2 seeds, a zero-width interval from two equal correlations), which 8 seeds clear; standard\'s 4 are too few to clear the zero-width gate reliably' },
  shares: [BATCH_LR_GRID],
  tolerance: noLessThan(0, '"matter less when flat": any positive rank correlation of sharpness with the cost'),
  correction: (e) => `（MNIST-1D 复现中：${failedMeans(e)}）`,
  judgements: 2,
  timeLimit: limits,
  scale: GRID_SCALE,
  check: (ctx) => {
    const runs = grid(ctx);
    const gate = { resolution: rankResolution(runs), training: gridTraining(runs) };
    ctx.judge.replicated({ range: [-1, 1], label: 'Spearman rho(sharpness, training-loss increase under perturbation)', samples: rankCorrelation(runs, (r) => r.sharpness, (r) => r.trainRise), where: { error: 'parameters' }, ...gate });
    ctx.judge.replicated({ range: [-1, 1], label: 'Spearman rho(sharpness, test loss - training loss)', samples: rankCorrelation(runs, (r) => r.sharpness, (r) => r.testLoss - r.trainLoss), where: { error: 'train/test alignment' }, ...gate });
  },
});


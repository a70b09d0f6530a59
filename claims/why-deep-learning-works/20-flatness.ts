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
import { absolute, defineClaim, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { subSeed } from '../../src/random/seeds.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNetAt } from '../../src/nets/regions/pwl-nets.js';
import { flattenNet, plainForward, rescaleHidden } from '../../src/nets/regions/symmetries.js';
import { lossHessian } from '../../src/nets/probe/hessian.js';
import { symEig } from '../../src/nets/train/ntk-train.js';

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
function teacherTask(tf: CheckContext['tf'], dIn: number, width: number, n: number, seed: number): { net: PlainNet; x: Tensor2D; y: Tensor2D } {
  const mlp = buildMlp(tf, { sizes: [dIn, width, 1], activation: 'relu', weightVariance: (f) => 2 / f, biasVariance: 0.1, seed });
  const net = mlpToArrays(mlp);
  mlp.dispose();
  const x = tf.randomNormal([n, dIn], 0, 1, 'float32', subSeed(seed, 7)) as Tensor2D;
  const rows = x.arraySync();
  const y = tf.tensor2d(rows.map((r) => [evalPlainNetAt(net, r)]));
  return { net, x, y };
}

export const rescalingChangesSharpness = defineClaim({
  id: 'why-deep-learning-works/relu-rescaling-changes-sharpness',
  source: { file, quote: '由于 ReLU 函数的非负同质性，对网络的简单重新参数化可能会影响平坦性的估计（Dinh et al., 2017）' },
  statement: 'Because ReLU is non-negatively homogeneous, rescaling a network\'s weights (c on a unit\'s incoming weights, 1/c on its outgoing ones) leaves its function unchanged but changes curvature-based measures of the flatness of a minimum.',
  reading: 'One-hidden-layer ReLU nets (inputs of dimension 1 to 4, 2 to 6 hidden units, 8 to 16 Gaussian training inputs) at an exact global minimum: the targets are the net\'s own outputs. Sharpness = the largest eigenvalue of the Hessian of the mean squared loss with respect to all parameters (tfjs autodiff applied twice, then a symmetric eigensolver). Every hidden unit is rescaled by c in {1/10, 10}. Judged: the relative change of the function on the training inputs and on 32 fresh ones (must vanish, float32), and, as a holds judgement, that the largest eigenvalue changes by at least a factor 2. The loss at the rescaled point is recorded (still a global minimum).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 rounding of the same function computed with rescaled factors: ~1e-6 relative; 1e-4 is far below any real change'),
  correction: (e) => `（该重新参数化改变了网络函数，或未改变 Hessian 的最大特征值：${failed(e)}）`,
  cases: () => fc.record({ dIn: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 8, max: 16 }), c: fc.constantFrom(0.1, 10), seed: fc.nat() }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ dIn, width, n, c, seed }, { tf, judge, record }) => {
    const { net, x, y } = teacherTask(tf, dIn, width, n, seed);
    const fresh = tf.randomNormal([32, dIn], 0, 1, 'float32', subSeed(seed, 8)) as Tensor2D;
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

export const singleModelStudies = literature('flatness-studies-single-model', '以上研究主要考虑了单个模型和训练集的平坦性',
  'The studies above mainly consider the flatness of a single model and training set.',
  'A characterisation of a body of literature; no computation reaches what other papers studied.');

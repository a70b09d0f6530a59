// § 驯服猛兽，第二部分：穿越混沌的捷径, first three paragraphs: initialisation is necessary but does not keep a
// network stable once its weights are updated; residual connections x + F(x) change the end-to-end Jacobian
// from prod W_l to prod (I + W_l). How we test it: gradient-descent runs before and after training, and
// end-to-end Jacobians of deep linear nets by tfjs autodiff against the written products. What would refute
// it: a Jacobian that is not the stated product.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, exactly, type CheckContext } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, type Mlp } from '../../src/nets/base/mlp.js';
import { fitMlp } from '../../src/nets/train/train.js';
import { gradientNorms, layerFactors } from '../../src/nets/probe/gradients/gradient-norms.js';
import { autodiffJacobian } from '../../src/nets/probe/layer-jacobians.js';
import { jacobianProducts, layerMatrix } from '../../src/nets/probe/jacobian-products.js';
import { teacherRegression } from '../../src/datasets/teacher-regression.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

export const initNecessary = defineClaim({
  id: 'deep-feedforward-networks/initialisation-is-necessary',
  source: { file, quote: '初始化是一个出色且必要的修正方法' },
  statement: 'Careful initialisation is a necessary fix for training deep networks.',
  reading: '"Necessary" = with the wrong variance a deep net does not train where the right one does. Plain ReLU MLPs with 20 hidden layers of width 32, trained identically (full-batch gradient descent, lr 0.01, the teacher regression task: 16-D inputs, 512 examples) from Var(W) = c/n with c = 2 (He), c = 1 and c = 4 (off by a factor 2 either way). Without the right variance training fails: the loss falls by less than 10% or becomes non-finite; with it, training makes more progress than either wrong choice. (Revised after the first quick run: a fixed "He must remove half the loss" threshold made the verdict a function of the step budget. "Excellent" and the pencil metaphor are not tested.) Scope forall: a definite statement ("必要"), so the judged runs must show that without it training fails.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('yes/no outcomes of the three runs'),
  correction: (e) => `初始化并非必要：${firstOutside(e).label}（${JSON.stringify(firstOutside(e).values)}）`,
  scale: { quick: { steps: 40 }, standard: { steps: 200 }, full: { steps: 500 } },
  check: ({ tf, judge, record, scaled, seeds }) => {
    const steps = scaled.steps;
    record('gradient-descent steps', steps);
    const task = teacherRegression(tf, 512, seeds.child('task').value);
    try {
      const reduction = (c: number) => {
        const mlp = buildMlp(tf, { sizes: [16, ...Array<number>(20).fill(32), 1], activation: 'relu', weightVariance: (n) => c / n, seed: seeds.child('net').value });
        const fit = fitMlp(tf, mlp, task, { steps, learningRate: 0.01 });
        fit.mlp.dispose();
        mlp.dispose();
        const last = fit.losses[fit.losses.length - 1]!;
        return Number.isFinite(last) ? 1 - last / fit.losses[0]! : -Infinity;
      };
      const [he, low, high] = [reduction(2), reduction(1), reduction(4)];
      record('relative loss reduction, c = 2 / 1 / 4', `${he.toFixed(3)} / ${low.toFixed(3)} / ${high}`);
      judge.holds({ label: 'c = 1 fails: loss falls by less than 10%', holds: low < 0.1, values: { reduction: low } });
      judge.holds({ label: 'c = 4 fails: loss falls by less than 10% or diverges', holds: high < 0.1, values: { reduction: Number.isFinite(high) ? high : -1 } });
      judge.holds({ label: 'He init (c = 2) makes more progress than both', holds: he > Math.max(low, high), values: { reduction: he } });
    } finally {
      tf.dispose([task.x, task.y]);
    }
  },
});

export const initNoGuarantee = defineClaim({
  id: 'deep-feedforward-networks/initialisation-no-guarantee-after-updates',
  source: { file, quote: '但无法保证网络在权重更新后仍能保持稳定' },
  statement: 'Initialisation fixes the start of training but cannot guarantee the network stays stable after its weights are updated.',
  reading: 'Stability measured as in the He claim: the per-layer factors |dL/dh_{l-1}| / |dL/dh_l| of the back-propagated gradient (tfjs autodiff, a batch of 32 N(0, I) inputs, random readout direction) between hidden layers. A He-initialised ReLU MLP (16 -> 8 hidden layers of width 64 -> 1, biases) has factors near 1 at the start (recorded); after Adam training (lr 0.01) on the teacher regression task, "no guarantee" is shown if some layer\'s factor has drifted from 1 by more than 10%. Scope exists: "无法保证" denies a guarantee, which one run that loses its stability after updates shows.',
  kind: 'experiment',
  scope: 'exists',
  tolerance: exactly('a yes/no existence of a drift beyond 10%'),
  correction: (e) => `训练后各层梯度因子仍都在 1 的10%以内（${JSON.stringify(firstOutside(e).values)}）`,
  scale: { quick: { steps: 60 }, standard: { steps: 300 }, full: { steps: 800 } },
  check: ({ tf, judge, record, scaled, seeds }) => {
    const steps = scaled.steps;
    record('Adam steps', steps);
    const task = teacherRegression(tf, 512, seeds.child('task').value);
    const mlp = buildMlp(tf, { sizes: [16, ...Array<number>(8).fill(64), 1], activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 1e-4, seed: seeds.child('net').value });
    try {
      const factors = (m: Mlp) => layerFactors(gradientNorms(tf, m, { batchSize: 32, seed: seeds.child('batch').value })).slice(1);
      const drift = (fs: number[]) => Math.max(...fs.map((f) => Math.abs(f - 1)));
      const before = factors(mlp);
      const fit = fitMlp(tf, mlp, task, { steps, learningRate: 0.01, optimizer: 'adam' });
      const after = factors(fit.mlp);
      fit.mlp.dispose();
      record('per-layer factors at initialisation', before.map((f) => f.toFixed(3)).join(', '));
      record('per-layer factors after training', after.map((f) => f.toFixed(3)).join(', '));
      record('training loss before / after', `${fit.losses[0]!.toPrecision(3)} / ${fit.losses[fit.losses.length - 1]!.toPrecision(3)}`);
      judge.holds({ label: 'after training some layer\'s gradient factor is more than 10% from 1', holds: drift(after) > 0.1, values: { maxDriftBefore: drift(before), maxDriftAfter: drift(after) } });
    } finally {
      tf.dispose([task.x, task.y]);
      mlp.dispose();
    }
  },
});

export const skipChangesMath = defineClaim({
  id: 'deep-feedforward-networks/skip-connection-changes-the-jacobian',
  source: { file, quote: '这个简单的加法从根本上改变了深度网络的数学原理' },
  statement: 'The simple addition of the skip connection fundamentally changes the mathematics of a deep network.',
  reading: 'Read through the following sentences: with the same small weights (Var(W) = c/n, c in [0.001, 0.05]), the end-to-end Jacobian of a deep linear net changes from prod W_l to prod (I + W_l). "Fundamentally" = by orders of magnitude: at depth 20..50 (width 16..32) the spectral norm of prod (I + W_l) must exceed that of prod W_l by at least a factor 10^3. Products in tfjs, singular values in float64 (ml-matrix). Scope forall: a definite statement about every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a yes/no comparison'),
  correction: (e) => `加入跳跃连接后端到端雅可比的范数只变化了 ${JSON.stringify(firstOutside(e).values)}`,
  cases: () => fc.record({ c: fc.double({ min: 0.001, max: 0.05, noNaN: true }), depth: fc.integer({ min: 20, max: 50 }), n: fc.integer({ min: 16, max: 32 }), seed: fc.nat() }),
  runs: { quick: 3, standard: 12, full: 40 },
  check: ({ c, depth, n, seed }, { tf, judge }) => {
    const spec = { n, variance: c, depths: [depth], seed };
    const plain = jacobianProducts(tf, { ...spec, residual: false })[0]!.logSingular[0]!;
    const res = jacobianProducts(tf, { ...spec, residual: true })[0]!.logSingular[0]!;
    judge.holds({ label: '||prod (I + W_l)|| / ||prod W_l|| >= 10^3', holds: res - plain >= Math.log(1e3), values: { log10Ratio: (res - plain) / Math.LN10 } });
  },
});

// Deep linear nets in the text's column convention x_{l+1} = M_l x_l with M_l = W_l (plain) or I + W_l
// (residual); tfjs works on rows, so a layer computes h M_l^T. Returns max |autodiff Jacobian - M_L...M_1| / scale.
function linearJacobianDefect(tf: Tf, c: { n: number; depth: number; c: number; seed: number }, residual: boolean): number {
  const ms = Array.from({ length: c.depth }, (_, l) => layerMatrix(tf, { n: c.n, variance: c.c, residual, seed: c.seed }, l + 1));
  try {
    return scalarOf(tf, () => {
      const f = (x: Tensor2D) => ms.reduce((h, m) => tf.matMul(h, m, false, true), x);
      const x = tf.randomNormal([1, c.n], 0, 1, 'float32', subSeed(c.seed, 99)) as Tensor2D;
      const auto = autodiffJacobian(tf, f, x, c.n);
      const prod = ms.slice(1).reduce((p, m) => tf.matMul(m, p), ms[0]!);
      const scale = ms.slice(1).reduce((p, m) => tf.matMul(tf.abs(m), p), tf.abs(ms[0]!));
      return tf.div(tf.max(tf.abs(tf.sub(auto, prod))), tf.max(scale));
    });
  } finally {
    tf.dispose(ms);
  }
}
const linearCases = () => fc.record({ n: fc.integer({ min: 1, max: 16 }), depth: fc.integer({ min: 1, max: 12 }), c: fc.double({ min: 0.01, max: 2, noNaN: true }), seed: fc.nat() });
const linearTolerance = absolute(1e-4, 'equal in exact arithmetic; float32 products of at most 12 factors of size 16 err by about 2*12*16*2^-24 = 2e-5 of the magnitude scale');

export const plainJacobian = defineClaim({
  id: 'deep-feedforward-networks/plain-linear-jacobian-is-product',
  source: { file, quote: '它的整体雅可比矩阵是矩阵的乘积：$\\prod W_l$' },
  statement: 'The end-to-end Jacobian of a plain linear network x_{l+1} = W_l x_l is the product of its matrices, prod W_l.',
  reading: 'Depth 1..12, width 1..16, W_l ~ N(0, c/n), c in [0.01, 2]; the Jacobian by tfjs autodiff must equal W_L ... W_1. Measured: max difference / max of |W_L|...|W_1|. Scope forall: a computed identity for every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: linearTolerance,
  correction: (e) => `普通线性网络的雅可比与 ∏W_l 不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: linearCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |autodiff Jacobian - W_L...W_1| / scale', measured: linearJacobianDefect(tf, c, false), asserted: 0 });
  },
});

export const residualLayer = defineClaim({
  id: 'deep-feedforward-networks/residual-layer-is-i-plus-w',
  source: { file, quote: '$x_{l+1} = x_l + W_l x_l = (I + W_l)x_l$' },
  statement: 'A linear residual layer computes x + W x = (I + W) x.',
  reading: 'tfjs computes both sides for generated W (width 1..16, N(0, c/n)) and 8 N(0, I) inputs. Measured: max |(x + W x) - (I + W) x| / max(|x| + |W||x|). Scope forall: a computed identity for every generated layer.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'one float32 matrix-vector product and one addition per side: rounding below 1e-6 of the scale'),
  correction: (e) => `x + Wx 与 (I+W)x 不相等（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: linearCases,
  runs: { quick: 6, standard: 20, full: 60 },
  check: ({ n, c, seed }, { tf, judge }) => {
    const err = scalarOf(tf, () => {
      const w = tf.randomNormal([n, n], 0, Math.sqrt(c / n), 'float32', seed) as Tensor2D;
      const x = tf.randomNormal([n, 8], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
      const lhs = tf.add(x, tf.matMul(w, x));
      const rhs = tf.matMul(tf.add(tf.eye(n), w), x);
      return tf.div(tf.max(tf.abs(tf.sub(lhs, rhs))), tf.max(tf.add(tf.abs(x), tf.matMul(tf.abs(w), tf.abs(x)))));
    });
    judge.value({ label: 'max |(x + Wx) - (I + W)x| / scale', measured: err, asserted: 0 });
  },
});

export const residualJacobian = defineClaim({
  id: 'deep-feedforward-networks/residual-linear-jacobian-is-product',
  source: { file, quote: '它的整体雅可比矩阵是不同矩阵的乘积' },
  statement: 'The end-to-end Jacobian of a linear residual network is prod (I + W_l).',
  reading: 'As plain-linear-jacobian-is-product, for x_{l+1} = (I + W_l) x_l: the tfjs autodiff Jacobian must equal (I + W_L) ... (I + W_1). Scope forall: a computed identity for every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: linearTolerance,
  correction: (e) => `线性残差网络的雅可比与 ∏(I+W_l) 不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: linearCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max |autodiff Jacobian - (I+W_L)...(I+W_1)| / scale', measured: linearJacobianDefect(tf, c, true), asserted: 0 });
  },
});

// § 20.3.3 极小值间的关联
// The text: along the straight line between two independently found minima the loss rises markedly
// (Goodfellow et al. 2015b, figure 20.5b). How we test it: two MNIST-1D classifiers from independent
// initialisations trained on the same data to zero training error; the training loss on 11 points of
// the line between them. What would refute it: a peak that stays close to the end points' loss.
import { defineClaim, exactly, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier, type ClassifierRun } from '../../src/nets/train/classifier-run.js';
import type { Seeds } from '../../src/random/seeds.js';
import { lossAlongLine } from '../../src/nets/probe/param-probes.js';
import { barrierShare, lossAlongChain, splitRuns, trainBend } from '../../src/nets/landscape/mode-connectivity.js';
import type { TrainData, TrainNetSpec } from '../../src/nets/train/train-mlp.js';
import type { CheckContext, PerBudget } from '../../src/claim/types.js';
import type { Tf } from '../../src/backend/tf.js';
import type { Tensor } from '@tensorflow/tfjs';

const file = 'why-deep-learning-works.md';

export const barrierBetweenMinima = defineClaim({
  id: 'why-deep-learning-works/loss-rises-between-two-minima',
  source: { file, quote: '发现在这两点之间损失显著增加（见图 20.5b）' },
  statement: 'Along the straight line between two independently found minima the loss rises significantly.',
  reading: 'At MNIST-1D scale: two 40-128-10 ReLU nets (He init, different initial draws), full-batch Adam (lr 0.003) on the same n seeded MNIST-1D examples (quick 500, standard and full 1000) until every training point is classified (cap 1000 steps). Training loss at t = 0, 0.1, ..., 1. "Significant" read as: the peak rises above the higher end point by at least 10% of the way back to chance, (peak - end) / (log 10 - end) >= 0.1. Judged per seed. Scope forall: the finding that the loss rises between independent minima, judged for every pair. Checked against figure 20.5b (Goodfellow et al. 2015b): the loss rises well above both ends between two independently found minima.',
  kind: 'experiment',
  scope: 'forall',
  replicates: { citation: 'Goodfellow 等人（2015b）' },
  tolerance: noLessThan(0.1, 'the barrier, as a share of the way from the minima back to chance loss, must reach 10%'),
  correction: (e) => `（MNIST-1D 复现中两个极小值之间的损失峰值仅回升了到随机水平距离的 ${(100 * Math.min(...e.observations.map((o) => o.measured ?? NaN))).toFixed(1)}%。）`,
  scale: { quick: { seeds: 1, n: 500 }, standard: { seeds: 3, n: 1000 }, full: { seeds: 6, n: 1000 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = scaled.seeds;
    const n = scaled.n;
    record('examples / seeds', `${n} / ${seeds}`);
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 10 });
      const spec = (k: number) => ({ sizes: [40, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: s.child('init', k).value });
      const runs: ClassifierRun[] = [];
      try {
        for (const k of [1, 2]) runs.push(runClassifier(tf, spec(k), { optimizer: 'adam', lr: 0.003, steps: 1000, evalEvery: 10, train: task.train, stopWhenFit: true, keep: true }));
        const line = lossAlongLine(tf, spec(1), runs[0]!.final, runs[1]!.final, task.train, Array.from({ length: 11 }, (_, j) => j / 10));
        const end = Math.max(line[0]!.loss, line[10]!.loss);
        const peak = Math.max(...line.map((p) => p.loss));
        record(`seed ${i}: training loss along the line (t:loss)`, line.map((p) => `${p.t}:${p.loss.toPrecision(3)}`).join(' '));
        record(`seed ${i}: training accuracy at the midpoint`, line[5]!.acc);
        judge.value({ label: '(peak - end) / (log 10 - end)', measured: (peak - end) / (Math.log(10) - end), where: { seed: i } });
      } finally {
        task.dispose();
        for (const r of runs) tf.dispose([...r.init, ...r.final]);
      }
    }
  },
});

// The text: the loss barrier on the straight line between two minima vanishes when the two runs
// start alike and only their SGD noise differs later (Frankle et al. 2020), so solutions are
// constrained early and some families of minima are linearly connected; a path on which the loss
// stays low can be built between independently found minima (Draxler et al. 2018), more clearly so
// in wider and deeper nets (figure 20.7: a barrier on the straight line, a low curved path). How we
// test it: MNIST-1D classifiers trained by minibatch SGD; the barrier on the line as a share of the
// way back to chance loss; a two-segment path whose bend point is trained (Garipov et al. 2018).
// What would refute it: a barrier between split runs; a barrier on the trained path; a trained path
// that is no lower for the wide deep net than for the narrow shallow one.
const LINE = Array.from({ length: 11 }, (_, i) => i / 10);
const CHAIN = Array.from({ length: 21 }, (_, i) => i / 20);
// Minibatch SGD: batch 100 and lr 0.2 (a per-step cost dominated by tfjs's per-op overhead makes fewer, larger batches the affordable way to train ~100 epochs at quick).
type SgdScale = { n: number; steps: number; seeds: number };
// n and SGD steps by budget, with the claim's own seeds.
const sgdScale = (seeds: PerBudget<number>): PerBudget<SgdScale> => ({
  quick: { n: 300, steps: 300, seeds: seeds.quick },
  standard: { n: 1000, steps: 1000, seeds: seeds.standard },
  full: { n: 1000, steps: 1000, seeds: seeds.full },
});
const sgdOf = (ctx: CheckContext<SgdScale>) => ({ lr: 0.2, batchSize: 100, steps: ctx.scaled.steps });
const sgdReading = 'minibatch SGD (batch 100, lr 0.2; steps: quick 300, standard and full 1000; He init, zero biases) on n seeded MNIST-1D examples (quick 300, standard and full 1000)';
const barrierReading = 'Barrier = (peak - higher end) / (log 10 - higher end) of the training loss on 11 points of the straight line (0 = none, 1 = back to chance), as in why-deep-learning-works/loss-rises-between-two-minima.';
const spec = (sizes: number[], seed: number): TrainNetSpec => ({ sizes, phi: 'relu', weightVariance: 2, seed });

// Per seed: the task and a callback; n and seeds from the claim's scale.
function perSeed(ctx: CheckContext<SgdScale>, each: (train: TrainData, s: Seeds, i: number) => void): void {
  const { n, seeds: k } = ctx.scaled;
  ctx.record('examples / seeds', `${n} / ${k}`);
  for (let i = 0; i < k; i++) {
    const s = ctx.seeds.child('replicate', i);
    const task = mnist1dTask(ctx.tf, { seed: s.child('data').value, nTrain: n, nTest: 10 });
    try { each(task.train, s, i); } finally { task.dispose(); }
  }
}

// Two nets from independent initial draws and minibatch orders.
function independentPair(tf: Tf, sgd: ReturnType<typeof sgdOf>, sizes: number[], train: TrainData, s: Seeds): [Tensor[], Tensor[]] {
  const run = (k: number) => {
    const r = runClassifier(tf, spec(sizes, s.child('init', k).value), { optimizer: 'sgd', ...sgd, train, keep: true, evalEvery: sgd.steps });
    tf.dispose(r.init);
    return r.final;
  };
  return [run(1), run(2)];
}

const lineBarrier = (tf: Tf, sizes: number[], a: Tensor[], b: Tensor[], train: TrainData) => barrierShare(lossAlongLine(tf, spec(sizes, 0), a, b, train, LINE).map((p) => p.loss));

export const splitRunsConnected = defineClaim({
  id: 'why-deep-learning-works/split-runs-linearly-connected',
  source: { file, quote: '如果网络在最初相同的训练条件下开始，后来允许通过不同的 SGD 噪音和增强策略分开发展，这种损失增加会消失' },
  statement: 'If two networks start under the same training conditions and only later diverge through different SGD noise (and augmentation), the loss increase on the straight line between their solutions disappears.',
  reading: `Frankle et al.'s protocol at MNIST-1D scale (SGD noise only; no augmentation): a 40-128-10 ReLU net, ${sgdReading}; the two runs share the initial draw and the first 10% of the steps, then continue with different minibatch orders. ${barrierReading} "Disappears" read as Frankle et al.'s stability threshold: a barrier below 0.02. Seeds: quick 2, standard 4, full 8; judged: the mean barrier (t-interval) at most 0.02. Scope forall: a definite statement about runs that share their start, judged on the mean over seeds. Checked against Frankle et al. 2020's stability threshold: an error barrier under 2% counts as none.`,
  kind: 'experiment',
  scope: 'forall',
  replicates: { citation: 'Frankle 等人（2020）' },
  tolerance: noMoreThan(0.02, 'Frankle et al. call a barrier under 2% none'),
  correction: (e) => `（MNIST-1D 复现中，共享前 10% 训练后分开的两次运行之间，直线上的损失障碍仍为到随机水平距离的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: sgdScale({ quick: 2, standard: 4, full: 8 }),
  check: (ctx) => {
    const barriers: number[] = [];
    perSeed(ctx, (train, s, i) => {
      const sgd = sgdOf(ctx);
      const [a, b] = splitRuns(ctx.tf, spec([40, 128, 10], s.child('init', 1).value), { train, ...sgd, shared: sgd.steps / 10 });
      try { barriers.push(lineBarrier(ctx.tf, [40, 128, 10], a, b, train)); } finally { ctx.tf.dispose([...a, ...b]); }
      ctx.record(`seed ${i}: barrier between the split runs`, barriers.at(-1)!);
    });
    ctx.judge.mean({ label: 'barrier between runs split after 10% of training', samples: barriers });
  },
});

export const constrainedEarly = defineClaim({
  id: 'why-deep-learning-works/minima-constrained-early',
  source: { file, quote: '这说明解决方案在训练初期就受到约束，而且某些最小值族可以线性连接' },
  statement: 'Solutions are constrained early in training, and some families of minima are linearly connected.',
  reading: `At MNIST-1D scale: a 40-128-10 ReLU net, ${sgdReading}. Per seed, pairs of runs split after 10% of the steps, runs from independent draws, and (full only, for cost) runs sharing only the initial draw (split at step 0). ${barrierReading} "Constrained early, families linearly connected" read as: runs that share the early phase end linearly connected (barrier < 0.02) while independent runs do not (barrier >= 0.1, the threshold of why-deep-learning-works/loss-rises-between-two-minima). Judged as two means over seeds (t-intervals), both must be >= 0: 0.02 - barrier(split at 10%) and barrier(independent) - 0.1. The split at step 0 is recorded (does the constraint need any shared training?). Seeds: quick 3, standard 3, full 5. Scope forall: a definite statement about runs that share their start, judged on the mean over seeds. Checked against Frankle et al. 2020: runs split early are linearly connected, runs from independent draws are not.`,
  kind: 'experiment',
  scope: 'forall',
  replicates: { citation: 'Frankle 等人（2020）' },
  tolerance: noLessThan(0, 'both margins must be non-negative'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 复现不支持：${e.observations.filter((o) => o.outcome !== 'inside').map((o) => `${o.label} = ${o.measured?.toFixed(3)}`).join('；')}）`,
  timeLimit: { quick: 300, standard: 900, full: 1800 },
  // The shared steps of each split pair: a tenth of the SGD steps, and (full only) none.
  scale: { quick: { n: 300, steps: 300, seeds: 3, shares: [30] }, standard: { n: 1000, steps: 1000, seeds: 3, shares: [100] }, full: { n: 1000, steps: 1000, seeds: 5, shares: [100, 0] } },
  check: (ctx) => {
    const split: number[] = [];
    const indep: number[] = [];
    const sizes = [40, 128, 10];
    const sgd = sgdOf(ctx);
    const shares = ctx.scaled.shares;
    perSeed(ctx, (train, s, i) => {
      const row: number[] = [];
      for (const shared of shares) {
        const [a, b] = splitRuns(ctx.tf, spec(sizes, s.child('init', 1).value), { train, ...sgd, shared });
        try { row.push(lineBarrier(ctx.tf, sizes, a, b, train)); } finally { ctx.tf.dispose([...a, ...b]); }
      }
      const [a, b] = independentPair(ctx.tf, sgd, sizes, train, s);
      try { indep.push(lineBarrier(ctx.tf, sizes, a, b, train) - 0.1); } finally { ctx.tf.dispose([...a, ...b]); }
      // One label per value: the split at step 0 is run at full only.
      ctx.record(`seed ${i}: barrier ${['split at 10%', 'independent', ...(shares.length > 1 ? ['split at 0'] : [])].join(' / ')}`, [row[0]!, indep.at(-1)! + 0.1, ...row.slice(1)].map((v) => v.toFixed(4)).join(' / '));
      split.push(0.02 - row[0]!);
    });
    ctx.judge.mean({ label: '0.02 - barrier between runs split after 10%', samples: split });
    ctx.judge.mean({ label: 'barrier between independent runs - 0.1', samples: indep });
  },
});

// Per seed: two independent minima, their straight-line barrier, and the barrier along a trained two-segment path.
function bentPath(tf: Tf, sgd: ReturnType<typeof sgdOf>, sizes: number[], train: TrainData, s: Seeds, bendSteps: number): { line: number; chain: number; chainLosses: number[] } {
  const [a, b] = independentPair(tf, sgd, sizes, train, s);
  let bend: Tensor[] = [];
  try {
    bend = trainBend(tf, spec(sizes, 0), a, b, train, { steps: bendSteps, lr: 0.003, seed: s.child('bend').value });
    const chainLosses = lossAlongChain(tf, spec(sizes, 0), a, bend, b, train, CHAIN).map((p) => p.loss);
    return { line: lineBarrier(tf, sizes, a, b, train), chain: barrierShare(chainLosses), chainLosses };
  } finally {
    tf.dispose([...a, ...b, ...bend]);
  }
}
const bentReading = 'the path a -> bend -> b of two straight segments, the bend started at the midpoint and trained by Adam (lr 0.003, 300 steps, full batch) on the training loss at a uniformly random point of the path each step (Garipov et al.\'s polygonal chain); its barrier measured on 21 points as (peak - higher end) / (log 10 - higher end)';

export const draxlerAttribution = defineClaim({
  id: 'why-deep-learning-works/draxler-cifar10-paths',
  source: { file, quote: 'Draxler 等人（2018）在 CIFAR-10 数据集上找到了表现良好但不同的最小值' },
  statement: 'Draxler et al. (2018) found different well-performing minima on CIFAR-10 and built low-loss paths between them.',
  kind: 'not-checkable',
  reason: 'A citation of an experiment on CIFAR-10, a dataset not available here; the phenomenon (a low-loss path between independent minima) is reproduced at MNIST-1D scale by why-deep-learning-works/low-loss-path-between-minima.',
});

export const lowLossPath = defineClaim({
  id: 'why-deep-learning-works/low-loss-path-between-minima',
  source: { file, quote: '证明可以构建一条从一个最小值到另一个最小值的路径，在该路径上损失函数保持较低' },
  statement: 'Between two different minima a path can be built along which the loss stays low.',
  reading: `The phenomenon at MNIST-1D scale: two 40-128-10 ReLU nets from independent draws, ${sgdReading}; ${bentReading}. "Stays low" read as: the barrier along the path below 0.05 (a twentieth of the way back to chance; the straight line's barrier is recorded for contrast). Seeds: quick 2, standard 4, full 8; judged: the mean barrier (t-interval) at most 0.05. Scope exists: '可以构建'/'能够找到' says such a path can be found; the mean barrier along the trained paths wholly inside its band is the witness. Checked against Draxler et al. 2018 and figure 20.7: the loss along their trained paths between CIFAR-10 minima stays near the minima's.`,
  kind: 'experiment',
  scope: 'exists',
  replicates: { citation: 'Draxler 等人（2018）' },
  tolerance: noMoreThan(0.05, 'a twentieth of the way back to chance'),
  correction: (e) => `（MNIST-1D 复现中，训练出的折线路径上损失仍上升到随机水平距离的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: sgdScale({ quick: 2, standard: 4, full: 8 }),
  check: (ctx) => {
    const chain: number[] = [];
    perSeed(ctx, (train, s, i) => {
      const r = bentPath(ctx.tf, sgdOf(ctx), [40, 128, 10], train, s, 300);
      chain.push(r.chain);
      ctx.record(`seed ${i}: barrier on the straight line / on the trained path`, `${r.line.toFixed(4)} / ${r.chain.toFixed(4)}`);
      ctx.record(`seed ${i}: loss along the trained path`, r.chainLosses.map((v) => v.toPrecision(3)).join(' '));
    });
    ctx.judge.mean({ label: 'barrier along the trained path', samples: chain });
  },
});

export const lowLossManifold = defineClaim({
  id: 'why-deep-learning-works/continuous-low-loss-manifold',
  source: { file, quote: '他们得出结论，存在一条连续的低损失流形' },
  statement: 'Draxler et al. concluded that there is a continuous low-loss manifold.',
  kind: 'not-checkable',
  reason: 'The cited authors\' conclusion: that the minima form one connected manifold is an inference from paths between finitely many pairs, which no finite computation establishes; the paths themselves are tested by why-deep-learning-works/low-loss-path-between-minima.',
});

const SWEEP: { width: number; hidden: number }[] = [{ width: 16, hidden: 1 }, { width: 48, hidden: 2 }, { width: 96, hidden: 3 }];
const sizesOf = (c: { width: number; hidden: number }) => [40, ...Array<number>(c.hidden).fill(c.width), 10];

export const pathWithWidthDepth = defineClaim({
  id: 'why-deep-learning-works/low-loss-path-clearer-wider-deeper',
  source: { file, quote: '随着网络宽度和深度的增加，这一现象变得更加明显' },
  statement: 'As networks grow wider and deeper, the low-loss path between minima becomes more pronounced.',
  reading: `At MNIST-1D scale, width and depth grown together as in Draxler et al.'s sweep: ReLU nets with 1 hidden layer of 16 units, 2 of 48, 3 of 96 (bend trained 200 steps here, for cost); per net two independent minima (${sgdReading}) and ${bentReading}. "More pronounced" read as: the trained path's barrier is lower for the widest, deepest net than for the narrowest, shallowest. Seeds: quick 1, standard 2, full 4; judged per seed (exact comparison of two measured barriers; the middle net recorded). Scope forall: a definite trend, judged for every seed. Checked against Draxler et al. 2018's direction: the barrier along the trained path shrinks as their CIFAR-10 nets grow wider and deeper.`,
  kind: 'experiment',
  scope: 'forall',
  replicates: { citation: 'Draxler 等人（2018）' },
  tolerance: exactly('an ordering of two measured barriers'),
  correction: (e) => `（MNIST-1D 复现中，更宽更深的网络上训练出的路径障碍并不更低：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  timeLimit: { quick: 300, standard: 600, full: 1800 },
  scale: sgdScale({ quick: 1, standard: 2, full: 4 }),
  check: (ctx) => {
    perSeed(ctx, (train, s, i) => {
      const rs = SWEEP.map((c) => bentPath(ctx.tf, sgdOf(ctx), sizesOf(c), train, s.child('net', c.width), 200));
      ctx.record(`seed ${i}: barrier on the line / on the trained path, by net`, SWEEP.map((c, k) => `${c.hidden}x${c.width}: ${rs[k]!.line.toFixed(3)} / ${rs[k]!.chain.toFixed(4)}`).join('; '));
      ctx.judge.holds({ label: 'trained-path barrier lower for 3x96 than for 1x16', holds: rs[2]!.chain < rs[0]!.chain, values: { wideDeep: rs[2]!.chain, narrowShallow: rs[0]!.chain }, where: { seed: i } });
    });
  },
});

export const garipovFort = defineClaim({
  id: 'why-deep-learning-works/garipov-fort-connection-methods',
  source: { file, quote: 'Garipov 等人（2018）和 Fort & Jastrzębski（2019）也提出了连接最小值的不同方法' },
  statement: 'Garipov et al. (2018) and Fort & Jastrzębski (2019) also proposed methods of connecting minima.',
  kind: 'not-checkable',
  reason: 'A citation of who proposed which method; Garipov et al.\'s polygonal chain is the path used by why-deep-learning-works/low-loss-path-between-minima.',
});

export const fig205aCaption = defineClaim({
  id: 'why-deep-learning-works/figure-20-5a-mnist-relu-line',
  source: { file, quote: '一个在 MNIST 上训练的两层全连接 ReLU 网络，其损失沿着从初始参数（δ=0）到训练参数（δ=1）的直线单调下降' },
  statement: 'For a two-layer fully connected ReLU network trained on MNIST, the loss falls monotonically along the straight line from the initial (delta = 0) to the trained parameters (delta = 1).',
  kind: 'not-checkable',
  reason: 'Describes Goodfellow et al.\'s figure on MNIST, which is not available here; the same measurement at MNIST-1D scale is why-deep-learning-works/loss-falls-along-line-from-init.',
});

export const fig205bCaption = defineClaim({
  id: 'why-deep-learning-works/figure-20-5b-maxout-barrier',
  source: { file, quote: '然而，在 MNIST 上的这个两层全连接 MaxOut 网络中，损失在一个解（δ=0）和另一个解（δ=1）之间的直线上却有所增加' },
  statement: 'For a two-layer fully connected MaxOut network on MNIST, the loss rises on the straight line between one solution and another.',
  kind: 'not-checkable',
  reason: 'Describes Goodfellow et al.\'s MaxOut figure on MNIST (neither the data nor a MaxOut layer is available here); the barrier between two independent solutions is measured at MNIST-1D scale for ReLU nets by why-deep-learning-works/loss-rises-between-two-minima and why-deep-learning-works/figure-20-7-line-barrier.',
});

export const fig207Slice = defineClaim({
  id: 'why-deep-learning-works/figure-20-7-densenet-slice',
  source: { file, quote: '对 CIFAR-10 上 DenseNet 的损失函数进行切片分析' },
  statement: 'Figure 20.7 slices the loss function of a DenseNet on CIFAR-10.',
  kind: 'not-checkable',
  reason: 'Describes the source of a figure (a DenseNet on CIFAR-10), which cannot be rerun here.',
});

export const fig207LineBarrier = defineClaim({
  id: 'why-deep-learning-works/figure-20-7-line-barrier',
  source: { file, quote: '这些参数之间的线性插值展示了一个能量障碍' },
  statement: 'Linear interpolation between two independently found minima shows an energy barrier.',
  reading: `At MNIST-1D scale: two 40-128-10 ReLU nets from independent draws, ${sgdReading}. ${barrierReading} "A barrier" read as in why-deep-learning-works/loss-rises-between-two-minima: at least 0.1. Seeds: quick 2, standard 4, full 8; judged: the mean (t-interval) at least 0.1. Scope forall: the finding that the loss rises between independent minima, judged for every pair. Checked against figure 20.7 (adapted from Draxler et al. 2018): the dashed line between the two minima crosses a barrier.`,
  kind: 'experiment',
  scope: 'forall',
  replicates: { citation: 'Draxler et al. (2018)' },
  tolerance: noLessThan(0.1, 'a tenth of the way back to chance'),
  correction: (e) => `（MNIST-1D 复现中，两个独立极小值之间直线上的损失障碍仅为到随机水平距离的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: sgdScale({ quick: 2, standard: 4, full: 8 }),
  check: (ctx) => {
    const bars: number[] = [];
    perSeed(ctx, (train, s, i) => {
      const [a, b] = independentPair(ctx.tf, sgdOf(ctx), [40, 128, 10], train, s);
      try { bars.push(lineBarrier(ctx.tf, [40, 128, 10], a, b, train)); } finally { ctx.tf.dispose([...a, ...b]); }
      ctx.record(`seed ${i}: barrier on the straight line`, bars.at(-1)!);
    });
    ctx.judge.mean({ label: 'barrier on the straight line between independent minima', samples: bars });
  },
});

export const fig207CurvedPath = defineClaim({
  id: 'why-deep-learning-works/figure-20-7-curved-path-deep-wide',
  source: { file, quote: '但是，在足够深且宽的网络中，能够在两个极小值间找到一条低能量的曲线路径' },
  statement: 'In sufficiently deep and wide networks, a low-energy curved path between the two minima can be found.',
  reading: `At MNIST-1D scale for the deepest and widest net (ReLU, 3 hidden layers of 128; the sweep of why-deep-learning-works/low-loss-path-clearer-wider-deeper stops at 3 of 96): two independent minima (${sgdReading}) and ${bentReading}. "Low-energy" read as in why-deep-learning-works/low-loss-path-between-minima: barrier below 0.05. Seeds: quick 2, standard 4, full 8; judged: the mean (t-interval) at most 0.05. Scope exists: '可以构建'/'能够找到' says such a path can be found; the mean barrier along the trained paths wholly inside its band is the witness. Checked against figure 20.7 (adapted from Draxler et al. 2018): the cyan curved path stays low.`,
  kind: 'experiment',
  scope: 'exists',
  replicates: { citation: 'Draxler et al. (2018)' },
  tolerance: noMoreThan(0.05, 'a twentieth of the way back to chance'),
  correction: (e) => `（MNIST-1D 复现中，三层 128 单元网络上训练出的路径障碍为到随机水平距离的 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: sgdScale({ quick: 2, standard: 4, full: 8 }),
  check: (ctx) => {
    const chain: number[] = [];
    perSeed(ctx, (train, s, i) => {
      const r = bentPath(ctx.tf, sgdOf(ctx), [40, 128, 128, 128, 10], train, s, 300);
      chain.push(r.chain);
      ctx.record(`seed ${i}: barrier on the straight line / on the trained path`, `${r.line.toFixed(4)} / ${r.chain.toFixed(4)}`);
    });
    ctx.judge.mean({ label: 'barrier along the trained path (3 x 128)', samples: chain });
  },
});

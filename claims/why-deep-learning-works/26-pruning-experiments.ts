// § 20.5.1 剪枝 (part 2: the experiment)
// The text: Han et al. (2016) kept only 8% of VGG's weights and it still performed well on ImageNet
// (magnitude pruning, then fine-tuning, sometimes repeated). How we test it: the procedure at
// MNIST-1D scale: a fully connected net trained, then pruned by weight magnitude in rounds (keeping
// 50, 25, 12, 8, 4, 2% of the weights), fine-tuned after each round; the test accuracy at 8% against
// the dense net's, several seeds. What would refute it: the 8% net more than a point of accuracy
// below the dense one.
import { atLeast, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { subSeed } from '../../src/random/seeds.js';
import { magnitudeMasks } from '../../src/nets/probe/param-probes.js';
import type { Tensor } from '@tensorflow/tfjs';

const file = 'why-deep-learning-works.md';
const KEEP = [0.5, 0.25, 0.12, 0.08, 0.04, 0.02] as const;
const TOLERANCE = 0.01;

export const prunedToEightPercent = defineClaim({
  id: 'why-deep-learning-works/magnitude-pruning-keeps-accuracy-at-8-percent',
  source: { file, quote: '在只保留 {kept:percent} 权重的情况下，VGG 网络在 ImageNet 分类任务上仍然保持了良好的性能' },
  statement: 'A network pruned by weight magnitude to {kept} of its weights, and fine-tuned, keeps its performance (Han et al. 2016: VGG on ImageNet).',
  reading: `Han et al.'s procedure at MNIST-1D scale (we have neither VGG nor ImageNet): a fully connected 40-100-100-10 ReLU net (15,210 parameters, He init) trained by minibatch Adam (batch 100, lr 0.003, S steps: quick 300, standard 1000, full 1200) on n seeded examples (quick 1000, standard 2000, full 4000), 1000 test examples; then pruned in rounds by global weight magnitude (biases kept) to ${KEEP.map((k) => `${k * 100}%`).join(', ')} of the weights, each round fine-tuned for S/3 steps from the surviving weights with the mask held (Han et al. prune and retrain iteratively). "Still performs well" read as: the test accuracy at 8% within ${TOLERANCE * 100} point of the dense net's (fixed before the run: a point is about the seed-to-seed spread, so a loss within it is no loss that could be seen). Judged: the mean over seeds (quick 3, standard 4, full 8) of pruned-minus-dense test accuracy at least -${TOLERANCE} (t-interval). Recorded: the accuracy at every share and the smallest share within the tolerance per seed (the largest sparsity reachable without loss). Full-budget scales were cut to about 2.4x the standard cost (from about 4x: full was n = 4000, 2000 steps, 8 seeds; with minibatches of 100 the cost follows the steps, not n) so the full budget finishes on a 2-core machine.`,
  kind: 'experiment',
  tolerance: atLeast(TOLERANCE, `a loss of up to ${TOLERANCE * 100} point of test accuracy counts as keeping the performance`),
  correction: (e) => `（MNIST-1D 复现中，保留 ${e.slots.values.kept!.written} 权重并微调后测试准确率平均下降 ${(-100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)} 个百分点。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  check: ({ tf, judge, scale, seed, record, slots }) => {
    const kept = slots.percent('kept');
    // The pruning schedule must pass through the share the text states.
    if (!(KEEP as readonly number[]).includes(kept)) throw new Error(`the text's share kept (${kept}) is not a step of the pruning schedule ${KEEP.join(', ')}: add it`);
    const n = scale({ quick: 1000, standard: 2000, full: 4000 });
    // Minibatches of 100: the cost follows the steps and seeds, so n keeps its full size.
    const steps = scale({ quick: 300, standard: 1000, full: 1200 });
    const seeds = scale({ quick: 3, standard: 4, full: 8 });
    record('training / test examples, dense Adam steps, fine-tuning steps per round, seeds', `${n} / 1000, ${steps}, ${Math.round(steps / 3)}, ${seeds}`);
    const at8: number[] = [];
    for (let s = 0; s < seeds; s++) {
      const task = mnist1dTask(tf, { seed: subSeed(seed, 2 * s), nTrain: n, nTest: 1000 });
      const spec = { sizes: [40, 100, 100, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(seed, 2 * s + 1) };
      const opts = { optimizer: 'adam' as const, lr: 0.003, batchSize: 100, evalEvery: steps, train: task.train, test: task.test, keep: true };
      const dense = runClassifier(tf, spec, { ...opts, steps });
      tf.dispose(dense.init);
      let current: Tensor[] = dense.final;
      const denseAcc = dense.testAcc.at(-1)!;
      const accs: number[] = [];
      try {
        for (const keep of KEEP) {
          const masks = magnitudeMasks(tf, current, keep);
          const r = runClassifier(tf, spec, { ...opts, steps: Math.round(steps / 3), init: current, masks, orderSeed: subSeed(spec.seed, Math.round(keep * 1000)) });
          tf.dispose([...current, ...r.init, ...masks.filter((m): m is Tensor => m !== null)]);
          current = r.final;
          accs.push(r.testAcc.at(-1)!);
        }
      } finally {
        tf.dispose(current);
        task.dispose();
      }
      const within = KEEP.filter((_, k) => accs[k]! >= denseAcc - TOLERANCE);
      record(`seed ${s}: test accuracy dense, then at ${KEEP.join(' / ')} kept`, `${denseAcc.toFixed(3)}, ${accs.map((a) => a.toFixed(3)).join(' / ')}`);
      record(`seed ${s}: smallest share kept within ${TOLERANCE} of dense`, within.length ? Math.min(...within) : 'none');
      at8.push(accs[(KEEP as readonly number[]).indexOf(kept)]! - denseAcc);
    }
    judge.mean({ label: `test accuracy at ${100 * kept}% kept minus dense`, samples: at8, asserted: 0 });
  },
});

// § 20.2.7 网络深度 (part 2: the experiment)
// The text: Frankle & Carbin (2019) trained a network, pruned its smallest-magnitude weights and
// retrained the rest from the same initial weights with the same or better performance; with the
// weights randomly re-initialised this does not work (the lottery ticket). How we test it: the
// phenomenon at MNIST-1D scale, one-shot global magnitude pruning of a trained MLP, the surviving
// weights retrained from their original values against a fresh random draw with the same mask.
// What would refute it: the re-initialised sparse net generalising as well as the ticket.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/classifier-run.js';
import { subSeed } from '../../src/nets/init.js';
import { magnitudeMasks } from '../../src/nets/param-probes.js';

const file = 'why-deep-learning-works.md';

export const reinitialisedTicketFails = defineClaim({
  id: 'why-deep-learning-works/lottery-ticket-needs-original-init',
  source: { file, quote: '如果权重随机重新初始化，则此方法不适用' },
  statement: 'A pruned sub-network retrained from the original initial weights performs well, but not when its weights are randomly re-initialised.',
  reading: 'Frankle & Carbin\'s lottery ticket at MNIST-1D scale (they used VGG/ResNet on CIFAR-10 and LeNet on MNIST): a 40-128-128-10 ReLU net (He init), full-batch Adam (lr 0.003, S steps: quick 150, standard 400, full 1500) on n seeded MNIST-1D examples (quick 500, standard 1000, full 4000), 1000 test examples; one-shot global magnitude pruning keeping 10% of the weights (biases kept); the sparse net retrained for S steps (a) from the original initial values (the ticket) and (b) from a fresh He draw with the same mask. "Does not work" read as: (b)\'s test accuracy is strictly below (a)\'s. Judged per seed (quick 1, standard 2, full 6); recorded: the dense net\'s test accuracy too.',
  kind: 'experiment',
  tolerance: exactly('an ordering of two measured test accuracies per seed'),
  correction: (e) => `（MNIST-1D 复现中，随机重新初始化的稀疏网络与“中奖彩票”表现相当：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = scale({ quick: 1, standard: 2, full: 6 });
    const n = scale({ quick: 500, standard: 1000, full: 4000 });
    const steps = scale({ quick: 150, standard: 400, full: 1500 });
    record('examples / test examples / steps per run / kept share / seeds', `${n} / 1000 / ${steps} / 0.1 / ${seeds}`);
    for (let i = 0; i < seeds; i++) {
      const s = subSeed(seed, i);
      const task = mnist1dTask(tf, { seed: subSeed(s, 0), nTrain: n, nTest: 1000 });
      const spec = (k: number) => ({ sizes: [40, 128, 128, 10], phi: 'relu' as const, weightVariance: 2, seed: subSeed(s, k) });
      const opts = { optimizer: 'adam' as const, lr: 0.003, steps, evalEvery: steps, train: task.train, test: task.test };
      const dense = runClassifier(tf, spec(1), { ...opts, keep: true });
      const masks = magnitudeMasks(tf, dense.final, 0.1);
      try {
        const ticket = runClassifier(tf, spec(1), { ...opts, init: dense.init, masks });
        const fresh = runClassifier(tf, spec(2), { ...opts, masks });
        const [d, t, f] = [dense, ticket, fresh].map((r) => r.testAcc.at(-1)!);
        record(`seed ${i}: test accuracy dense / ticket / re-initialised`, `${d!.toFixed(3)} / ${t!.toFixed(3)} / ${f!.toFixed(3)}`);
        judge.holds({ label: 're-initialised sparse net below the ticket', holds: f! < t!, values: { ticket: t!, reinitialised: f!, dense: d! }, where: { seed: i } });
      } finally {
        task.dispose();
        tf.dispose([...dense.init, ...dense.final, ...masks.filter((m) => m !== null)]);
      }
    }
  },
});

// Figure 20.4's experiment (Liu et al. 2023c, MNIST) at MNIST-1D scale: multiples of He's
// initialisation trained with Adam on the mean squared error to zero training error, timed, with the
// test accuracy reached and the distance the weights travelled. Figure 20.4's readings judge it, and
// so does figure 20.13's "training takes longer" (both figures are Liu et al.'s MSE runs).
import type { Tf } from '../backend/tf.js';
import type { CheckContext, PerBudget } from '../claim/types.js';
import { mnist1dTask } from '../datasets/mnist1d-task.js';
import { runClassifier } from '../nets/train/classifier-run.js';
import { relativeWeightChange } from '../nets/probe/param-probes.js';
import { Seeds } from '../random/seeds.js';
import { defineExperiment } from './define-experiment.js';

export const FIG_20_4_SETUP = 'Figure 20.4 (Liu et al., MNIST) at MNIST-1D scale, as in why-deep-learning-works/larger-init-slower-but-fits: 40-200-200-10 ReLU, weights N(0, a^2 * 2/fan_in) (a = the multiple of He\'s standard deviation), zero biases, full-batch Adam (lr 0.003), mean squared error on one-hot targets, n = 300 seeded MNIST-1D training examples (at every budget, not the text\'s 1,000), 1000 test examples, multiples a = 1, 4 (quick), 1, 2, 4 (standard), 1, 2, 4, 8 (full), each trained to 100% training accuracy (evaluated every 10 steps; cap quick 1500, standard 3000, full 4000). One data draw; the same initial draw scaled by each multiple (single run: value / holds).';

export type Fig204Scale = { n: number; multiples: readonly number[]; cap: number };
export const FIG_20_4_SCALE: PerBudget<Fig204Scale> = { quick: { n: 300, multiples: [1, 4], cap: 1500 }, standard: { n: 300, multiples: [1, 2, 4], cap: 3000 }, full: { n: 300, multiples: [1, 2, 4, 8], cap: 4000 } };

export interface Fig204Run { a: number; fitStep: number | null; trainAcc: number; testAcc: number; distance: number; curve: number[] }

/** Per multiple of He's standard deviation, on one data draw and one initial draw: steps to fit, accuracies and distance travelled by the weights. */
export function fig204Multiples(tf: Tf, { n, multiples, cap }: Fig204Scale, streams: Seeds): Fig204Run[] {
  const task = mnist1dTask(tf, { seed: streams.child('data').value, nTrain: n, nTest: 1000 });
  try {
    return multiples.map((a) => {
      const r = runClassifier(tf, { sizes: [40, 200, 200, 10], phi: 'relu', weightVariance: 2 * a * a, seed: streams.child('init').value }, { optimizer: 'adam', lr: 0.003, loss: 'mse', steps: cap, evalEvery: 10, train: task.train, test: task.test, stopWhenFit: true, keep: true });
      const init = relativeWeightChange(tf, r.init, r.final);
      const norm0 = tf.tidy(() => Math.sqrt(r.init.filter((_, k) => k % 2 === 0).reduce((acc, w) => acc + tf.sum(tf.square(w)).dataSync()[0]!, 0)));
      tf.dispose([...r.init, ...r.final]);
      return { a, fitStep: r.fitStep, trainAcc: r.trainAcc.at(-1)!, testAcc: r.testAcc.at(-1)!, distance: init * norm0, curve: r.trainAcc };
    });
  } finally {
    task.dispose();
  }
}

export const fig204Line = (r: Fig204Run, cap: number) => `${r.fitStep ?? `>${cap}`} / ${r.trainAcc.toFixed(3)} / ${r.testAcc.toFixed(3)} / ${r.distance.toFixed(2)}`;

// Figure 20.4's caption over seeds: both of its readings judge these runs, and figure 20.13's "trains
// more slowly" reads them too (the caption names the same design); one experiment seeded from the run seed.
export const FIG_20_4_SEEDS: PerBudget<number> = { quick: 3, standard: 3, full: 4 };
export const fig204Experiment = defineExperiment<void, Fig204Run[][]>({
  key: 'figure-20-4-multiples',
  seeds: FIG_20_4_SEEDS,
  run: ({ tf, budget, replicates }) => replicates.map((seed) => fig204Multiples(tf, FIG_20_4_SCALE[budget], new Seeds(seed))),
});
/** The experiment's runs, recorded in the claim's evidence. */
export function fig204Seeds(ctx: CheckContext<Fig204Scale>): Fig204Run[][] {
  const out = fig204Experiment.of(ctx);
  ctx.record('examples / test examples / step cap / seeds', `${ctx.scaled.n} / 1000 / ${ctx.scaled.cap} / ${out.length}`);
  out.forEach((runs, i) => runs.forEach((r) => ctx.record(`seed ${i + 1}, a=${r.a}: steps to fit / final training accuracy / test accuracy / distance travelled by the weights`, fig204Line(r, ctx.scaled.cap))));
  return out;
}

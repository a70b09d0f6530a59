// Zhang et al.'s (2017a) random-data experiment at MNIST-1D scale: one 40-128-10 ReLU net fitted to the
// real data, to Gaussian inputs and to permuted labels from shared seeds, timed to zero training error.
// The text (§ 20.2.1) and figure 20.1's caption state both slowings; the claims that judge them read
// one set of runs, so each half is judged alone and a cheap run is not paid for three times.
import type { EvidenceView, PerBudget } from '../claim/types.js';
import { defineExperiment } from './define-experiment.js';
import { fitConditions, type DataCondition, type FitOutcome } from '../nets/experiments/zero-error-fits.js';

/** Examples, step cap and seeds per budget; every run is evaluated every RANDOM_DATA_EVERY steps. */
export const RANDOM_DATA_SCALE: PerBudget<{ n: number; cap: number; seeds: number }> = {
  quick: { n: 1000, cap: 1000, seeds: 5 }, standard: { n: 1000, cap: 3000, seeds: 5 }, full: { n: 1000, cap: 3000, seeds: 7 },
};
export const RANDOM_DATA_EVERY = 5;

export const randomDataReading = `A 40-128-10 ReLU net (He init), full-batch Adam (lr 0.003), no regularisation, on n seeded MNIST-1D training examples (1000 at every budget): the real data, inputs replaced by i.i.d. N(0, 1) (MNIST-1D's inputs are standardised: the data's mean and variance), and labels permuted; each seed (quick 5, standard 5, full 7, drawn from the run seed) draws one data set and one initialisation shared by the three conditions, and the same runs serve every claim on this experiment. Measured: steps to 100% training accuracy (evaluated every ${RANDOM_DATA_EVERY} steps; cap quick 1000, standard 3000, full 3000).`;

/** The three conditions on every seed, in the order real, Gaussian inputs, random labels. */
export const randomDataFits = defineExperiment<void, FitOutcome[]>({
  key: 'random-data-fits',
  seeds: { quick: RANDOM_DATA_SCALE.quick.seeds, standard: RANDOM_DATA_SCALE.standard.seeds, full: RANDOM_DATA_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => fitConditions(tf, {
    net: { sizes: [40, 128, 10], phi: 'relu', weightVariance: 2 },
    conditions: ['real', 'gaussian inputs', 'random labels'],
    seeds: replicates,
    nTrain: RANDOM_DATA_SCALE[budget].n,
    train: { optimizer: 'adam', lr: 0.003, steps: RANDOM_DATA_SCALE[budget].cap, evalEvery: RANDOM_DATA_EVERY },
  }),
});

const CONDITION_ZH: Record<DataCondition, string> = { real: '真实数据', 'gaussian inputs': '高斯随机输入', 'random labels': '随机标签' };
const f2 = (x: number | undefined) => (x === undefined ? '?' : Math.exp(x).toFixed(2));

/**
 * What a replication of "slower than the real data" observed, as a Chinese sentence with its numbers:
 * the paired log ratio as a ratio of steps with its interval, and any seed not fitted within the cap.
 */
export function slowerObserved(e: EvidenceView, condition: DataCondition): string {
  const zh = CONDITION_ZH[condition];
  const paired = e.observations.find((o) => o.method === 'paired');
  const unfit = e.observations.filter((o) => o.method === 'holds' && o.outcome === 'outside').length;
  const scale = String(e.records['examples / seeds / step cap'] ?? '').split(' / ');
  const where = `在 MNIST-1D 上的复现中（${scale[0]} 个训练样本，${scale[1]} 个种子，40-128-10 ReLU 网络，全批量 Adam）`;
  // The direction is said, not only "not more": at this scale the Gaussian inputs were fitted faster (session-9 referee).
  const relation = (ratio: number) => (ratio < 1 ? `反而少于${CONDITION_ZH.real}，约为其 ${ratio.toFixed(2)} 倍` : `与${CONDITION_ZH.real}相当，约为其 ${ratio.toFixed(2)} 倍`);
  const speed = paired && paired.outcome === 'outside' && paired.measured !== null
    ? `${zh}达到零训练误差所需的步数${relation(Math.exp(paired.measured))}（置信区间 ${f2(paired.ci?.[0])}–${f2(paired.ci?.[1])}，${paired.n} 个种子配对）`
    : '';
  const fit = unfit > 0 ? `${unfit} 个种子的${zh}未能在 ${scale[2]} 步内拟合` : '';
  return `（${where}，${[speed, fit].filter(Boolean).join('；')}。）`;
}

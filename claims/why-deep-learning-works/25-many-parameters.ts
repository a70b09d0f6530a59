// § 20.5 真的需要这么多参数吗？
// The section opening: a claim about the literature, an open question, and a description of two
// methods. Nothing here has a value to compute; the counts follow in sections 20.5.1-20.5.3.
import { defineClaim, type EvidenceView, noLessThan } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';

const file = 'why-deep-learning-works.md';
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const fewExamples = literature('few-sota-models-below-data-size', '实际上，在处理复杂数据集时，极少有模型的参数数量明显低于训练数据点数却能达到顶尖水平的例子',
  'On complex data sets there are very few state-of-the-art models with clearly fewer parameters than training points.',
  'A statement about the literature (how many such models exist); the models rebuilt here all exceed their training sets (section 20.5.1 and why-deep-learning-works/imagenet-models-not-overparameterised-enough record the ratios), but no computation can survey the state of the art.');
export const unclearCause = literature('small-models-cause-unclear', '因此，目前还不清楚是小模型固有属性的限制导致它们表现不佳，还是训练算法未能为小模型找到有效的解决方案',
  'It is therefore unclear whether small models fail because of an inherent limit or because training does not find good solutions for them.',
  'A statement about what is unknown; nothing to compute.');
export const twoMethods = literature('pruning-and-distillation-shrink-models', '模型修剪（Pruning）和蒸馏（Distilling）是两种用于缩减训练模型大小的方法',
  'Pruning and distillation are two methods of shrinking trained models.',
  'A description of two methods (by definition they make models smaller); nothing to compute.');

// The text: section 20.2 reviewed evidence that training gets easier as the number of parameters
// grows. How we test it: one-hidden-layer nets of growing width trained with the same optimiser and
// step budget on a memorisation task (MNIST-1D with permuted labels), several seeds; the training loss
// they reach. What would refute it: wider nets ending at no lower training loss.
const WIDTHS = [16, 64, 256] as const;
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome !== 'inside').map((o) => `${o.label}: ${o.measured?.toPrecision(3)} (CI ${o.ci?.map((v) => v.toPrecision(3)).join('–')})`).join('; ');

export const moreParametersTrainEasier = defineClaim({
  id: 'why-deep-learning-works/more-parameters-train-more-easily',
  source: { file, quote: '然而，第 20.2 节回顾了证据表明，随着参数数量的增加，训练过程变得更加容易' },
  statement: 'Section 20.2 reviewed evidence that training becomes easier as the number of parameters grows.',
  reading: `The evidence re-measured at MNIST-1D scale rather than the review's bookkeeping: 40-w-10 ReLU nets, w = ${WIDTHS.join(', ')} (${WIDTHS.map((w) => 51 * w + 10).join(', ')} parameters), He init, full-batch Adam (lr 0.003) for a fixed budget of S steps (quick 300, standard 1000, full 1200) on n seeded MNIST-1D examples with permuted labels (quick 300, standard and full 1000: memorisation, where only optimisation matters). "Easier" read as: the same budget brings the wider net to a lower training loss. Judged: the geometric mean over seeds (quick 3, standard 6, full 12; each a new data draw and initialisation) of loss(16) / loss(64) and of loss(64) / loss(256), each at least 1 (log-scale t-intervals). Recorded: the final training accuracy. Scope forall: the trend is stated outright.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(1, 'a lower loss by any factor'),
  judgements: 2,
  correction: (e) => `（MNIST-1D 复现中，更宽的网络在相同步数内并未达到更低的训练损失：${failed(e)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 300, steps: 300, seeds: 3 }, standard: { n: 1000, steps: 1000, seeds: 6 }, full: { n: 1000, steps: 1200, seeds: 12 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const n = scaled.n;
    const steps = scaled.steps;
    const seeds = scaled.seeds;
    record('examples (permuted labels) / Adam steps / seeds', `${n} / ${steps} / ${seeds}`);
    const loss: number[][] = [];
    for (let s = 0; s < seeds; s++) {
      const task = mnist1dTask(tf, { seed: streams.child('data', s).value, nTrain: n, nTest: 10, labels: 'random' });
      try {
        const runs = WIDTHS.map((w) => runClassifier(tf, { sizes: [40, w, 10], phi: 'relu', weightVariance: 2, seed: streams.child('init', s, w).value }, { optimizer: 'adam', lr: 0.003, steps, evalEvery: steps, train: task.train }));
        record(`seed ${s}: final training loss / accuracy by width`, runs.map((r, k) => `${WIDTHS[k]}:${r.trainLoss.at(-1)!.toPrecision(3)}/${r.trainAcc.at(-1)!.toFixed(3)}`).join(' '));
        loss.push(runs.map((r) => r.trainLoss.at(-1)!));
      } finally {
        task.dispose();
      }
    }
    judge.geometricMean({ label: 'training loss at width 16 over width 64', samples: loss.map((l) => l[0]! / l[1]!) });
    judge.geometricMean({ label: 'training loss at width 64 over width 256', samples: loss.map((l) => l[1]! / l[2]!) });
  },
});

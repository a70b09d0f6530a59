// § 20.7 Summary
// The chapter's closing paragraph lists open questions about the state of knowledge. The restated
// conclusions are not-checkable as wholes (they weigh factors or generalise over all practice); each
// names the experiment claims that test its parts. The description of the chapter's argument is narrative.
import { defineClaim } from '../../src/claim/index.js';

export const openQuestions = defineClaim({
  id: 'why-deep-learning-works/open-questions',
  source: { file: 'why-deep-learning-works.md', quote: '仍有许多问题未得到解答。我们目前没有确切的理论来预测训练和泛化何时会成功或失败。我们还不了解深度网络学习的极限，也不清楚是否存在更高效的模型。我们不确定在同一模型中是否存在能更好泛化的参数。深度学习的研究依旧依赖于经验示范，这些成果虽然印象深刻，但我们对深度学习机制的理解尚未达到相匹配的水平。' },
  statement: 'Many questions remain open: there is no theory predicting when training and generalisation succeed, the limits of deep learning and whether more efficient models exist are unknown, and research still relies on empirical demonstration more than understanding.',
  kind: 'not-checkable',
  reason: 'Statements about the state of knowledge (what is not yet known or understood); no computation reaches them.',
});

const summary = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file: 'why-deep-learning-works.md', quote }, statement, kind: 'not-checkable', reason });

export const optimisationFactors = summary('summary-overparameterisation-and-activation', '我们探讨了优化高维损失函数的挑战，并认为过参数化和激活函数选择是使深度网络可行的两个关键因素',
  'We explored the challenge of optimising high-dimensional losses and argued that over-parameterisation and the choice of activation function are the two key factors that make deep networks trainable.',
  'A restatement of the chapter\'s argument; "the two key factors" is a judgement, not a measurement. Its parts are tested where the chapter makes them: over-parameterisation easing training by why-deep-learning-works/wider-nets-converge-in-fewer-steps and why-deep-learning-works/more-parameters-train-more-easily, fitting random labels by why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster; the activation function by the claims of section 20.2.5 (10-activation.ts).');
export const lowDimConnectedMinima = summary('summary-low-dim-subspace-connected-minima', '我们观察到，在训练过程中，参数在低维子空间中移动，趋向于一系列相连的全局最小值，并且局部最小值并不显著',
  'During training the parameters move in a low-dimensional subspace towards a family of connected global minima, and local minima are not prominent.',
  'A restatement of section 20.3\'s conclusions, each hedged by the evidence reviewed there; as a whole it names no quantity. Its parts are tested where they are made: the path to the minimum by why-deep-learning-works/loss-falls-along-line-from-init and why-deep-learning-works/relative-parameter-change-shrinks-with-width, connected minima by why-deep-learning-works/loss-rises-between-two-minima and the other claims of sections 20.3.2-20.3.4.');
export const generalisationFactors = summary('summary-generalisation-factors', '神经网络的泛化能力也随着过参数化而增强，但最小值的平坦度和架构的归纳偏置也同样重要',
  'Generalisation also improves with over-parameterisation, but the flatness of the minimum and the inductive bias of the architecture matter as well.',
  'A restatement that weighs three factors ("同样重要"), with no common scale on which to compare them. Its parts are tested: over-parameterisation by why-deep-learning-works/generalisation-improves-with-overparameterisation and why-deep-learning-works/double-descent, inductive bias by why-deep-learning-works/matched-architecture-beats-fully-connected and why-deep-learning-works/untrained-conv-features-beat-untrained-fc, flatness by the claims of section 20.4.2 (20-flatness.ts).');
export const paramsAndDepthNeeded = summary('summary-parameters-and-depth-needed', '尽管原因尚不明确，但看来，要实现良好的泛化，大量的参数和多层网络都是必需的',
  'Although the reasons are unclear, both many parameters and many layers seem necessary for good generalisation.',
  'A hedged conclusion ("看来") about state-of-the-art practice: "necessary" is a claim about all models on complex data sets, which no computation here can survey. Its parts are tested at MNIST-1D scale: parameters by why-deep-learning-works/double-descent and why-deep-learning-works/generalisation-improves-with-overparameterisation, depth at a fixed size by why-deep-learning-works/distilled-students-improve-with-depth and why-deep-learning-works/conv-students-beat-fc-and-depth-helps.');

// § 20.3 损失函数的属性
// The text recaps section 20.2 and introduces the empirical properties of loss functions; one
// sentence characterises the literature. The recap of experimental conclusions is part 2's.
import { defineClaim } from '../../src/claim/index.js';

export const evidenceSources = defineClaim({
  id: 'why-deep-learning-works/loss-evidence-from-fc-and-cnns',
  source: { file: 'why-deep-learning-works.md', quote: '大多数证据来源于全连接网络和卷积神经网络（CNN）；而对 Transformer 网络的损失函数了解较少' },
  statement: 'Most of the evidence about loss functions comes from fully connected and convolutional networks; less is known about transformers.',
  kind: 'not-checkable',
  reason: 'A characterisation of the literature (what has been studied most); no computation reaches it.',
});

export const recapKeyFactors = defineClaim({
  id: 'why-deep-learning-works/recap-parameters-and-activation-key',
  source: { file: 'why-deep-learning-works.md', quote: '参数的数量（过参数化程度）和激活函数的选择都是关键因素' },
  statement: 'The number of parameters (degree of overparameterisation) and the choice of activation function are both key factors.',
  kind: 'not-checkable',
  reason: 'A recap of §20.2 ranking causes; the underlying experiments are why-deep-learning-works/wider-nets-converge-in-fewer-steps and why-deep-learning-works/activation-choice-affects-training-difficulty.',
});

export const recapLessImportant = defineClaim({
  id: 'why-deep-learning-works/recap-data-stochasticity-regularisation-less-important',
  source: { file: 'why-deep-learning-works.md', quote: '然而，数据集的选择、拟合算法的随机性以及正则化的应用似乎并不那么重要' },
  statement: 'The choice of data set, the stochasticity of the fitting algorithm and regularisation seem less important.',
  kind: 'not-checkable',
  reason: 'A hedged recap ("似乎") of §20.2; the experiments behind it are why-deep-learning-works/random-data-fitted-more-slowly-labels and -inputs, why-deep-learning-works/large-batches-still-fit, why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels and why-deep-learning-works/regularisation-not-needed-to-fit-random-data.',
});

export const recapNoDepthEvidence = defineClaim({
  id: 'why-deep-learning-works/recap-no-evidence-depth-matters',
  source: { file: 'why-deep-learning-works.md', quote: '目前还没有明确的证据表明（对于给定的参数数量）网络的深度' },
  statement: 'There is as yet no clear evidence that depth (for a given number of parameters), apart from numerical problems, has an important effect.',
  kind: 'not-checkable',
  reason: 'A statement about the state of the literature (the absence of evidence), not about networks.',
});

// § 20.6.2 训练的可行性
// The setting of Urban et al.'s experiment carries a number (16 teachers); the hypothesis and the
// outcomes are part 2's, the description of the test is narrative.
import { defineClaim } from '../../src/claim/index.js';

export const urbanEnsemble = defineClaim({
  id: 'why-deep-learning-works/urban-2017-ensemble-of-16',
  source: { file: 'why-deep-learning-works.md', quote: 'Urban 等人（2017）将 CIFAR-10 数据集上的 16 个卷积网络集成体蒸馏到不同深度的学生模型中' },
  statement: 'Urban et al. (2017) distilled an ensemble of 16 convolutional networks on CIFAR-10 into students of different depths.',
  kind: 'not-checkable',
  reason: 'An attribution: 16 is the ensemble size the cited experiment chose, a fact about that paper, not a quantity derivable from anything here; the distillation outcomes are experiments.',
});

export const hardToFindShallowSolution = defineClaim({
  id: 'why-deep-learning-works/shallow-solutions-hard-to-find',
  source: { file: 'why-deep-learning-works.md', quote: '另一个解释是，尽管拥有实际数量的隐藏单元的浅层网络理论上可以支持顶尖性能，但找到一个既能良好拟合训练数据又能合理进行插值的有效解决方案非常困难' },
  statement: 'Another explanation: shallow networks with a practical number of hidden units could in theory support state-of-the-art performance, but finding a solution that fits the training data and interpolates sensibly is very hard.',
  kind: 'not-checkable',
  reason: 'A hypothesis offered as an explanation; its first half (that such shallow solutions exist at state-of-the-art scale) is a statement about ImageNet-scale models no computation here can reach. The test the next sentences describe, distilling into shallower students of equal size, is why-deep-learning-works/distilled-students-improve-with-depth.',
});

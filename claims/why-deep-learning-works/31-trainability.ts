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

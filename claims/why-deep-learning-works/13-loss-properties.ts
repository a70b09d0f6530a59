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

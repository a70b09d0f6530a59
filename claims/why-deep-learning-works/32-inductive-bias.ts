// § 20.6.3 归纳偏见
// Statements about current practice and the design of convolutional and transformer networks, and
// judgements about why depth helps; the cited experiments (untrained CNN priors, training only batch
// norm, Urban et al.) are part 2's.
import { defineClaim } from '../../src/claim/index.js';

const file = 'why-deep-learning-works.md';
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const currentModels = literature('current-models-conv-or-transformer', '当前多数模型依赖于卷积块或 Transformer',
  'Most current models rely on convolutional blocks or transformers.',
  'A statement about current practice; no computation surveys it.');
export const localSharing = literature('local-sharing-gradual-integration', '这些网络对输入数据的局部区域共享参数，并且常常逐步将这些信息融合到整个输入中',
  'These networks share parameters across local regions of the input and often integrate information over the whole input gradually.',
  'A description of a design family in general terms ("often"), naming no network whose receptive fields could be computed.');
export const restricts = literature('design-restricts-functions', '这种设计限制了网络能够表示的函数类型，并不具有普遍性',
  'This design restricts the functions the network can represent; it is not universal.',
  'A general statement about a design family without a measurable criterion for "restricts".');
export const suitableBias = literature('deep-nets-superior-by-inductive-bias', '因此，深度网络之所以优越，部分原因是它们具有合适的归纳偏置，而且让浅层网络遵循这些限制相当困难',
  'Deep networks are superior partly because they have suitable inductive biases, which shallow networks find hard to follow.',
  'An explanation offered as a judgement ("partly because"); the evidence for it is experimental (part 2).');

export const ulyanov = literature('ulyanov-2018-untrained-cnn-prior', 'Ulyanov 等（2018）证明了未经训练的 CNN 结构可以作为低级任务，如去噪和超分辨率的先验',
  'Ulyanov et al. (2018) showed that untrained CNN structure can serve as a prior for low-level tasks such as denoising and super-resolution.',
  'An attribution about natural-image restoration (denoising, super-resolution of photographs); we have no natural images, and a 1-D analogue would test a different statement. That untrained conv structure helps is tested at MNIST-1D scale by why-deep-learning-works/untrained-conv-features-beat-untrained-fc.');
export const urbanConversion = literature('urban-2017-conversion-to-shallower', '来自 Urban 等（2017）的进一步证据显示，卷积网络提供了有用的归纳偏置，他们试图将卷积网络转换为更浅的网络',
  'Urban et al. (2017) give further evidence that conv nets provide a useful inductive bias: they tried to convert conv nets into shallower networks.',
  'An attribution (who tried what on CIFAR-10); the finding it introduces is reproduced at MNIST-1D scale by why-deep-learning-works/conv-students-beat-fc-and-depth-helps.');

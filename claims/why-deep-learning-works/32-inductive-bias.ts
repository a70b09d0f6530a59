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

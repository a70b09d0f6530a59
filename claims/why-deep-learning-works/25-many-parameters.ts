// § 20.5 真的需要这么多参数吗？
// The section opening: a claim about the literature, an open question, and a description of two
// methods. Nothing here has a value to compute; the counts follow in sections 20.5.1-20.5.3.
import { defineClaim } from '../../src/claim/index.js';

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

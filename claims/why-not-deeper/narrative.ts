// Sentences of sources/why-not-deeper.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('why-not-deeper.md', [
  { quote: '“Why don\'t we just go deeper and deeper?” (为什么我们不一直把网络做得更深呢？)', reason: 'the question the text answers (rhetorical question, with its translation)' },
  { quote: '这个问题触及了深度学习实践中的一些核心挑战', reason: 'framing of the question; the challenges themselves are the claims of sections 1-6' },
  { quote: '以下是限制网络无限加深的主要原因：', reason: 'outline: introduces the numbered list' },
  { quote: '**梯度消失/爆炸 (Vanishing/Exploding Gradients):**', reason: 'section title of list item 1' },
  { quote: '在反向传播过程中，梯度从输出层向输入层传播', reason: 'definition of the direction of back-propagation (true by construction), setting up the claims that follow' },
  { quote: '**过拟合 (Overfitting):**', reason: 'section title of list item 2' },
  { quote: '**这是你提到的一个非常重要的原因。**', reason: 'conversational aside to the person who asked (refers to what "you" mentioned); its importance judgement has no measurable content' },
  { quote: '**网络退化问题 (Degradation Problem):**', reason: 'section title of list item 3' },
  { quote: '**计算成本和训练时间 (Computational Cost and Training Time):**', reason: 'section title of list item 4' },
  { quote: '**优化困难 (Optimization Difficulty):**', reason: 'section title of list item 5' },
  { quote: '**对数据量的需求 (Need for More Data):**', reason: 'section title of list item 6' },
  { quote: '**总结：**', reason: 'section title of the summary' },
  { quote: '当我们试图构建非常深的网络时，会遇到：', reason: 'outline: introduces the summary list' },
  { quote: '**训练层面的困难：** 梯度消失/爆炸、网络退化。', reason: 'summary bullet restating sections 1 and 3 as a classification; each difficulty is a claim there (why-not-deeper/product-of-factors-vanishes, why-not-deeper/exploding-gradients-grow-exponentially, why-not-deeper/deeper-model-worse-on-training-set)' },
  { quote: '**泛化层面的困难：** 过拟合。', reason: 'summary bullet restating section 2 as a classification; tested there (why-not-deeper/overfit-model-good-on-train-poor-on-test)' },
  { quote: '**实际层面的限制：** 计算成本、训练时间。', reason: 'summary bullet restating section 4 as a classification; tested there (why-not-deeper/deeper-needs-more-compute, why-not-deeper/deeper-training-takes-longer)' },
]);

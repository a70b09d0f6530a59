// § 20.7 Summary
// The chapter's closing paragraph lists open questions about the state of knowledge. The restated
// conclusions of the experiments are part 2's; the description of the chapter's argument is narrative.
import { defineClaim } from '../../src/claim/index.js';

export const openQuestions = defineClaim({
  id: 'why-deep-learning-works/open-questions',
  source: { file: 'why-deep-learning-works.md', quote: '仍有许多问题未得到解答。我们目前没有确切的理论来预测训练和泛化何时会成功或失败。我们还不了解深度网络学习的极限，也不清楚是否存在更高效的模型。我们不确定在同一模型中是否存在能更好泛化的参数。深度学习的研究依旧依赖于经验示范，这些成果虽然印象深刻，但我们对深度学习机制的理解尚未达到相匹配的水平。' },
  statement: 'Many questions remain open: there is no theory predicting when training and generalisation succeed, the limits of deep learning and whether more efficient models exist are unknown, and research still relies on empirical demonstration more than understanding.',
  kind: 'not-checkable',
  reason: 'Statements about the state of knowledge (what is not yet known or understood); no computation reaches them.',
});

// § 20.4.6 超出数据流形
// Two sentences state assumptions about experiments and deployment; the thought experiment and the
// rhetorical question are narrative; the adversarial-example findings are experiments (part 2).
import { defineClaim } from '../../src/claim/index.js';

const file = 'why-deep-learning-works.md';

export const reasonableAssumption = defineClaim({
  id: 'why-deep-learning-works/same-distribution-reasonable-in-experiments',
  source: { file, quote: '这在实验中是一个合理假设' },
  statement: 'Assuming test data come from the training distribution is reasonable in experiments.',
  kind: 'not-checkable',
  reason: 'A judgement about experimental methodology ("reasonable"); nothing to compute.',
});

export const deployedSurprises = defineClaim({
  id: 'why-deep-learning-works/deployed-systems-meet-unexpected-data',
  source: { file, quote: '但是，实际部署的系统可能会遇到由噪声、数据统计特征随时间变化或故意攻击引起的意外数据' },
  statement: 'Deployed systems may meet unexpected data caused by noise, drifting statistics or deliberate attacks.',
  kind: 'not-checkable',
  reason: 'A statement about deployed systems in the world; no computation here observes them.',
});

export const mostReasonableExplanation = defineClaim({
  id: 'why-deep-learning-works/adversarial-not-lack-of-off-manifold-robustness',
  source: { file, quote: '目前最合理的解释是，对抗性示例并非因为缺乏对训练数据流形外数据的鲁棒性' },
  statement: 'The most reasonable current explanation is that adversarial examples are not due to a lack of robustness to data off the training manifold.',
  kind: 'not-checkable',
  reason: 'A judgement about which explanation is most reasonable; it ranks hypotheses and measures nothing. The positive half of the explanation (the perturbations carry information that generalises) is tested at MNIST-1D scale by why-deep-learning-works/adversarial-perturbations-carry-generalising-features-reading-a and -reading-b.',
});

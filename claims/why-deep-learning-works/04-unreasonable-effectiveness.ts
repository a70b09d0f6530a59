// § 20.1.3 深度学习的不合理效果
// The text sums up section 20.1 (fitting and generalisation are not self-evident; in theory deep
// learning should not work, in practice it does) and outlines the chapter. Nothing here is a
// measurable property: the judgements are not-checkable, the outline is narrative.
import { defineClaim } from '../../src/claim/index.js';

const file = 'why-deep-learning-works.md';

export const notSelfEvidentSummary = defineClaim({
  id: 'why-deep-learning-works/fit-and-generalisation-not-self-evident-summary',
  source: { file, quote: '总结来说，深度网络的拟合与泛化能力并不是自明的' },
  statement: 'In summary, the ability of deep networks to fit and to generalise is not self-evident.',
  kind: 'not-checkable',
  reason: 'A summary judgement about what is self-evident; the figures behind it are checked in section 20.1.2.',
});

export const shouldNotWork = defineClaim({
  id: 'why-deep-learning-works/in-theory-should-not-work',
  source: { file, quote: '从理论上讲，深度学习本不应有效，但实际却大有成效' },
  statement: 'In theory deep learning should not work, but in practice it works very well.',
  kind: 'not-checkable',
  reason: 'A rhetorical contrast naming no theory whose prediction could be computed, and no measure of "works very well".',
});

// (the chapter's opening, before § 20.1)
// The text introduces the chapter: it explores why deep learning works, admits that understanding is
// limited, and finds easy training and good generalisation surprising. Two sentences judge; the rest
// is outline (narrative.ts).
import { defineClaim } from '../../src/claim/index.js';

const file = 'why-deep-learning-works.md';

export const understandingLimited = defineClaim({
  id: 'why-deep-learning-works/understanding-still-limited',
  source: { file, quote: '我们对深度学习的理解还很有限' },
  statement: 'Our understanding of deep learning is still limited.',
  kind: 'not-checkable',
  reason: 'A judgement on the state of knowledge; no computation measures how much is understood.',
});

export const surprisingPhenomena = defineClaim({
  id: 'why-deep-learning-works/easy-training-and-generalisation-surprising',
  source: { file, quote: '我们发现，深度网络之所以易于训练及其泛化能力强，都是令人惊异的现象' },
  statement: 'That deep networks are easy to train and generalise well are both surprising phenomena.',
  kind: 'not-checkable',
  reason: 'An evaluation ("surprising"); the counts that make it so are checked in section 20.1, and whether training and generalisation succeed are experiments (part 2).',
});

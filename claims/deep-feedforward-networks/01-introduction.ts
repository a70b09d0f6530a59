// § 引言
// The text: the instabilities of deep networks were a knowledge gap that once held the field back.
// This is history, not mathematics: nothing we can compute reaches it.
import { defineClaim } from '../../src/claim/index.js';

export const knowledgeGapHistory = defineClaim({
  id: 'deep-feedforward-networks/knowledge-gap-history',
  source: { file: 'deep-feedforward-networks.md', quote: '这一关键的知识空白曾一度限制了该领域的发展' },
  statement: 'Not understanding the instabilities of deep networks once limited the development of the field.',
  kind: 'not-checkable',
  reason: 'A historical statement about what researchers knew and how the field developed; it is a matter of the literature and its chronology, and no computation on networks can measure it.',
});

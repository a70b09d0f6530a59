// Section 20.5.1 (pruning), line 137: who found the ResNet-50/ImageNet lottery tickets, and how,
// checked against the published record.
import { defineClaim, exactly, writeQuote } from '../../src/claim/index.js';
import { FRANKLE_2020 } from '../../src/nets/published/lottery.js';

const file = 'why-deep-learning-works.md';

// The text: for ResNet-50 "they" (Frankle & Carbin 2019, retraining from the same initial weights)
// removed 80% of the parameters without loss on ImageNet. How we test it: against the published
// record; the ResNet-50/ImageNet tickets are Frankle, Dziugaite, Roy & Carbin's (2020), found by
// rewinding to an early iteration, not to the initial weights. What would refute it: a record that
// rewinds later than iteration 0.
const REWOUND = 'Frankle 等人（2020）将权重回退到训练早期（而非初始权重）后，';
const resnetTicketQuote = `{who:他们|${REWOUND}}在不损失`;
export const resnetTicketAsPublished = defineClaim({
  id: 'why-deep-learning-works/resnet50-ticket-procedure-as-published',
  source: { file, quote: resnetTicketQuote },
  statement: 'The ResNet-50 result (80% of the parameters removed without loss on ImageNet) was obtained as the text accounts for it ({who}): by Frankle & Carbin (2019) retraining from the same initial weights (他们), or by Frankle et al. (2020) rewinding to early training.',
  reading: 'A statement about the published record, which settles it. The text\'s account ({who}) of who found the tickets and how: 他们 is Frankle & Carbin (2019) of the previous sentence, whose procedure retrains from the same initial weights (从相同初始权重开始). Checked against FRANKLE_2020 in src/nets/published/lottery.ts: the ResNet-50/ImageNet subnetworks at 80% sparsity are Frankle, Dziugaite, Roy & Carbin\'s (arXiv:1903.01611v3), found by rewinding the weights to a point 0.1% to 7% through training rather than to iteration 0; Frankle & Carbin (2019) stop at VGG-19 and ResNet-18 on CIFAR-10. Judged: with 他们, the published rewind point is iteration 0 (the initial weights); with the account of rewinding, it is later than iteration 0. The 80% matches the record and is recorded. Scope forall: one reported result.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [FRANKLE_2020.resnet50Sparsity, FRANKLE_2020.rewindShare],
  tolerance: exactly('the rewind point is the initial weights or it is not'),
  correction: (e) => ({ replace: { span: writeQuote(resnetTicketQuote, e.slots.values), text: writeQuote(resnetTicketQuote, e.slots.values, { who: REWOUND }) } }),
  check: ({ judge, record, slots }) => {
    record('published sparsity of the ResNet-50 tickets (Frankle et al. 2020)', FRANKLE_2020.resnet50Sparsity.value);
    const saysRewound = slots.choice('who') === REWOUND;
    judge.holds({ label: 'the text\'s account of how the ResNet-50 tickets were found agrees with the record', holds: saysRewound === (FRANKLE_2020.rewindShare.value > 0), values: { textSaysRewound: Number(saysRewound), publishedRewindShare: FRANKLE_2020.rewindShare.value } });
  },
});

// § 残差连接 (Residual Connections), the trainability sentence: 「使得训练极深的网络成为可能」.
// The text: residual connections make very deep nets trainable. How we test it: against He et al.'s
// record (HE_2016). What would refute it: a record without very deep trained residual nets.
// Its two replications, Adam runs of plain and residual stacks at 24 layers with He's block and with
// the text's, were retired in session 10 (referee, D14): at 24 layers the plain stack trains too, so
// neither could show the effect at any budget, and the depth that could (>= 100 layers, where plain
// width-16 stacks stay at relative training error 0.9-1.3) costs 35-60 s of CPU per 40-step run here,
// tens of minutes per seed at the steps a plateau needs; they cost 3 CPU-min at full for a note that
// could only say "undecided".
import { defineClaim, exactly } from '../../src/claim/index.js';
import { HE_2016 } from '../../src/nets/published/resnet.js';

const file = 'depth-vs-width.md';
const trainableQuote = '使得训练极深的网络成为可能';
const trainableStatement = 'Residual connections make it possible to train extremely deep networks.';
const { deepestResidualTrained: DEEPEST_RESIDUAL, plainDegradedAt: PLAIN_DEGRADED } = HE_2016;

export const trainableAsPublished = defineClaim({
  id: 'depth-vs-width/residual-connections-make-very-deep-nets-trainable-as-published',
  // The sentence's only reading: the paragraph speaks of residual networks (残差网络) as built in practice,
  // through hundreds or thousands of layers (数百甚至数千层), a fact of the published record (session-8 referee, item 150).
  source: { file, quote: trainableQuote },
  statement: trainableStatement,
  reading: 'A statement about the published record, which settles it (HE_2016 in src/nets/published/resnet.ts): He et al. (2016) trained a 1202-layer residual net on CIFAR-10 without optimisation difficulty, while their plain nets already trained worse at 56 layers than at 20. "极深" is read as the paragraph\'s hundreds of layers (数百) at least: supported if the deepest residual net trained reaches 100 layers and lies beyond the depth at which plain nets degraded. Scope exists: 成为可能, one trained witness suffices. No training run re-runs it: the replications at 24 layers (He\'s block, and the text\'s block as their first design) were retired in session 10 because a plain stack trains at that depth, so they could not show the effect at any budget, and the >= 100 layers that could are out of this machine\'s reach (session-10 referee, D14).',
  kind: 'arithmetic',
  scope: 'exists',
  exhaustive: true,
  published: [DEEPEST_RESIDUAL, PLAIN_DEGRADED],
  tolerance: exactly('a published depth reaches the threshold or it does not'),
  correction: () => '（已发表的记录并未显示残差连接使数百层的网络得以训练。）',
  check: ({ judge }) => {
    judge.holds({ label: 'deepest residual net trained (He et al. 2016) >= 100 layers and beyond the depth at which plain nets degraded', holds: DEEPEST_RESIDUAL.value >= 100 && DEEPEST_RESIDUAL.value > PLAIN_DEGRADED.value, values: { residual: DEEPEST_RESIDUAL.value, plainDegraded: PLAIN_DEGRADED.value } });
  },
});

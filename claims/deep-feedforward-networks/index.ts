// The claims of sources/deep-feedforward-networks.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s01Introduction from './01-introduction.js';
import * as s03IllusionOfDepthActivations from './03-illusion-of-depth-activations.js';
import * as s03IllusionOfDepthBackprop from './03-illusion-of-depth-backprop.js';
import * as s03IllusionOfDepthDyingRelu from './03-illusion-of-depth-dying-relu.js';
import * as s03IllusionOfDepthLinearCollapse from './03-illusion-of-depth-linear-collapse.js';
import * as s03IllusionOfDepthReluVariants from './03-illusion-of-depth-relu-variants.js';
import * as s04PerilsOfDepthForwardPass from './04-perils-of-depth-forward-pass.js';
import * as s04PerilsOfDepthJacobianProduct from './04-perils-of-depth-jacobian-product.js';
import * as s04PerilsOfDepthLinearSystem from './04-perils-of-depth-linear-system.js';
import * as s04PerilsOfDepthNonNormal from './04-perils-of-depth-non-normal.js';
import * as s05DisciplinedStartActivationDecides from './05-disciplined-start-activation-decides.js';
import * as s05DisciplinedStartReluHe from './05-disciplined-start-relu-he.js';
import * as s05DisciplinedStartTanhXavier from './05-disciplined-start-tanh-xavier.js';
import * as s05DisciplinedStartVariancePreservation from './05-disciplined-start-variance-preservation.js';
import * as s06ShortcutThroughChaosLearningProblem from './06-shortcut-through-chaos-learning-problem.js';
import * as s06ShortcutThroughChaosNearOne from './06-shortcut-through-chaos-near-one.js';
import * as s06ShortcutThroughChaosSkipConnection from './06-shortcut-through-chaos-skip-connection.js';
import * as s07PriceOfKnowledge from './07-price-of-knowledge.js';

export const claims = claimsOf([
  s01Introduction, s03IllusionOfDepthActivations, s03IllusionOfDepthBackprop, s03IllusionOfDepthDyingRelu, s03IllusionOfDepthLinearCollapse, s03IllusionOfDepthReluVariants, s04PerilsOfDepthForwardPass, s04PerilsOfDepthJacobianProduct, s04PerilsOfDepthLinearSystem, s04PerilsOfDepthNonNormal, s05DisciplinedStartActivationDecides, s05DisciplinedStartReluHe, s05DisciplinedStartTanhXavier, s05DisciplinedStartVariancePreservation, s06ShortcutThroughChaosLearningProblem, s06ShortcutThroughChaosNearOne, s06ShortcutThroughChaosSkipConnection, s07PriceOfKnowledge,
], new URL('../../sources/deep-feedforward-networks.md', import.meta.url));

/** Sentences of deep-feedforward-networks.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

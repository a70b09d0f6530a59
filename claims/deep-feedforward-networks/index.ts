// The claims of sources/deep-feedforward-networks.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { knowledgeGapHistory } from './01-introduction.js';
import { deepLinearIsAffine } from './03-illusion-of-depth.js';
import { heReluFactor, xavierReluFactor, heTanhFactor, heTanhFactorDeepLayers } from './05-disciplined-start.js';

export const claims: Claim[] = [knowledgeGapHistory, deepLinearIsAffine, heReluFactor, xavierReluFactor, heTanhFactor, heTanhFactorDeepLayers];

/** Sentences of deep-feedforward-networks.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

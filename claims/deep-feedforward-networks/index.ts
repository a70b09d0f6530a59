// The claims of sources/deep-feedforward-networks.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { knowledgeGapHistory } from './01-introduction.js';
import { deepLinearIsAffine } from './03-illusion-of-depth.js';
import { heReluFactor, xavierReluFactor, heTanhFactor, heTanhFactorDeepLayers } from './05-disciplined-start.js';

export const claims: Claim[] = [knowledgeGapHistory, deepLinearIsAffine, heReluFactor, xavierReluFactor, heTanhFactor, heTanhFactorDeepLayers];

// Every chapter's claims, in the order the report lists chapters.
import type { Claim } from '../src/claim/index.js';
import { claims as depthVsWidth } from './depth-vs-width/index.js';
import { claims as deepFeedforward } from './deep-feedforward-networks/index.js';
import { claims as whyDeepLearningWorks } from './why-deep-learning-works/index.js';

export const claims: Claim[] = [...depthVsWidth, ...deepFeedforward, ...whyDeepLearningWorks];

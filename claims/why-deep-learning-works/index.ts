// The claims of sources/why-deep-learning-works.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { mnist1dParamCount } from './02-training.js';

export const claims: Claim[] = [mnist1dParamCount];

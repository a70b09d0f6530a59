// The claims of sources/why-deep-learning-works.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { mnist1dParamCount } from './02-training.js';

export const claims: Claim[] = [mnist1dParamCount];

/** Sentences of why-deep-learning-works.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

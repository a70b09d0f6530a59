// The claims of sources/depth-vs-width.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { regionBound, exampleByBounds, exampleByRealisedRegions } from './05-exponential-complexity.js';

export const claims: Claim[] = [regionBound, exampleByBounds, exampleByRealisedRegions];

/** Sentences of depth-vs-width.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

// The claims of sources/why-not-deeper.md, in source order.
import type { Claim } from '../../src/claim/index.js';

export const claims: Claim[] = [];

/** Sentences of why-not-deeper.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

// The claims of sources/infinite-width-ntk.md, in source order.
import type { Claim } from '../../src/claim/index.js';

export const claims: Claim[] = [];

/** Sentences of infinite-width-ntk.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

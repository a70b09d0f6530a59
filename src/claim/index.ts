// The public API for claim authors: everything a claim file imports from the engine.
export { defineClaim, ClaimDefinitionError } from './define-claim.js';
export { defineNarrative, type Narrative } from './narrative.js';
export { exactly, absolute, relative, atMost, atLeast, type Tolerance } from './tolerance.js';
export type { Slots } from './slots.js';
export { writeQuote, type Relation } from './quote-template.js';
export type { Claim, ClaimSpec, CheckContext, EvidenceView, Judge, PerBudget, Budget, Kind, Where, Observation, Qualifier } from './types.js';
export { inSourceOrder } from './source-order.js';

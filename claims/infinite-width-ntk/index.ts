// The claims of sources/infinite-width-ntk.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s01Introduction from './01-introduction.js';
import * as s02Principles from './02-principles.js';
import * as s03EdgeOfChaos from './03-edge-of-chaos.js';
import * as s04FunctionSpace from './04-function-space.js';
import * as s05Laziness from './05-laziness.js';
import * as s06FiniteWidth from './06-finite-width.js';

export const claims = claimsOf([
  s01Introduction, s02Principles, s03EdgeOfChaos, s04FunctionSpace, s05Laziness, s06FiniteWidth,
], new URL('../../sources/infinite-width-ntk.md', import.meta.url));

/** Sentences of infinite-width-ntk.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

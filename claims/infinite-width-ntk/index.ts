// The claims of sources/infinite-width-ntk.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s01Introduction from './01-introduction.js';
import * as s02Principles from './02-principles.js';
import * as s03VanishExplode from './03-edge-of-chaos-vanish-explode.js';
import * as s03Critical from './03-edge-of-chaos-critical.js';
import * as s03Sensitivity from './03-edge-of-chaos-sensitivity.js';
import * as s03Tanh from './03-edge-of-chaos-tanh.js';
import * as s03Relu from './03-edge-of-chaos-relu.js';
import * as s04Landscape from './04-function-space-landscape.js';
import * as s04Dynamics from './04-function-space-dynamics.js';
import * as s04Kernel from './04-function-space-kernel.js';
import * as s04Convexity from './04-function-space-convexity.js';
import * as s05Laziness from './05-laziness.js';
import * as s06LazyRich from './06-finite-width-lazy-rich.js';
import * as s06Gradients from './06-finite-width-gradients.js';
import * as s06InfiniteLimit from './06-finite-width-infinite-limit.js';

export const claims = claimsOf([
  s01Introduction, s02Principles,
  s03VanishExplode, s03Critical, s03Sensitivity, s03Tanh, s03Relu,
  s04Landscape, s04Dynamics, s04Kernel, s04Convexity,
  s05Laziness, s06LazyRich, s06InfiniteLimit, s06Gradients,
], new URL('../../sources/infinite-width-ntk.md', import.meta.url));

/** Sentences of infinite-width-ntk.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

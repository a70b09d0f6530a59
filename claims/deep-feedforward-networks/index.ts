// The claims of sources/deep-feedforward-networks.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s01Introduction from './01-introduction.js';
import * as s03IllusionOfDepth from './03-illusion-of-depth.js';
import * as s04PerilsOfDepth from './04-perils-of-depth.js';
import * as s05DisciplinedStart from './05-disciplined-start.js';
import * as s06ShortcutThroughChaos from './06-shortcut-through-chaos.js';
import * as s07PriceOfKnowledge from './07-price-of-knowledge.js';

export const claims = claimsOf([
  s01Introduction, s03IllusionOfDepth, s04PerilsOfDepth, s05DisciplinedStart, s06ShortcutThroughChaos, s07PriceOfKnowledge,
], new URL('../../sources/deep-feedforward-networks.md', import.meta.url));

/** Sentences of deep-feedforward-networks.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';

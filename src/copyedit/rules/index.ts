// Every copy-edit rule, in the order their hits are listed for one span.
import type { CopyeditRule } from '../rule.js';
import { mathParse } from './math-parse.js';
import { missingRelation } from './missing-relation.js';
import { parallelRelation } from './parallel-relation.js';
import { markupDebris } from './markup-debris.js';
import { splitLink } from './split-link.js';
import { traditionalCharsRule } from './traditional-chars.js';
import { strayEnglish } from './stray-english.js';
import { linkTermVariants } from './link-term-variants.js';
import { glossVariants } from './gloss-variants.js';
import { nearTerm } from './near-term.js';
import { numberConsistency } from './number-consistency.js';
import { captionNames } from './caption-names.js';
import { symbolMeanings } from './symbol-meanings.js';
import { chatResidue } from './chat-residue.js';

export const RULES: readonly CopyeditRule[] = [mathParse, missingRelation, parallelRelation, markupDebris, splitLink, traditionalCharsRule, strayEnglish, linkTermVariants, glossVariants, nearTerm, numberConsistency, captionNames, symbolMeanings, chatResidue];

// Every copy-edit rule, in the order their hits are listed for one span.
import type { CopyeditRule } from '../rule.js';
import { mathParse } from './math/math-parse.js';
import { missingRelation } from './math/missing-relation.js';
import { parallelRelation } from './math/parallel-relation.js';
import { markupDebris } from './markup/markup-debris.js';
import { splitLink } from './markup/split-link.js';
import { traditionalCharsRule } from './language/traditional-chars.js';
import { strayEnglish } from './language/stray-english.js';
import { englishHeading } from './language/english-heading.js';
import { linkTermVariants } from './terms/link-term-variants.js';
import { glossVariants } from './terms/gloss-variants.js';
import { nearTerm } from './terms/near-term.js';
import { termRenderings } from './terms/term-renderings.js';
import { numberConsistency } from './numbers/number-consistency.js';
import { captionNames } from './terms/caption-names.js';
import { symbolMeanings } from './numbers/symbol-meanings.js';
import { chatResidue } from './language/chat-residue.js';
import { lostSuperscript } from './math/lost-superscript.js';
import { strayHyphen } from './markup/stray-hyphen.js';

export const RULES: readonly CopyeditRule[] = [mathParse, missingRelation, parallelRelation, markupDebris, splitLink, traditionalCharsRule, strayEnglish, englishHeading, linkTermVariants, glossVariants, termRenderings, nearTerm, numberConsistency, captionNames, symbolMeanings, chatResidue, lostSuperscript, strayHyphen];

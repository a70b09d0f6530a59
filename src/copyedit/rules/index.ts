// Every copy-edit rule, in the order their hits are listed for one span.
import type { CopyeditRule } from '../rule.js';
import { mathParse } from './math-parse.js';
import { missingRelation } from './missing-relation.js';
import { parallelRelation } from './parallel-relation.js';

export const RULES: readonly CopyeditRule[] = [mathParse, missingRelation, parallelRelation];

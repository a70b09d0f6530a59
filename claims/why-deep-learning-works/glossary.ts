// Concepts why-deep-learning-works.md names with more than one term; the copy-edit rule
// term-renderings corrects every other rendering to the term kept.
import { defineGlossary } from '../../src/claim/index.js';

export const glossary = defineGlossary('why-deep-learning-works.md', [
  {
    english: 'the Goldilocks zone (Fort & Scherlis 2019)',
    term: '金发姑娘区域',
    variants: ['刚刚好区域', '适中区域', '适中区'],
    why: 'the weight-norm paragraph calls it “这个所谓的金发姑娘区域”, pointing back to the name the reader met in the curvature paragraph, where it is “刚刚好区域”, so the reference breaks; 金发姑娘区域 is the name that back-reference expects, and it renders the English name (session-9 referee)',
  },
]);

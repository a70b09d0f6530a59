// The copy-edit pass: rules over the chapters as written, reported as findings and notes.
export { copyeditBook, readBook, type CopyeditPass } from './run-copyedit.js';
export { readChapter, type ChapterText } from './chapter-text.js';
export { toFindings, hitId } from './to-findings.js';
export { RULES } from './rules/index.js';
export type { Hit, Confidence } from './hit.js';
export type { CopyeditRule } from './rule.js';
export { addCopyedit } from './publish-copyedit.js';

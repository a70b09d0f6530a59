// Statement coverage: the sentences of a source, and which of them claims or narrative notes reach.
export { splitSentences, type Sentence, type SentenceKind, type BlockKind } from './sentences.js';
export {
  computeCoverage,
  type ChapterCoverage,
  type CoverageItem,
  type CoverageStatus,
  type CoverageClaim,
  type CoverageNarrative,
} from './coverage.js';
export { nearestText, nearestSentence, type NearestText, type NearestOptions } from './nearest.js';
export { formatLocator } from './locator.js';
export { coverageOfSources, coverageCounts } from './chapter-coverage.js';
export { maskMarkup, type Masked } from './internal/mask.js';
export { withoutFrontmatter } from './internal/blocks.js';
export { rawLines, lineOf, type RawLines } from './internal/raw-lines.js';

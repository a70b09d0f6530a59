// The shape of one copy-edit rule: a name, the confidence it declares, and a check over a chapter.
import type { GlossaryTerm } from '../claim/glossary.js';
import type { ChapterText } from './chapter-text.js';
import type { Confidence, Hit } from './hit.js';

export interface CopyeditRule {
  /** Kebab-case; part of every finding id, so stable. */
  readonly name: string;
  /** The most a hit of this rule can claim; only `high` becomes a finding, the rest are notes. */
  readonly confidence: Confidence;
  readonly description: string;
  /** The chapter, the whole book the rules may learn conventions from, and the project's declared glossary. */
  check(chapter: ChapterText, book: readonly ChapterText[], glossary?: readonly GlossaryTerm[]): Hit[];
}

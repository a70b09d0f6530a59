// The copy-edit pass as part of a run: its hits replace any earlier copy-edit entries of the
// results' findings and notes, and both lists stay sorted strongest evidence first.
import type { GlossaryTerm } from '../claim/glossary.js';
import type { Results } from '../results/schema.js';
import { copyeditBook, readBook } from './run-copyedit.js';
import { toFindings } from './to-findings.js';

const RANK = { high: 0, medium: 1, low: 2 } as const;

/** Adds the copy-edit findings and notes of the chapters in `sourcesDir` (only `chapters`, if given); returns the rules' faults. */
export function addCopyedit(results: Results, sourcesDir: string, chapters?: readonly string[], glossary: readonly GlossaryTerm[] = []): string[] {
  const book = readBook(sourcesDir);
  const { hits, faults } = copyeditBook(book, { ...(chapters ? { only: chapters } : {}), glossary });
  const found = toFindings(hits, book);
  // A stable sort keeps each list's source order within one confidence.
  results.findings = [...results.findings.filter((f) => f.category !== 'copyedit'), ...found.findings].sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
  results.notes = [...results.notes.filter((n) => n.category !== 'copyedit'), ...found.notes].sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
  return faults;
}

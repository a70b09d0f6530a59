// The headings of a chapter, for claims about the text's own outline. The result cache keys a claim
// that reads its chapter only through this module on the chapter's headings, not its whole text, so
// editing a sentence re-runs the outline claims only when it edits a heading (src/cache/claim-keys.ts).
import { readFileSync } from 'node:fs';

const HEADING = /^#{1,6} /;

/** Every heading line of a Markdown text, as written. */
export function headingsOf(text: string): string[] {
  return text.split('\n').filter((l) => HEADING.test(l));
}

/** The heading lines of the chapter at `url` (the claim names its chapter's file). */
export function chapterHeadings(url: URL): string[] {
  return headingsOf(readFileSync(url, 'utf8'));
}

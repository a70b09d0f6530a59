// Claim skeletons for `claimcheck new`: a sentence's quote, ready for an author to fill in.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../coverage/sentences.js';

/** The marker the registry test rejects until the author replaces it. */
export const TODO = 'TODO(claimcheck new)';

/** The section file a sentence belongs to: NN is its heading's position among the file's headings. */
export function sectionFileName(sentences: readonly Sentence[], target: Sentence): { prefix: string; heading: string } {
  const headings = sentences.filter((s) => s.kind === 'heading' && s.start <= target.start);
  const heading = headings.at(-1);
  const position = heading ? headings.length : 0;
  return { prefix: String(position).padStart(2, '0'), heading: heading?.text.replace(/^#+\s*/, '') ?? '(before the first heading)' };
}

/** The TypeScript of one placeholder claim quoting `sentence`. */
export function claimSkeleton(chapter: string, sentence: Sentence): string {
  const name = `todoSentence${sentence.ordinal}`;
  return `
// ${TODO}: sentence #${sentence.ordinal}, line ${sentence.line}. Trim the quote to the shortest span that carries
// the statement; write what the text says, how we test it, what would refute it.
export const ${name} = defineClaim({
  id: '${chapter}/todo-sentence-${sentence.ordinal}',
  source: { file: '${chapter}.md', quote: ${JSON.stringify(sentence.text)} },
  statement: '${TODO}: one English sentence of exactly what is asserted.',
  kind: 'not-checkable',
  reason: '${TODO}: replace with a check (see docs/writing-claims.md).',
});
`;
}

/** Appends the skeleton to the section file (creating it if needed); returns the file and the export name. */
export function writeSkeleton(claimsDir: string, chapter: string, sentences: readonly Sentence[], target: Sentence): { file: string; created: boolean; exportName: string } {
  const { prefix, heading } = sectionFileName(sentences, target);
  const dir = join(claimsDir, chapter);
  const existing = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.ts')) : undefined;
  const file = join(dir, existing ?? `${prefix}-section.ts`);
  const created = !existing;
  const head = created ? `// § ${heading}\nimport { defineClaim } from '../../src/claim/index.js';\n` : readFileSync(file, 'utf8');
  const needsImport = !created && !/\bdefineClaim\b/.test(head.split('\n').filter((l) => l.startsWith('import')).join('\n'));
  const body = (needsImport ? `import { defineClaim } from '../../src/claim/index.js';\n` : '') + head.replace(/\n*$/, '\n') + claimSkeleton(chapter, target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, body);
  return { file, created, exportName: `todoSentence${target.ordinal}` };
}

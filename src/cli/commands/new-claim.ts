import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { splitSentences } from '../../coverage/index.js';
import { writeSkeleton } from '../../authoring/skeleton.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_CLAIMS_DIR, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

/** Writes a placeholder claim for one sentence (by ordinal or by a quote inside it) into its section file. */
export async function newClaimCommand(chapter: string, flags: { sentence?: number; quote?: string; sources?: string; claimsDir?: string }, io: Io): Promise<number> {
  const sourcePath = join(resolve(flags.sources ?? DEFAULT_SOURCES), `${chapter}.md`);
  if (!existsSync(sourcePath)) throw new UsageError(`no source ${chapter}.md in ${flags.sources ?? 'sources/'}`);
  if ((flags.sentence === undefined) === (flags.quote === undefined)) throw new UsageError('give exactly one of --sentence N or --quote "..."');
  const text = readFileSync(sourcePath, 'utf8');
  const sentences = splitSentences(`${chapter}.md`, text);
  let target = flags.sentence !== undefined ? sentences.find((s) => s.ordinal === flags.sentence) : undefined;
  if (flags.quote !== undefined) {
    const at = text.indexOf(flags.quote);
    if (at < 0) throw new UsageError(`the quote does not occur in ${chapter}.md`);
    if (text.indexOf(flags.quote, at + 1) >= 0) throw new UsageError(`the quote occurs more than once in ${chapter}.md; quote more of the sentence`);
    target = sentences.find((s) => s.start <= at && at < s.end);
  }
  if (!target) throw new UsageError(`no sentence ${flags.sentence ?? ''} in ${chapter}.md (it has ${sentences.length}; \`claimcheck coverage --chapter ${chapter} --all\` lists them)`);
  if (target.kind === 'heading') throw new UsageError(`sentence #${target.ordinal} is a heading; headings need no claim`);
  const { file, created, exportName } = writeSkeleton(resolve(flags.claimsDir ?? DEFAULT_CLAIMS_DIR), chapter, sentences, target);
  io.out.write(`${created ? 'created' : 'appended to'} ${relative(process.cwd(), file)}: ${exportName}\n`);
  io.out.write(`next: add ${exportName} to claims/${chapter}/index.ts in source order, then fill in the statement and the check;\n      the registry test fails until the TODO markers are gone.\n`);
  return EXIT.ok;
}

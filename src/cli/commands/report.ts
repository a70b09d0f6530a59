import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resultsSchema } from '../../results/schema.js';
import { writeReports } from '../../report/write-reports.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import type { Io } from './io.js';

/** Rebuilds report.md and report.html (and a validated results.json) from a results.json. */
export async function reportCommand(flags: { from: string; out?: string }, io: Io): Promise<number> {
  const from = resolve(flags.from);
  if (!existsSync(from)) throw new UsageError(`${from} does not exist; run \`claimcheck run\` first`);
  let data: unknown;
  try { data = JSON.parse(readFileSync(from, 'utf8')); } catch (e) { throw new UsageError(`${from} is not JSON: ${(e as Error).message}`); }
  const parsed = resultsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${from} does not match the results schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  const paths = writeReports(parsed.data, resolve(flags.out ?? dirname(from)));
  io.out.write(`reports: ${paths.markdown}\n         ${paths.html}\n         ${paths.json}\n`);
  return EXIT.ok;
}

// Reads a run's results.json for the commands that work from one (report, fix), with errors a user can act on.
import { existsSync, readFileSync } from 'node:fs';
import { resultsSchema, type Results } from '../results/schema.js';
import { UsageError } from './filter.js';

/** The validated results at `path` (absolute); a missing, unreadable or invalid file is a UsageError. */
export function readResults(path: string): Results {
  if (!existsSync(path)) throw new UsageError(`${path} does not exist; run \`claimcheck run\` first`);
  let data: unknown;
  try { data = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new UsageError(`${path} is not JSON: ${(e as Error).message}`); }
  const parsed = resultsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${path} does not match the results schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

import { dirname, resolve } from 'node:path';
import { writeReports } from '../../report/write-reports.js';
import { EXIT } from '../exit-codes.js';
import { readResults } from '../read-results.js';
import type { Io } from './io.js';

/** Rebuilds report.md and report.html (and a validated results.json) from a results.json. */
export async function reportCommand(flags: { from: string; out?: string }, io: Io): Promise<number> {
  const from = resolve(flags.from);
  const paths = writeReports(readResults(from), resolve(flags.out ?? dirname(from)));
  io.out.write(`reports: ${paths.markdown}\n         ${paths.html}\n         ${paths.json}\n`);
  return EXIT.ok;
}

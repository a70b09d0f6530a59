import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSite, BrokenLinksError } from '../../site/build-site.js';
import { loadSiteInput, readParityFile, readResultsFile, SiteInputError } from '../../site/site-input.js';
import { writeSite } from '../../site/write-site.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

/** Builds the static site (index.html, a page per chapter, plots as SVG) from a results.json and the history. */
export async function siteCommand(flags: { from: string; out: string; history?: string; parity?: string; runs: number; sources?: string }, io: Io): Promise<number> {
  const from = resolve(flags.from);
  let results;
  let parity = null;
  try {
    results = readResultsFile(from);
    // The nightly's parity job may not have run (a local run without it): the site says so and goes on.
    if (flags.parity && !existsSync(resolve(flags.parity))) io.err.write(`claimcheck: no parity report at ${resolve(flags.parity)}; the site has no parity page\n`);
    else if (flags.parity) parity = readParityFile(resolve(flags.parity));
  } catch (e) { if (e instanceof SiteInputError) throw new UsageError(e.message); throw e; }
  // As `run` and `merge` keep it: history.jsonl beside the results' folder.
  const historyPath = resolve(flags.history ?? join(dirname(dirname(from)), 'history.jsonl'));
  const input = loadSiteInput({ results, historyPath, sourcesDir: resolve(flags.sources ?? DEFAULT_SOURCES), runs: flags.runs });
  const data = new Map([['results.json', readFileSync(from, 'utf8')]]);
  if (existsSync(historyPath)) data.set('history.jsonl', readFileSync(historyPath, 'utf8'));
  if (parity) data.set('parity.json', readFileSync(resolve(flags.parity!), 'utf8'));
  let files;
  try {
    files = await buildSite(input, { data, parity });
  } catch (e) {
    if (e instanceof BrokenLinksError) { io.err.write(`claimcheck: ${e.message}\n`); return EXIT.faults; }
    throw e;
  }
  const out = resolve(flags.out);
  writeSite(out, files);
  const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
  io.out.write(`site: ${pages.length} page(s), ${input.runs.length} run(s) of history\n      ${join(out, 'index.html')}\n`);
  return EXIT.ok;
}

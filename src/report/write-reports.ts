// The single file writer for reports: validate once, then write results.json, report.md and report.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { resultsSchema, type Results } from '../results/schema.js';

/** Thrown when results do not match the published schema; the message names the first bad path. */
export class InvalidResultsError extends Error {
  override name = 'InvalidResultsError';
}

// `claims[3].evidence.worst` reads better than zod's array of keys.
const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(root)';

/** Validates `results`, writes results.json, report.md and report.html into `outDir`, and returns their paths. */
export function writeReports(results: Results, outDir: string): { json: string; markdown: string; html: string } {
  const parsed = resultsSchema.safeParse(results);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new InvalidResultsError(`results do not match the schema at ${pathText(first.path)}: ${first.message}`);
  }
  const markdown = renderMarkdown(parsed.data);
  const paths = { json: join(outDir, 'results.json'), markdown: join(outDir, 'report.md'), html: join(outDir, 'report.html') };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(paths.json, JSON.stringify(parsed.data, null, 2) + '\n');
  writeFileSync(paths.markdown, markdown);
  writeFileSync(paths.html, renderHtml(markdown, `claimcheck report · ${parsed.data.run.startedAt}`));
  return paths;
}

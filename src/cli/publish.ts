// What every finished run gets before it is written: engine version, coverage, what changed, history.
import { dirname, join } from 'node:path';
import type { Claim } from '../claim/types.js';
import type { Narrative } from '../claim/narrative.js';
import { coverageCounts, coverageOfSources } from '../coverage/index.js';
import { addCopyedit } from '../copyedit/index.js';
import { changesSince } from '../history/changes.js';
import { appendRun, lastComparableRun } from '../history/history-store.js';
import { sourceHashes } from '../history/source-hashes.js';
import type { Results } from '../results/schema.js';
import { writeReports } from '../report/write-reports.js';
import { ENGINE_VERSION } from '../version.js';

/** Adds coverage, copy-edit findings and changes, writes the reports into `outDir`, and (unless a shard) appends to the history. */
export function publish(results: Results, opts: { outDir: string; sourcesDir: string; project: { claims: Claim[]; narrative: Narrative[] }; chapters?: string[] }) {
  results.run.versions.claimcheck = ENGINE_VERSION;
  // Coverage is a property of the whole registry, so it counts every claim, not only the ones run.
  results.coverage = coverageOfSources(opts.sourcesDir, opts.project.claims, opts.project.narrative, opts.chapters).map(coverageCounts);
  // The history lives beside the output folder, so every run into reports/<name>/ shares it.
  // The text as written, whatever claims ran: cheap, and the same for every shard.
  const copyeditFaults = addCopyedit(results, opts.sourcesDir, opts.chapters);
  const historyPath = join(dirname(opts.outDir), 'history.jsonl');
  const shard = results.run.shard;
  // A shard is part of a run: only the merged whole is compared and remembered.
  if (!shard) results.changes = changesSince(lastComparableRun(historyPath, results), results);
  const paths = writeReports(results, opts.outDir);
  if (!shard) appendRun(historyPath, results, { engine: ENGINE_VERSION, sourceHashes: sourceHashes(opts.sourcesDir, results.claims.map((c) => c.source.file)) });
  return { ...paths, copyeditFaults };
}

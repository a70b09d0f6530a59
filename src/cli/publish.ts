// What every finished run gets before it is written: engine version, coverage, sentences and findings, what changed, history.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { aggregate } from '../findings/aggregate.js';
import type { Claim } from '../claim/types.js';
import type { Narrative } from '../claim/narrative.js';
import type { GlossaryTerm } from '../claim/glossary.js';
import { coverageCounts, coverageOfSources } from '../coverage/index.js';
import { addCopyedit } from '../copyedit/index.js';
import { changesSince } from '../history/changes.js';
import { appendRun, lastComparableRun } from '../history/history-store.js';
import { sourceHashes } from '../history/source-hashes.js';
import type { Results } from '../results/schema.js';
import { writeReports } from '../report/write-reports.js';
import { ENGINE_VERSION } from '../version.js';

type Project = { claims: Claim[]; narrative: Narrative[]; glossary?: GlossaryTerm[] };

/**
 * Adds the engine version, coverage, the copy-edit pass's findings and notes, and the sentences, findings and notes
 * computed from the claims' verdicts; returns the copy-edit rules that failed.
 */
export function annotate(results: Results, opts: { sourcesDir: string; project: Project; chapters?: string[] }): string[] {
  results.run.versions.claimcheck = ENGINE_VERSION;
  // The text as written, whatever claims ran: cheap, and the same for every shard. It runs first so
  // that a copy-edit and a content finding on one span fold into one.
  const copyeditFaults = addCopyedit(results, opts.sourcesDir, opts.chapters, opts.project.glossary);
  // Coverage is a property of the whole registry, so it counts every claim, not only the ones run.
  const coverage = coverageOfSources(opts.sourcesDir, opts.project.claims, opts.project.narrative, opts.chapters);
  results.coverage = coverage.map(coverageCounts);
  const sources = new Map(coverage.filter((c) => existsSync(join(opts.sourcesDir, c.file))).map((c) => [c.file, readFileSync(join(opts.sourcesDir, c.file), 'utf8')] as const));
  const declared = new Map(opts.project.claims.map((c) => [c.id, c]));
  // Findings and notes already present from other producers (copy-editing) are kept; content ones are recomputed.
  const extra = results.findings.filter((f) => f.category !== 'error');
  const { sentences, findings, notes } = aggregate(results.claims, declared, coverage, { sources, extra });
  Object.assign(results, { sentences, findings, notes: [...notes, ...results.notes.filter((n) => n.category === 'copyedit')] });
  return copyeditFaults;
}

/** Annotates the results, adds what changed, writes the reports into `outDir`, and (unless a shard) appends to the history. */
export function publish(results: Results, opts: { outDir: string; sourcesDir: string; project: Project; chapters?: string[] }) {
  const copyeditFaults = annotate(results, opts);
  // The history lives beside the output folder, so every run into reports/<name>/ shares it.
  const historyPath = join(dirname(opts.outDir), 'history.jsonl');
  const shard = results.run.shard;
  // A shard is part of a run: only the merged whole is compared and remembered.
  if (!shard) results.changes = changesSince(lastComparableRun(historyPath, results), results);
  const paths = writeReports(results, opts.outDir);
  if (!shard) appendRun(historyPath, results, { engine: ENGINE_VERSION, sourceHashes: sourceHashes(opts.sourcesDir, results.claims.map((c) => c.source.file)) });
  return { ...paths, copyeditFaults };
}

// The report an author reads: findings first, faults of the suite apart, then every claim by chapter.
import type { ClaimResult, Results, Verdict } from '../results/schema.js';
import { renderBrief } from './sections/claim-brief.js';
import { renderFinding } from './sections/finding.js';
import { after, badge, chaptersInOrder, codeSpan, durationText, isFault, oneLine } from './markdown-bits.js';
import { summaryTable } from './sections/summary-table.js';
import { changesSection } from './sections/changes-section.js';
import { coverageSection } from './sections/coverage-table.js';
import { costSection } from './sections/cost-section.js';
import { copyeditSection } from './sections/copyedit-section.js';

function runFacts(run: Results['run']): string {
  const tfjs = run.versions.tfjs ?? run.versions['tfjs-core'] ?? 'unknown';
  const facts = [
    `seed ${run.seed}`, `budget ${run.budget}`, `backend ${run.backend}`, `tfjs ${tfjs}`,
    `node ${run.versions.node ?? 'unknown'}`, `started ${run.startedAt}`, `took ${durationText(run.durationMs)}`,
  ];
  const filters = Object.entries(run.filters).filter(([, v]) => v.length > 0).map(([k, v]) => `${k} ${v.join(', ')}`);
  const line = `**Run:** ${after(facts.join(' · '))}`;
  return filters.length ? `${line}  \n**Filters:** ${after(filters.join('; '))}` : line;
}

function tally(claims: readonly ClaimResult[]): string {
  const n = (...vs: Verdict[]): number => claims.filter((c) => vs.includes(c.verdict)).length;
  const findings = n('refuted', 'qualified');
  const faults = n('error', 'stale');
  const lines = [
    `${claims.length} claim(s). ${findings} finding(s): ${n('refuted')} refuted, ${n('qualified')} qualified (true only under a narrower condition).`,
  ];
  if (n('inconclusive')) lines.push(`${n('inconclusive')} inconclusive: the measurement could not decide at this budget; a larger budget may.`);
  if (faults) lines.push(`${faults} fault(s) of the suite (${n('error')} error, ${n('stale')} stale): a check that failed to run or a quote no longer in its source. They say nothing about the text.`);
  return lines.map((l) => `- ${l}`).join('\n');
}

function findings(claims: readonly ClaimResult[]): string {
  const found = [...claims.filter((c) => c.verdict === 'refuted'), ...claims.filter((c) => c.verdict === 'qualified')];
  const body = found.length ? found.map(renderFinding).join('\n\n') : 'No claim was refuted or qualified.';
  return `## Findings\n\n${body}`;
}

function faults(claims: readonly ClaimResult[]): string | null {
  const faulty = claims.filter((c) => isFault(c.verdict));
  if (faulty.length === 0) return null;
  const item = (c: ClaimResult): string => `- ${badge(c.verdict)} ${oneLine(c.id)}: ${oneLine(c.summary)}${c.replay ? ` — ${codeSpan(c.replay)}` : ''}`;
  return [
    '## Faults of the suite',
    'These are failures of claimcheck\'s own checks (an error while running) or anchors that no longer match the source (stale). They are not findings about the text: fix the claim, then rerun.',
    faulty.map(item).join('\n'),
  ].join('\n\n');
}

function byChapter(claims: readonly ClaimResult[]): string {
  const sections = chaptersInOrder(claims).map((ch) => `### ${oneLine(ch)}\n\n${claims.filter((c) => c.chapter === ch).map(renderBrief).join('\n\n')}`);
  return ['## All claims by chapter', ...sections].join('\n\n');
}

/** Renders validated results as the Markdown report. */
export function renderMarkdown(results: Results): string {
  const { run, claims } = results;
  return [
    '# claimcheck report',
    runFacts(run),
    changesSection(results.changes),
    '## Summary',
    summaryTable(claims),
    tally(claims),
    coverageSection(results.coverage),
    findings(claims),
    copyeditSection(results),
    faults(claims),
    claims.length ? costSection(claims) : null,
    byChapter(claims),
  ].filter((p): p is string => p !== null).join('\n\n') + '\n';
}

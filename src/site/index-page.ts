// index.html: the triage table of findings (each linked to its sentence's mark) and the notes, the summary (chapter × verdict, coverage,
// what changed, run facts, stability), then refuted and qualified claims in full, then the faults of the suite.
import { changesSection } from '../report/sections/changes-section.js';
import { coverageSection } from '../report/sections/coverage-table.js';
import { after, badge, cell, durationText, oneLine } from '../report/markdown-bits.js';
import { markdownTable } from '../report/markdown-table.js';
import { notesSection, triageSection } from '../report/triage.js';
import { VERDICTS, type Results } from '../results/schema.js';
import { findingHref } from './chapter/finding-link.js';
import { claimCard, type CardParts } from './claim-card.js';
import type { ClaimEntry, SiteModel } from './site-model.js';
import { renderMarkdownFragment } from './site-markdown.js';

const link = (e: ClaimEntry, label = oneLine(e.result.id)): string => `[${label}](${e.page}#${e.anchor})`;

function runFacts(run: Results['run']): string {
  const v = run.versions;
  const facts = [`seed ${run.seed}`, `budget ${run.budget}`, `backend ${run.backend}`, `started ${run.startedAt}`, `took ${durationText(run.durationMs)}`];
  const versions = [`claimcheck ${v.claimcheck ?? 'unknown'}`, `tfjs ${v.tfjs ?? v['tfjs-core'] ?? 'unknown'}`, `node ${v.node ?? 'unknown'}`];
  const filters = Object.entries(run.filters).filter(([, f]) => f.length > 0).map(([k, f]) => `${k} ${f.join(', ')}`);
  return [
    `**Run:** ${after(facts.join(' · '))}  `,
    `**Versions:** ${after(versions.join(' · '))}`,
    filters.length ? `  \n**Filters:** ${after(filters.join('; '))}` : '',
  ].join('\n');
}

function summary(model: SiteModel): string {
  const claims = model.results.claims;
  const count = (cs: readonly { verdict: string }[], v: string) => cs.filter((c) => c.verdict === v).length;
  const rows = model.chapters.map((ch) => {
    const rs = ch.claims.map((e) => e.result);
    return [`[${cell(ch.chapter)}](${ch.page})`, ...VERDICTS.map((v) => String(count(rs, v))), String(rs.length)];
  });
  rows.push(['**total**', ...VERDICTS.map((v) => `**${count(claims, v)}**`), `**${claims.length}**`]);
  const findings = model.findings.length;
  const faults = model.faults.length;
  const lines = [
    `${claims.length} claim(s) in ${model.chapters.length} chapter(s); ${findings} finding(s) (${count(claims, 'refuted')} refuted, ${count(claims, 'qualified')} qualified)${faults ? `; ${faults} fault(s) of the suite (they say nothing about the text)` : ''}.`,
  ];
  if (count(claims, 'inconclusive')) lines.push(`${count(claims, 'inconclusive')} inconclusive: the measurement could not decide at this budget.`);
  return [
    '## Summary',
    markdownTable(['chapter', ...VERDICTS.map(badge), 'total'], rows, ['l', ...VERDICTS.map(() => 'r' as const), 'r']),
    lines.map((l) => `- ${l}`).join('\n'),
  ].join('\n\n');
}

function stability(model: SiteModel): string {
  const head = '## Verdict stability';
  const n = model.window.length;
  if (n <= 1) return `${head}\n\nThis is the first run with this budget and these filters in the history: stability needs at least two runs.`;
  const seeds = [...new Set(model.window.map((w) => w.seed))];
  const total = model.results.claims.length;
  const parts = [
    head,
    `Over the last ${n} runs with this budget and these filters (${seeds.length === 1 ? 'seed' : 'seeds'} ${seeds.join(', ')}): ${total - model.varying.length} of ${total} claims got their current verdict every time; ${model.unstable.length} flagged **unstable**, their verdict differing between seeds on the same text. Instability is an honest sign that a measurement sits near its band, not a failure.`,
  ];
  if (model.varying.length) {
    const seen = (e: ClaimEntry) => e.stability.seen.map((s) => `${badge(s.verdict)} ${s.seeds.length === 1 ? 'seed' : 'seeds'} ${s.seeds.join(', ')}`).join('; ');
    parts.push(markdownTable(
      ['claim', 'now', 'same verdict in', 'verdicts seen (same text)', ''],
      model.varying.slice(0, 60).map((e) => [link(e), badge(e.result.verdict), `${e.stability.agreeing}/${e.stability.runs}`, seen(e), e.stability.unstable ? '**unstable**' : '']),
      ['l', 'l', 'r', 'l', 'l'],
    ));
    if (model.varying.length > 60) parts.push(`*${model.varying.length - 60} more on the chapter pages.*`);
  }
  return parts.join('\n\n');
}

function faults(model: SiteModel): string | null {
  if (!model.faults.length) return null;
  const item = (e: ClaimEntry) => `- ${badge(e.result.verdict)} ${link(e)}: ${oneLine(e.result.summary)}`;
  return ['## Faults of the suite', 'Failures of claimcheck\'s own checks (error) or anchors no longer in the source (stale). They are not findings about the text: fix the claim, then rerun.', model.faults.map(item).join('\n')].join('\n\n');
}

/** The index page body; `parts` holds each claim's rendered figures and stability, by id. */
export function indexPage(model: SiteModel, parts: ReadonlyMap<string, CardParts>): string {
  const { results } = model;
  const intro = [
    '# claimcheck: what the chapters claim, checked by computation',
    runFacts(results.run),
    triageSection(results.findings, (f) => findingHref(model.chapters, f)),
    notesSection(results.notes),
    summary(model),
    coverageSection(results.coverage),
    changesSection(results.changes),
    stability(model),
  ].filter((p): p is string => p !== null).join('\n\n');
  const findings = model.findings.length
    ? model.findings.map((e) => claimCard(e, parts.get(e.result.id) ?? { figures: [], stability: '' }, { id: `finding-${e.page.replace(/\.html$/, '')}-${e.anchor}`, level: 3, home: true }))
    : [renderMarkdownFragment('No claim was refuted or qualified.')];
  const tail = faults(model);
  return [
    renderMarkdownFragment(intro),
    renderMarkdownFragment('## Refuted and qualified claims\n\nRefuted claims, then qualified ones (alternative readings and replications included; the triage table says which are findings): each with the evidence, the counterexample, the correction and the command that replays it.'),
    ...findings,
    tail ? renderMarkdownFragment(tail) : '',
  ].join('\n');
}

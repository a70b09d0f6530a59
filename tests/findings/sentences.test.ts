// Sentence verdicts, findings and notes computed by the engine from the sentence fixture claims.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/cli/publish.js';
import { correctionProblems } from '../../src/findings/lint-corrections.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { chapterPage } from '../../src/site/chapter-page.js';
import { buildSiteModel } from '../../src/site/site-model.js';
import type { Results } from '../../src/results/schema.js';
import { loadProject } from '../../src/runner/registry.js';
import { runSuite } from '../../src/runner/run-suite.js';

export const SENTENCE_REGISTRY = fileURLToPath(new URL('../fixtures/sentence-claims.ts', import.meta.url));
export const SENTENCE_SOURCES = fileURLToPath(new URL('../fixtures/sentence-sources', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../reports/results.schema.json', import.meta.url));

let results: Results;
beforeAll(async () => {
  const project = await loadProject(SENTENCE_REGISTRY);
  results = await runSuite({
    registry: SENTENCE_REGISTRY, claims: project.claims, sourcesDir: SENTENCE_SOURCES, seed: 1, budget: 'quick', workers: 1,
    logPath: join(mkdtempSync(join(tmpdir(), 'claimcheck-sentences-')), 'results.jsonl'),
    filters: { chapter: [], claim: [], kind: [] },
  });
  annotate(results, { sourcesDir: SENTENCE_SOURCES, project });
}, 120_000);

const sentenceOf = (quote: string) => results.sentences.find((s) => s.text.includes(quote))!;
const findingsOf = (id: string) => results.findings.filter((f) => f.claims.includes(id));

describe('sentences, findings and notes of a run', () => {
  it('gives a supported primary with a refuted alternative one wording note and no finding', () => {
    expect(results.claims.find((c) => c.id === 'sentences/about-ten-strict')!.verdict).toBe('refuted');
    expect(findingsOf('sentences/about-ten-strict')).toEqual([]);
    const notes = results.notes.filter((n) => n.claims.includes('sentences/about-ten-strict'));
    expect(notes.map((n) => n.category)).toEqual(['wording']);
    expect(notes[0]!.summary).toMatch(/^true as meant/);
    const s = sentenceOf('约为十');
    expect(s.verdict).toBe('supported');
    expect(s.assertions).toHaveLength(1);
    expect(s.assertions[0]!.readings.map((r) => [r.claim, r.role])).toEqual([['sentences/about-ten', 'primary'], ['sentences/about-ten-strict', 'alternative'], ['sentences/about-ten-first-design', 'alternative']]);
  });

  it('lists a kept first design with its sentence\'s readings, refuted, and makes no finding or note of it', () => {
    const id = 'sentences/about-ten-first-design';
    expect(results.claims.find((c) => c.id === id)!.verdict).toBe('refuted');
    expect(findingsOf(id)).toEqual([]);
    expect(results.notes.filter((n) => n.claims.includes(id))).toEqual([]);
    expect(sentenceOf('约为十').assertions[0]!.readings.find((r) => r.claim === id)).toEqual({ claim: id, role: 'alternative', verdict: 'refuted' });
  });

  it('folds a finding that follows from another under its root: one finding, one correction', () => {
    const root = results.findings.filter((f) => f.id === 'sentences/sqrt');
    expect(root).toHaveLength(1);
    expect(root[0]!.claims).toEqual(['sentences/sqrt', 'sentences/square']);
    expect(root[0]!.correction).toEqual({ replace: { span: '十一', text: '十' } });
    expect(results.findings.some((f) => f.id === 'sentences/square')).toBe(false);
    // The follower's sentence is still refuted: folding changes the findings, not the verdicts.
    expect(sentenceOf('一万零一').verdict).toBe('refuted');
  });

  it('reports a failed replication as a note with its scale, never a finding', () => {
    expect(findingsOf('sentences/random-labels')).toEqual([]);
    const [note] = results.notes.filter((n) => n.claims.includes('sentences/random-labels'));
    expect(note!.category).toBe('replication');
    expect(note!.summary).toContain('not reproduced at this scale (examples=8)');
    expect(sentenceOf('随机标签').verdict).toBe('inconclusive');
  });

  it('makes no replication note of a kept first design that re-runs a result', () => {
    const id = 'sentences/random-labels-first-design';
    expect(results.claims.find((c) => c.id === id)!.verdict).toBe('refuted');
    expect(results.notes.filter((n) => n.claims.includes(id))).toEqual([]);
    expect(findingsOf(id)).toEqual([]);
  });

  it('calls a published number without a source location unverified, neither a finding nor supported', () => {
    expect(results.notes.find((n) => n.claims.includes('sentences/reported-accuracy'))!.category).toBe('unverified');
    expect(sentenceOf('九成').verdict).toBe('inconclusive');
  });

  it('orders findings strongest first and gives each a stable id, its exact span and a confidence', () => {
    // The coin comes up heads on the odd run seed 1.
    expect(results.findings.map((f) => f.id)).toEqual(['sentences/sqrt']);
    for (const f of results.findings) {
      expect(f.category).toBe('error');
      expect(readFileSync(join(SENTENCE_SOURCES, f.source.file), 'utf8')).toContain(f.source.quote);
      expect(f.confidence).toBe('high');
    }
  });

  it('validates against the published schema, with sentences, findings and notes', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const json = JSON.parse(JSON.stringify(results));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.sentences.length).toBe(8);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.notes.length).toBeGreaterThan(0);
  });

  it('opens the report with the triage table, then the notes, then every sentence in source order', () => {
    const md = renderMarkdown(results);
    const at = (h: string) => md.indexOf(`\n## ${h}\n`);
    expect(at('Triage')).toBeGreaterThan(0);
    expect(at('Triage')).toBeLessThan(at('Notes'));
    expect(at('Notes')).toBeLessThan(at('Every sentence in source order'));
    expect(md).toContain('**before:** 十一 → **after:** 十');
    const lines = results.sentences.map((s) => md.indexOf(`line ${s.line}: ${s.text.slice(0, 4)}`));
    expect(lines.every((x) => x > 0)).toBe(true);
  });

  it('marks every sentence of a chapter page by its verdict, each claim linked to its evidence', () => {
    const sources = new Map([['sentences.md', readFileSync(join(SENTENCE_SOURCES, 'sentences.md'), 'utf8')]]);
    const model = buildSiteModel({ results, runs: [], sources, sourceHashes: {} });
    const html = chapterPage(model.chapters[0]!, new Map());
    // The chapter itself, each claimed sentence marked with the verdict the run computed for it.
    expect(html.indexOf('<article class="chapter-text"')).toBeLessThan(html.indexOf('<h2>Claims</h2>'));
    expect(html.match(/<a class="s v-[a-z-]+" id="s-\d+"/g)).toHaveLength(results.sentences.length);
    const n = results.sentences.findIndex((s) => s.text.startsWith('一百的平方根是十一'));
    expect(html).toContain(`<a class="s v-${results.sentences[n]!.verdict}" id="s-${n + 1}" href="#ev-${n + 1}"`);
    // Its evidence links the claim's card.
    const panel = html.slice(html.indexOf(`id="ev-${n + 1}"`));
    expect(panel.slice(0, panel.indexOf('</section>'))).toContain('<a href="#sqrt">sqrt</a>');
  });

  it('writes JUnit XML with a case per sentence: a finding fails, not-checkable is skipped', () => {
    const xml = renderJunit(results);
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml).toContain('tests="8" failures="2" errors="0" skipped="1"');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml.match(/<skipped /g)).toHaveLength(1);
  });

  it('lints every replace correction of the run: in the source, Chinese, no lab notes, no conflicts', () => {
    const sources = new Map([['sentences.md', readFileSync(join(SENTENCE_SOURCES, 'sentences.md'), 'utf8')]]);
    expect(correctionProblems([...results.findings, ...results.notes], sources)).toEqual([]);
  });
});

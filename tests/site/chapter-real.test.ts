// The five real chapters: every sentence the registry claims is placed and marked on its chapter
// page, each mark holds its sentence's text, and the page renders as the unmarked chapter does.
// Then one real chapter page opens in headless Chromium, where a mark opens its evidence by click
// and by keyboard, without a script, in a wide and a narrow window.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims, narrative } from '../../claims/index.js';
import { coverageCounts, coverageOfSources } from '../../src/coverage/index.js';
import { aggregate } from '../../src/findings/aggregate.js';
import { VERDICTS, type Results } from '../../src/results/schema.js';
import { buildSite } from '../../src/site/build-site.js';
import { chapterText } from '../../src/site/chapter/chapter-text.js';
import { writeSite } from '../../src/site/write-site.js';
import { claim, sampleResults } from '../report/fixtures/build.js';
import { markContrast, openChapterMarks, type MarksReport } from './browser.js';
import { han, markHtml, misnested, sentence, textOf, withoutMarks } from './chapter-helpers.js';

const SOURCES = fileURLToPath(new URL('../../sources', import.meta.url));
const coverage = coverageOfSources(SOURCES, claims, narrative);
const source = (file: string): string => readFileSync(join(SOURCES, file), 'utf8');
const claimed = (file: string) => coverage.find((c) => c.file === file)!.items.filter((i) => i.claims.length > 0);

describe('the five real chapters', () => {
  it('has five chapters with claimed sentences', () => {
    expect(coverage.map((c) => c.file).sort()).toEqual(['deep-feedforward-networks.md', 'depth-vs-width.md', 'infinite-width-ntk.md', 'why-deep-learning-works.md', 'why-not-deeper.md']);
    for (const c of coverage) expect(claimed(c.file).length, c.file).toBeGreaterThan(0);
  });

  it.each(coverage.map((c) => [c.file] as const))('%s: every claimed sentence is placed, holds its text, and the page renders as the source', (file) => {
    const sentences = claimed(file).map((i, k) => sentence(i.sentence.text, i.sentence.line, k));
    const text = source(file);
    const out = chapterText(file, text, sentences, new Map());
    expect(out.unplaced.map((u) => `${sentences[u.index]!.line}: ${u.why}`)).toEqual([]);
    expect(out.placed).toBe(sentences.length);
    const article = out.html.split('</article>')[0]!;
    expect(misnested(out.html)).toBeNull();
    expect(withoutMarks(article)).toBe(chapterText(file, text, [], new Map()).html.split('</article>')[0]);
    sentences.forEach((s, k) => expect(han(textOf(markHtml(article, k + 1))), `line ${s.line}: ${s.text}`).toBe(han(s.text)));
  });
});

// A real chapter's page built from the registry: claim results stand in for a run (fixture verdicts
// cycling through every verdict, so each look is drawn), sentences aggregated as a run aggregates them.
function realChapterResults(chapter: string): Results {
  const mine = claims.filter((c) => c.source.file === `${chapter}.md`);
  const results = mine.map((c, i) => claim({
    id: c.id, chapter, kind: c.kind, statement: c.statement, reading: c.reading ?? null,
    source: { file: c.source.file, quote: c.source.quote, line: null },
    verdict: VERDICTS[i % VERDICTS.length]!,
  }));
  const cov = coverage.filter((c) => c.chapter === chapter);
  const { sentences, findings, notes } = aggregate(results, new Map(mine.map((c) => [c.id, c])), cov);
  return { ...sampleResults(), claims: results, coverage: cov.map(coverageCounts), sentences, findings, notes };
}

describe('a real chapter page in Chromium', () => {
  const chapter = 'why-not-deeper';
  let marks: MarksReport;
  let narrow: MarksReport;
  let results: Results;
  let files: Map<string, string>;
  let contrast: Record<'light' | 'dark', Awaited<ReturnType<typeof markContrast>>>;

  beforeAll(async () => {
    results = realChapterResults(chapter);
    files = await buildSite({ results, runs: [], sources: new Map([[`${chapter}.md`, source(`${chapter}.md`)]]), sourceHashes: {} });
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-chapter-'));
    writeSite(dir, files);
    marks = await openChapterMarks(join(dir, `${chapter}.html`), { width: 1100, screenshot: 'chapter-marks.png' });
    narrow = await openChapterMarks(join(dir, `${chapter}.html`), { width: 380, screenshot: 'chapter-marks-narrow.png' });
    contrast = { light: await markContrast(join(dir, `${chapter}.html`), 'light'), dark: await markContrast(join(dir, `${chapter}.html`), 'dark') };
  }, 180_000);

  it('marks every claimed sentence, with a legend and no console error', () => {
    expect(marks.errors).toEqual([]);
    expect(marks.marks).toBe(results.sentences.length);
    expect(marks.legend).toBe(VERDICTS.length);
    expect(marks.openAtLoad).toBe(0);
  });

  it('opens a mark\'s evidence on click and on Enter, under its paragraph, with the claim card linked', () => {
    for (const opened of [marks.clicked, marks.keyboard]) {
      expect(opened.visible).toEqual([opened.panel]);
      expect(opened.text).toMatch(/Assertion 1 of \d+/);
      expect(opened.text).toMatch(/Statement:/);
      expect(opened.cardLinked).toBe(true);
    }
    expect(marks.clicked.panelBelowMark).toBe(true);
  });

  it('links each finding of the triage table to its sentence\'s mark', () => {
    const content = results.findings.filter((f) => f.category === 'error');
    expect(content.length).toBeGreaterThan(0);
    const index = files.get('index.html')!;
    const triage = index.slice(index.indexOf('<h2>Triage</h2>'), index.indexOf('<h2>Notes</h2>'));
    const targets = [...triage.matchAll(/href="why-not-deeper\.html#(s-\d+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThanOrEqual(content.length);
    const page = files.get('why-not-deeper.html')!;
    for (const id of targets) expect(page, id).toMatch(new RegExp(`<a class="s v-(refuted|qualified)[^"]*" id="${id}"`));
  });

  it('keeps each mark readable in light and dark: text contrast at least 4.5:1, icons at least 3:1', () => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(Object.keys(contrast[scheme]).sort(), scheme).toEqual([...VERDICTS].sort());
      for (const [verdict, c] of Object.entries(contrast[scheme])) {
        expect(c.text, `${scheme} ${verdict} text`).toBeGreaterThanOrEqual(4.5);
        expect(c.icon, `${scheme} ${verdict} icon`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('reads in a narrow window: nothing wider than the screen, the evidence still opens', () => {
    expect(narrow.overflow).toBe(false);
    expect(narrow.clicked.visible).toEqual([narrow.clicked.panel]);
  });
});

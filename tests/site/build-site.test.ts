// The site builder as a pure function: results + history + sources in, pages out.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { claim, observation, sampleResults } from '../report/fixtures/build.js';
import { recentRuns } from '../../src/history/recent-runs.js';
import { runKey } from '../../src/history/history-line.js';
import { buildSite } from '../../src/site/build-site.js';
import { buildSiteModel, type SiteInput } from '../../src/site/site-model.js';
import { checkLinks } from '../../src/site/link-check.js';
import type { Results } from '../../src/results/schema.js';
import { runLines } from './history-fixtures.js';

const fixtureText = readFileSync(new URL('../fixtures/sources/fixture.md', import.meta.url), 'utf8');
const betaText = '## 贝塔\n\n第一句话。宽度越大，因子越接近 $1/\\sqrt{2}$。最后一句。\n';

const curve = claim({
  id: 'beta/factor-along-width',
  chapter: 'beta',
  kind: 'statistical',
  verdict: 'supported',
  source: { file: 'beta.md', quote: '宽度越大，因子越接近 $1/\\sqrt{2}$', line: 3 },
  evidence: {
    ...claim().evidence,
    observations: [8, 16, 32, 64].map((width, i) => observation({ where: { width }, method: 'mean', measured: 0.69 + 0.004 * i, ci: [0.66, 0.74], n: 64, asserted: Math.SQRT1_2, band: [0.65, 0.77] })),
    observationsTotal: 4,
    worst: null,
  },
});
const first = claim({ id: 'beta/first', chapter: 'beta', kind: 'exact', verdict: 'supported', source: { file: 'beta.md', quote: '第一句话', line: 3 } });

function input(): SiteInput {
  const base = sampleResults();
  // Registry order puts the later sentence first: the page must still follow the source.
  const results: Results = {
    ...base,
    claims: [...base.claims, curve, first],
    coverage: [{ chapter: 'beta', file: 'beta.md', sentences: 3, claimed: 2, narrative: 0, uncovered: 1 }, { chapter: 'fixture', file: 'fixture.md', sentences: 9, claimed: 9, narrative: 0, uncovered: 0 }],
  };
  const lines = [
    ...runLines('2026-01-01T00:00:00.000Z', 7, { 'fixture/normal-mean': 'inconclusive', 'beta/factor-along-width': 'supported' }),
    ...runLines('2026-01-02T00:00:00.000Z', 8, { 'fixture/normal-mean': 'supported', 'beta/factor-along-width': 'supported' }),
  ];
  return {
    results,
    runs: recentRuns(lines, runKey(results.run), 20),
    sources: new Map([['fixture.md', fixtureText], ['beta.md', betaText]]),
    sourceHashes: { 'fixture.md': 'h1', 'beta.md': 'h1' },
  };
}

describe('buildSiteModel', () => {
  it('puts every claim on its chapter page in source order, with the current run ending the window', () => {
    const model = buildSiteModel(input());
    expect(model.chapters.map((c) => [c.chapter, c.page])).toEqual([['fixture', 'fixture.html'], ['beta', 'beta.html']]);
    expect(model.chapters[1]!.claims.map((e) => e.result.id)).toEqual(['beta/first', 'beta/factor-along-width']);
    // The quote gone from the source comes last, its paragraph unknown.
    const stale = model.chapters[0]!.claims.at(-1)!;
    expect(stale.result.id).toBe('fixture/stale');
    expect(stale.context).toBeNull();
    expect(model.window.map((w) => w.seed)).toEqual([7, 8, 42]);
    expect(model.findings.map((e) => e.result.id)).toEqual(['fixture/planted-false', 'fixture/qualified']);
    expect(model.faults).toHaveLength(4);
  });

  it('flags the claim whose verdict flipped between seeds, and only it', () => {
    const model = buildSiteModel(input());
    expect(model.unstable.map((e) => e.result.id)).toEqual(['fixture/normal-mean']);
    const steady = model.chapters[1]!.claims[1]!.stability;
    expect(steady).toMatchObject({ runs: 3, agreeing: 3, share: 1, unstable: false });
  });
});

describe('buildSite', () => {
  let files: Map<string, string>;
  beforeAll(async () => { files = await buildSite(input(), { data: new Map([['results.json', '{}']]) }); });

  it('writes the index, a page per chapter and the data files, all links inside the site', () => {
    expect([...files.keys()]).toEqual(['index.html', 'fixture.html', 'beta.html', 'results.json']);
    expect(checkLinks(files)).toEqual([]);
  });

  it('is self-contained: no script, no external address, fonts inlined', () => {
    for (const [name, html] of files) {
      if (!name.endsWith('.html')) continue;
      expect(html, name).not.toMatch(/<script/i);
      expect(html, name).not.toMatch(/\s(href|src)="(https?:)?\/\//);
      expect(html, name).toContain('data:font/woff2;base64,');
    }
  });

  it('opens with the summary, coverage, changes, run facts and stability, then the findings', () => {
    const index = files.get('index.html')!;
    const order = ['<h2>Summary</h2>', '<h2>Coverage</h2>', '<h2>What changed since the last run</h2>', '<h2>Verdict stability</h2>', '<h2>Findings</h2>', 'fixture/planted-false', '<h2>Faults of the suite</h2>'];
    const at = order.map((h) => index.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(index).toContain('seed 42 · budget quick · backend wasm');
    expect(index).toContain('href="fixture.html#planted-false"');
    expect(index).toMatch(/<a href="fixture\.html#normal-mean">fixture\/normal-mean<\/a><\/td>[^]*?<strong>unstable<\/strong>/);
  });

  it('shows each quote highlighted in its paragraph, with statement, verdict, evidence, correction and replay', () => {
    const page = files.get('fixture.html')!;
    const section = page.slice(page.indexOf('<section class="claim" id="planted-false">'));
    const card = section.slice(0, section.indexOf('</section>'));
    expect(card).toContain('<mark class="quote">每个整数都小于一百</mark>');
    for (const part of ['<strong>Statement:</strong>', '<strong>Verdict:</strong>', '<strong>Evidence:</strong>', '<strong>Correction</strong>', '<strong>Replay:</strong>', 'language-sh']) expect(card).toContain(part);
    expect(page).toContain('no longer occurs in the source');
    const beta = files.get('beta.html')!;
    expect(beta).toMatch(/<mark class="quote">宽度越大，因子越接近 <span class="katex">/);
  });

  it('plots the curve with its band and the history of its verdicts as inline SVG', () => {
    const beta = files.get('beta.html')!;
    const card = beta.slice(beta.indexOf('id="factor-along-width"'));
    expect(card.match(/<figure class="plot"><svg/g)).toHaveLength(2);
    expect(card).toContain('along <code>width</code>');
    expect(card).toContain('Verdict in each of the last 3 runs');
    // Ids stay unique although every SVG comes from the same renderer.
    const ids = [...beta.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

import { describe, it, expect } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatNumber } from '../../src/report/format-number.js';
import { VERDICTS } from '../../src/results/schema.js';
import { claim, observation, results, sampleResults } from './fixtures/build.js';

const section = (md: string, heading: string): string => {
  const start = md.indexOf(`\n## ${heading}\n`);
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next === -1 ? undefined : next);
};

describe('renderMarkdown', () => {
  const sample = sampleResults();
  const md = renderMarkdown(sample);

  it('states the run facts', () => {
    expect(md.startsWith('# claimcheck report\n')).toBe(true);
    for (const fact of ['seed 42', 'budget quick', 'backend wasm', 'tfjs 4.22.0', 'node 20.20.2', sample.run.startedAt]) expect(md).toContain(fact);
  });

  it('counts verdicts per chapter with a totals row', () => {
    const summary = section(md, 'Summary');
    expect(summary).toContain(`| chapter | ${VERDICTS.map((v) => `\`${v}\``).join(' | ')} | total |`);
    expect(summary).toContain('| fixture | 2 | 1 | 1 | 0 | 1 | 3 | 1 | 9 |');
    expect(summary).toContain('| **total** | **2** | **1** | **1** | **0** | **1** | **3** | **1** | **9** |');
  });

  it('puts findings before the by-chapter listing, refuted before qualified', () => {
    const findings = md.indexOf('## Findings');
    const byChapter = md.indexOf('## All claims by chapter');
    expect(findings).toBeGreaterThan(0);
    expect(byChapter).toBeGreaterThan(findings);
    const f = section(md, 'Findings');
    expect(f.indexOf('### `refuted` fixture/planted-false')).toBeGreaterThan(0);
    expect(f.indexOf('### `qualified` fixture/qualified')).toBeGreaterThan(f.indexOf('`refuted`'));
    expect(f).not.toContain('`supported`');
    expect(md.indexOf('`refuted` fixture/planted-false')).toBeLessThan(md.indexOf('`supported` fixture/true-property'));
  });

  it('gives a finding everything an author needs', () => {
    const f = section(md, 'Findings');
    expect(f).toContain('> 每个整数都小于一百');
    expect(f).toContain('> — fixture.md:3');
    expect(f).toContain('**Statement:** Every integer in \\[0, 1000\\] is below 100.');
    expect(f).toContain('**Counterexample:** n=100');
    expect(f).toContain('```text\nevery integer below 100\n```');
    expect(f).toContain('```sh\nnpx claimcheck replay fixture/planted-false --seed 387317841 --path 0:1:0:1:0:0:1 --budget quick\n```');
    expect(f).toContain('**Tolerance:** ≤ bound — a strict integer bound');
    expect(f).toContain('**Holds when:** n \\>= 5');
    expect(f).toContain('| n | n=726 | 726 | — | — | 99 | [−∞, 99] | **outside** · worst |');
  });

  it('caps the evidence table, says what it left out, and keeps the worst', () => {
    const many = Array.from({ length: 40 }, (_, i) => observation({ where: { width: i }, measured: 0.5 + i / 1000 }));
    const worst = observation({ where: { width: 99 }, measured: 2, outcome: 'outside' });
    const c = claim({ evidence: { ...claim().evidence, observations: [...many, worst], observationsTotal: 500, worst } });
    const f = section(renderMarkdown(results([c])), 'Findings');
    const rows = f.split('\n').filter((l) => l.startsWith('| factor |'));
    expect(rows).toHaveLength(15);
    expect(rows.some((r) => r.includes('width=99') && r.includes('worst'))).toBe(true);
    expect(f).toContain('15 of 500 judgements shown; 485 more omitted (results.json keeps 41).');
  });

  it('marks errors and stale claims as faults of the suite, not findings', () => {
    const faults = section(md, 'Faults of the suite');
    expect(faults).toContain('not findings about the text');
    for (const id of ['fixture/throws', 'fixture/hangs', 'fixture/leaks', 'fixture/stale']) {
      expect(faults).toContain(id);
      expect(section(md, 'Findings')).not.toContain(id);
    }
    expect(section(md, 'All claims by chapter')).toContain('**Fault of the suite, not a finding:** throw: Error: planted failure');
  });

  it('lists every claim by chapter in the order given', () => {
    const all = section(md, 'All claims by chapter');
    const positions = sample.claims.map((c) => all.indexOf(`\` ${c.id}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps LaTeX intact and escapes the rest of a quote', () => {
    const md2 = renderMarkdown(results([claim({ source: { file: 'c.md', quote: '见 [上文](@article_id:123)，$a_i * b_i$ 与 x|y <b>', line: null } })]));
    expect(md2).toContain('> 见 \\[上文\\](@article\\_id:123)，$a_i * b_i$ 与 x\\|y \\<b\\>');
    expect(md2).toContain('> — c.md\n');
  });

  it('says so when nothing was refuted', () => {
    const md2 = renderMarkdown(results([claim({ verdict: 'supported', counterexample: null, correction: null })]));
    expect(section(md2, 'Findings')).toContain('No claim was refuted or qualified.');
    expect(md2).not.toContain('## Faults of the suite');
  });
});

describe('formatNumber', () => {
  it('prints integers whole, other numbers to 4 significant digits, open ends as infinities', () => {
    expect(formatNumber(726)).toBe('726');
    expect(formatNumber(0.4719668341448414)).toBe('0.4720');
    expect(formatNumber(1 / 3e7)).toBe('3.333e-8');
    expect(formatNumber(Infinity)).toBe('+∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(null)).toBe('—');
  });
});

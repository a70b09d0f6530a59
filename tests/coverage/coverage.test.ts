import { describe, expect, it } from 'vitest';
import { computeCoverage, nearestText, splitSentences, type CoverageClaim } from '../../src/coverage/index.js';
import type { Claim, Narrative } from '../../src/claim/index.js';
import { source, sources } from './sources.js';

// The registry's own records are what computeCoverage reads (a compile-time check).
const _claimFits = (c: Claim): CoverageClaim => c;
const _narrativeFits = (n: Narrative): Parameters<typeof computeCoverage>[2][number] => n;
void _claimFits;
void _narrativeFits;

const FIXTURE = ['# 标题', '', '第一句话。第二句话。第三句话。', '', '$$x = 1$$', '', '第四句话。', ''].join('\n');
const claim = (id: string, quote: string, file = 'fixture.md'): CoverageClaim => ({ id, source: { file, quote } });

describe('computeCoverage on a fixture', () => {
  const [chapter] = computeCoverage(
    new Map([['fixture.md', FIXTURE]]),
    [claim('fixture/one', '第一句'), claim('fixture/two-three', '第二句话。第三')],
    [{ file: 'fixture.md', quote: '第四句', reason: 'transition' }],
  );

  it('counts claimed, narrative and uncovered sentences; headings apart', () => {
    expect(chapter).toMatchObject({ chapter: 'fixture', file: 'fixture.md', sentences: 5, claimed: 3, narrative: 1, uncovered: 1, headings: 1, problems: [] });
  });

  it('lists each sentence with its status, claims and reason', () => {
    expect(chapter!.items.map((i) => [i.sentence.text, i.status, i.claims, i.reason])).toEqual([
      ['第一句话。', 'claimed', ['fixture/one'], undefined],
      ['第二句话。', 'claimed', ['fixture/two-three'], undefined],
      ['第三句话。', 'claimed', ['fixture/two-three'], undefined],
      ['$$x = 1$$', 'uncovered', [], undefined],
      ['第四句话。', 'narrative', [], 'transition'],
    ]);
  });

  it('counts a sentence both claimed and narrative as claimed, and flags it', () => {
    const [c] = computeCoverage(new Map([['fixture.md', FIXTURE]]), [claim('fixture/one', '第一句')], [{ file: 'fixture.md', quote: '一句话', reason: 'outline' }]);
    expect(c).toMatchObject({ claimed: 1, narrative: 0, uncovered: 4 });
    expect(c!.problems).toHaveLength(1);
    expect(c!.problems[0]).toMatch(/#2 \(line 3\) is claimed by fixture\/one and annotated narrative \(outline\)/);
  });

  it('lets a quote found 0 or 2+ times cover nothing, and says why', () => {
    const [c] = computeCoverage(
      new Map([['fixture.md', FIXTURE]]),
      [claim('fixture/twice', '句话。'), claim('fixture/gone', '第一句话吗'), claim('fixture/heading', '标题')],
      [],
    );
    expect(c).toMatchObject({ claimed: 0, uncovered: 5 });
    expect(c!.problems).toEqual([
      expect.stringMatching(/claim fixture\/twice: quote occurs 3 or more times in fixture.md \(lines 3, 3, …\)/),
      expect.stringMatching(/claim fixture\/gone: quote not found in fixture.md; nearest: line 3, \d+% similar: "第一句话/),
      expect.stringMatching(/claim fixture\/heading: quote at line 1 covers no sentence/),
    ]);
  });

  it('gives a file the sources lack an empty entry with a problem', () => {
    const out = computeCoverage(new Map([['fixture.md', FIXTURE]]), [claim('other/x', '第一句', 'other.md')], []);
    expect(out.map((c) => c.file)).toEqual(['fixture.md', 'other.md']);
    expect(out[1]).toMatchObject({ sentences: 0, problems: ['claim other/x: source file other.md not found'] });
  });
});

describe('computeCoverage on a real chapter', () => {
  const file = 'why-deep-learning-works.md';
  const quote = '学习率被设定为较小的恒定值 0.0025，以尽量减少隐式正则化的影响';

  it('drops when a quoted sentence changes, and nearestText shows where the text went', () => {
    const original = source(file);
    const before = computeCoverage(new Map([[file, original]]), [claim('why/lr', quote, file)], [])[0]!;
    expect(before).toMatchObject({ claimed: 1, problems: [] });

    const edited = original.replace('较小的恒定值 0.0025，以尽量减少', '一个较小的常数 0.0025，以便尽量减少');
    expect(edited).not.toBe(original);
    const after = computeCoverage(new Map([[file, edited]]), [claim('why/lr', quote, file)], [])[0]!;
    expect(after).toMatchObject({ claimed: 0, uncovered: before.uncovered + 1 });
    expect(after.problems[0]).toMatch(/^claim why\/lr: quote not found in why-deep-learning-works.md; nearest: line 39/);

    const near = nearestText(edited, quote)!;
    expect(near.line).toBe(39);
    expect(near.similarity).toBeGreaterThan(0.7);
    expect(near.snippet).toContain('常数 0.0025，以便尽量减少');
    const moved = splitSentences(file, edited).find((s) => s.text.includes('常数 0.0025'))!;
    expect(near.start).toBeGreaterThanOrEqual(moved.start - 5);
    expect(near.end).toBeLessThanOrEqual(moved.end + 5);
  });
});

describe('computeCoverage cost', () => {
  it('covers all five sources with 300 synthetic quotes, a tenth of them edited, in well under 5 s', () => {
    // Deterministic quotes: a 12–40 character slice from every k-th sentence, every tenth one edited.
    const claims: CoverageClaim[] = [];
    const all = [...sources].flatMap(([file, text]) => splitSentences(file, text).map((s) => ({ file, s })));
    for (let i = 0; claims.length < 300; i++) {
      const { file, s } = all[(i * 7) % all.length]!;
      const len = Math.min(s.text.length, 12 + (i % 29));
      let quote = s.text.slice(0, len);
      if (i % 10 === 0) quote = `${quote.slice(0, len >> 1)}改${quote.slice((len >> 1) + 1)}`;
      claims.push(claim(`synthetic/q${i}`, quote, file));
    }
    const t0 = performance.now();
    const out = computeCoverage(sources, claims, []);
    const ms = performance.now() - t0;
    expect(out).toHaveLength(5);
    expect(out.reduce((n, c) => n + c.claimed, 0)).toBeGreaterThan(100);
    expect(out.flatMap((c) => c.problems).filter((p) => p.includes('nearest')).length).toBeGreaterThan(10);
    expect(ms).toBeLessThan(5000); // a loose guard; the speed target itself belongs in bench/
  });
});

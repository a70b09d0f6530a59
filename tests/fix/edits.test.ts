// The edit logic of `claimcheck fix`: locating a correction in the text as it reads now, the
// smallest edit, and applying several findings' edits to one file without collisions.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply-edits.js';
import { minimalEdit } from '../../src/fix/edit.js';
import { editedSentences } from '../../src/fix/edited-sentences.js';
import { locateCorrection } from '../../src/fix/locate-correction.js';
import { unifiedDiff } from '../../src/fix/unified-diff.js';

const FILE = 'ch.md';
const TEXT = [
  '# 第二十章',
  '',
  '图 20.2 中的网络分别有 1 层、2 层、3 层和 4 层，以及 3,210、6,179、10,139 和 15,139 个参数。',
  '我们用 $L^2$ 正则化训练它们。',
  '',
  '另一段：雅可比行列式的乘积会消失。雅可比行列式一词再次出现。',
  '',
].join('\n');
const QUOTE = '以及 3,210、6,179、10,139 和 15,139 个参数';
const anchor = (quote: string, line: number | null) => ({ file: FILE, quote, line });
const editOf = (span: string, text: string, quote = QUOTE, line: number | null = 3) => {
  const at = locateCorrection(TEXT, anchor(quote, line), { span, text });
  if (!('edit' in at)) throw new Error(at.problem);
  return at.edit;
};

describe('locating a correction', () => {
  it('edits only the changed number of a whole-quote correction, as a whole token', () => {
    const e = editOf(QUOTE, '以及 3,210、6,179、10,139 和 15,319 个参数');
    expect(TEXT.slice(e.start, e.end)).toBe('15,139');
    expect(e.text).toBe('15,319');
  });

  it('finds a span inside its quote on the recorded line, not an earlier occurrence elsewhere', () => {
    const e = editOf('雅可比行列式', '雅可比矩阵', '雅可比行列式一词', 6);
    expect(e.start).toBe(TEXT.indexOf('雅可比行列式一词') + '雅可比'.length);
    expect(TEXT.slice(e.start, e.end)).toBe('行列式');
  });

  it('names why a correction cannot be placed: gone, ambiguous, already applied', () => {
    const gone = locateCorrection(TEXT, anchor('以及 3,210', 3), { span: '99 个参数', text: '98 个参数' });
    expect(gone).toEqual({ problem: expect.stringMatching(/no longer in ch\.md verbatim/) });
    const twice = locateCorrection(TEXT, anchor('不在文中', 4), { span: '雅可比行列式', text: '雅可比矩阵' });
    expect(twice).toEqual({ problem: expect.stringMatching(/occurs 2 times/) });
    const applied = TEXT.replace('15,139 个参数', '15,319 个参数');
    const again = locateCorrection(applied, anchor(QUOTE, 3), { span: QUOTE, text: QUOTE.replace('15,139', '15,319') });
    expect(again).toEqual({ problem: expect.stringMatching(/already applied/) });
    expect(locateCorrection(TEXT, anchor(QUOTE, 3), { span: QUOTE, text: QUOTE })).toEqual({ problem: 'the correction changes nothing' });
  });

  it('places a span wider than its quote where it holds the quote', () => {
    const e = editOf('我们用 $L^2$ 正则化', '我们用 $L^1$ 正则化', '$L^2$', 4);
    expect(TEXT.slice(e.start, e.end)).toBe('2');
    expect(e.text).toBe('1');
  });
});

describe('the smallest edit', () => {
  it('widens a change inside a number to the whole number, and never splits a surrogate pair', () => {
    const s = '共 15139 个';
    expect(minimalEdit(s, { file: FILE, start: 2, end: 7, text: '15159' })).toMatchObject({ start: 2, end: 7, text: '15159' });
    const rare = 'A𠀀B';
    // U+20000 and U+20001 share their high surrogate: the edit still replaces the whole character.
    expect(minimalEdit(rare, { file: FILE, start: 1, end: 3, text: '𠀁' })).toMatchObject({ start: 1, end: 3, text: '𠀁' });
    expect(minimalEdit(s, { file: FILE, start: 0, end: 1, text: '共' })).toBeNull();
  });
});

describe('applying edits', () => {
  const sources = new Map([[FILE, TEXT]]);
  const p4 = () => editOf(QUOTE, '以及 3,210、6,179、10,139 和 15,319 个参数');
  const p1 = () => editOf(QUOTE, '以及 3,290、6,179、10,139 和 15,139 个参数');
  const det = () => editOf('雅可比行列式', '雅可比矩阵', '雅可比行列式的乘积', 6);

  it('applies two findings on one sentence (different numbers) and a later line, whatever their order', () => {
    const a = applyEdits(sources, [{ id: 'p4', edits: [p4()] }, { id: 'det', edits: [det()] }, { id: 'p1', edits: [p1()] }]);
    expect(a.conflicts).toEqual([]);
    expect(a.applied).toEqual(['p4', 'det', 'p1']);
    const after = a.files[0]!.after;
    expect(after).toContain('以及 3,290、6,179、10,139 和 15,319 个参数');
    expect(after).toContain('另一段：雅可比矩阵的乘积会消失。雅可比行列式一词再次出现。');
    expect(after.split('\n')).toHaveLength(TEXT.split('\n').length);
    // Each applied edit knows where its text now sits.
    for (const e of a.files[0]!.edits) expect(after.slice(e.newStart, e.newEnd)).toBe(e.text);
    const reversed = applyEdits(sources, [{ id: 'p1', edits: [p1()] }, { id: 'det', edits: [det()] }, { id: 'p4', edits: [p4()] }]);
    expect(reversed.files[0]!.after).toBe(after);
  });

  it('makes an edit two findings share once', () => {
    const a = applyEdits(sources, [{ id: 'x', edits: [det()] }, { id: 'y', edits: [det()] }]);
    expect(a.applied).toEqual(['x', 'y']);
    expect(a.files[0]!.edits).toHaveLength(1);
    expect(a.files[0]!.edits[0]!.findings).toEqual(['x', 'y']);
  });

  it('skips every edit of two findings that change one number differently, and applies the rest', () => {
    const other = editOf(QUOTE, '以及 3,210、6,179、10,139 和 15,140 个参数');
    const a = applyEdits(sources, [{ id: 'p4', edits: [p4()] }, { id: 'rival', edits: [other, p1()] }, { id: 'det', edits: [det()] }]);
    expect(a.applied).toEqual(['det']);
    expect(a.conflicts).toEqual([{ file: FILE, findings: ['p4', 'rival'], span: '15,139' }]);
    expect(a.files[0]!.after).toContain('以及 3,210、6,179、10,139 和 15,139 个参数');
    expect(a.files[0]!.after).toContain('雅可比矩阵的乘积');
  });

  it('treats two insertions at one point as a conflict', () => {
    const a = applyEdits(sources, [{ id: 'a', edits: [{ file: FILE, start: 5, end: 5, text: '甲' }] }, { id: 'b', edits: [{ file: FILE, start: 5, end: 5, text: '乙' }] }]);
    expect(a.applied).toEqual([]);
    expect(a.files).toEqual([]);
  });

  it('writes a unified diff of the edited lines that patch tools accept', () => {
    const a = applyEdits(sources, [{ id: 'p4', edits: [p4()] }, { id: 'det', edits: [det()] }]);
    const diff = unifiedDiff(a.files, (f) => `sources/${f}`);
    expect(diff).toMatch(/^--- a\/sources\/ch\.md\n\+\+\+ b\/sources\/ch\.md\n@@ /);
    expect(diff).toContain('-图 20.2 中的网络分别有 1 层、2 层、3 层和 4 层，以及 3,210、6,179、10,139 和 15,139 个参数。\n+图 20.2 中的网络分别有 1 层、2 层、3 层和 4 层，以及 3,210、6,179、10,139 和 15,319 个参数。');
    expect(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'))).toHaveLength(2);
  });
});

describe('the edited sentences', () => {
  it('name their claims before and after the edit, a claim whose quote held the edited words included', () => {
    const a = applyEdits(new Map([[FILE, TEXT]]), [{ id: 'det', edits: [editOf('雅可比行列式', '雅可比矩阵', '雅可比行列式的乘积', 6)] }]);
    const claims = [
      { id: 'words', source: { file: FILE, quote: '雅可比行列式的乘积' } },
      { id: 'slot', source: { file: FILE, quote: '雅可比行列式一词再次出现' } },
      { id: 'elsewhere', source: { file: FILE, quote: '{n:int} 个参数' } },
    ];
    expect(editedSentences(a.files, claims)).toEqual([{
      file: FILE, line: 6, findings: ['det'], claims: ['words'],
      before: '另一段：雅可比行列式的乘积会消失。', after: '另一段：雅可比矩阵的乘积会消失。',
    }]);
  });

  it('show an edit outside every sentence, a heading, as its line with no claim', () => {
    const heading = locateCorrection(TEXT, anchor('第二十章', 1), { span: '第二十章', text: '第 20 章' });
    if (!('edit' in heading)) throw new Error(heading.problem);
    const a = applyEdits(new Map([[FILE, TEXT]]), [{ id: 'title', edits: [heading.edit] }]);
    expect(editedSentences(a.files, [])).toEqual([{ file: FILE, line: 1, findings: ['title'], claims: [], before: '# 第二十章', after: '# 第 20 章' }]);
  });
});

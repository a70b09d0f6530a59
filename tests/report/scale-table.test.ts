import { describe, expect, it } from 'vitest';
import { scaleTable } from '../../src/report/sections/scale-table.js';

describe('scaleTable', () => {
  it('shows each scaled value per budget', () => {
    const t = scaleTable({ scale: { quick: { steps: 400, seeds: 3, widths: [8, 16] }, standard: { steps: 3000, seeds: 5, widths: [8, 16, 32] }, full: { steps: 7500, seeds: 10, widths: [64] } } })!;
    expect(t).toContain('| steps |');
    expect(t).toMatch(/\| widths \| 8, 16 \| 8, 16, 32 \| 64 \|/);
    expect(t.indexOf('quick')).toBeLessThan(t.indexOf('full'));
  });
  it('is absent for a claim without a scale', () => {
    expect(scaleTable({})).toBeNull();
  });
});

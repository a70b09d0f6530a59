// CI holds each chapter's uncovered sentences at or below its floor, so coverage only goes up.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claims, narrative } from '../../claims/index.js';
import { coverageOfSources } from '../../src/coverage/index.js';

const floors = JSON.parse(readFileSync(new URL('../../claims/coverage-floor.json', import.meta.url), 'utf8')) as Record<string, number>;
const coverage = coverageOfSources(fileURLToPath(new URL('../../sources', import.meta.url)), claims, narrative);

describe('statement coverage', () => {
  it.each(coverage.map((c) => [c.chapter, c] as const))('%s stays within its floor of uncovered sentences', (chapter, c) => {
    expect(floors[chapter], `claims/coverage-floor.json has no floor for ${chapter}`).toBeTypeOf('number');
    const uncovered = c.items.filter((i) => i.status === 'uncovered').map((i) => `${i.sentence.line}: ${i.sentence.text.slice(0, 60)}`);
    expect(c.uncovered, `uncovered in ${chapter}:\n${uncovered.join('\n')}`).toBeLessThanOrEqual(floors[chapter]!);
  });
});

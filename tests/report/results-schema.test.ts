import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { resultsJsonSchema } from '../../src/results/schema.js';
import { sampleResults } from './fixtures/build.js';

const committed = readFileSync(new URL('../../reports/results.schema.json', import.meta.url), 'utf8');

describe('reports/results.schema.json', () => {
  it('is exactly what the zod schema generates (regenerate: node --import tsx scripts/write-schema.ts)', () => {
    expect(committed).toBe(JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
  });

  it('accepts the sample results and rejects a broken one', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(JSON.parse(committed) as object);
    const sample = sampleResults();
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const broken = { ...sample, claims: [{ ...sample.claims[0]!, verdict: 'maybe' }] };
    expect(validate(broken)).toBe(false);
  });
});

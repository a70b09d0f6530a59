// Writes reports/results.schema.json from the zod schema; tests/report/results-schema.test.ts keeps it in step.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultsJsonSchema } from '../src/results/schema.js';

const target = fileURLToPath(new URL('../reports/results.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);

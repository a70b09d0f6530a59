// Validates a results.json against the published JSON Schema (independently of zod): used by CI.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const [file = 'reports/latest/results.json'] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(new URL('../reports/results.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const data = JSON.parse(readFileSync(file, "utf8")) as { claims: unknown[] };
if (!validate(data)) {
  console.error(`${file} does not match reports/results.schema.json:`);
  for (const e of validate.errors ?? []) console.error(`  ${e.instancePath || '/'} ${e.message}`);
  process.exit(1);
}
console.log(`${file}: valid (${data.claims.length} claims)`);

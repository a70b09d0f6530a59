import { readFileSync } from 'node:fs';

/** claimcheck's own version, from package.json: recorded with every run and in the history. */
export const ENGINE_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// The five real chapters, read once for the coverage tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../sources/', import.meta.url));

export const sources: ReadonlyMap<string, string> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [f, readFileSync(dir + f, 'utf8')]),
);

export const source = (file: string): string => {
  const text = sources.get(file);
  if (text === undefined) throw new Error(`no source ${file}`);
  return text;
};

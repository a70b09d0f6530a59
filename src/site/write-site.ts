// The site's one file writer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes every file of a built site under `outDir`; returns the paths written. */
export function writeSite(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(path);
  }
  return written;
}

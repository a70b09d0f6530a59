import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A short sha256 of each named source file, so the history shows which text a verdict was about. */
export function sourceHashes(sourcesDir: string, files: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of new Set(files)) {
    const path = join(sourcesDir, f);
    out[f] = existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) : 'missing';
  }
  return out;
}

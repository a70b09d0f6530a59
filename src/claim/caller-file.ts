import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project-relative file that called into src/claim (the claim file), read from the stack. */
export function callerFile(): string | undefined {
  for (const frame of (new Error().stack ?? '').split('\n').slice(1)) {
    const m = frame.match(/\((.+?):\d+:\d+\)$/) ?? frame.match(/at (.+?):\d+:\d+$/);
    const path = m?.[1];
    if (!path || path.includes('/src/claim/') || path.startsWith('node:')) continue;
    const file = path.startsWith('file://') ? fileURLToPath(path) : path;
    return relative(process.cwd(), file) || file;
  }
  return undefined;
}

import { z } from 'zod';
import { ClaimDefinitionError } from './define-claim.js';

/** A sentence that asserts nothing true or false (an outline, a transition, a metaphor), and why. */
export interface Narrative {
  readonly file: string;
  /** A verbatim span inside the sentence, occurring exactly once in the file. */
  readonly quote: string;
  /** Why the sentence asserts nothing checkable, e.g. 'chapter outline'. */
  readonly reason: string;
}

const schema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.md$/, 'must be a file name under sources/'),
  quote: z.string().trim().min(2, 'must quote the sentence verbatim'),
  reason: z.string().trim().min(3, 'must say why the sentence asserts nothing checkable'),
});

/** Validates narrative annotations for one source file at load time. */
export function defineNarrative(file: string, notes: ReadonlyArray<{ quote: string; reason: string }>): Narrative[] {
  return notes.map((n) => {
    const parsed = schema.safeParse({ file, ...n });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ClaimDefinitionError(`narrative in ${file} (${String(n.quote).slice(0, 20)}…)`, issue.path.join('.'), issue.message);
    }
    return Object.freeze(parsed.data);
  });
}

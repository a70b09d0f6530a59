import { z } from 'zod';
import { ClaimDefinitionError } from './define-claim.js';

/**
 * One concept the chapter should name with one term: the term an author would keep, and the other
 * renderings the chapter also writes for it. The copy-edit rule `term-renderings` corrects each
 * other rendering to the term kept, wherever the chapter writes more than one of them.
 */
export interface GlossaryTerm {
  readonly file: string;
  /** The concept, as the literature names it in English. */
  readonly english: string;
  readonly term: string;
  readonly variants: readonly string[];
  /** Why this term is the one kept (the chapter's own usage, the field's). */
  readonly why: string;
}

const schema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.md$/, 'must be a file name under sources/'),
  english: z.string().trim().min(2),
  term: z.string().trim().min(2),
  variants: z.array(z.string().trim().min(2)).min(1, 'must list the other renderings'),
  why: z.string().trim().min(3, 'must say why this term is kept'),
}).refine((t) => !t.variants.includes(t.term), 'the term kept is not one of its variants');

/** Validates a chapter's glossary at load time. */
export function defineGlossary(file: string, terms: ReadonlyArray<Omit<GlossaryTerm, 'file'>>): GlossaryTerm[] {
  return terms.map((t) => {
    const parsed = schema.safeParse({ file, ...t });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ClaimDefinitionError(`glossary term of ${file} (${t.english})`, issue.path.join('.'), issue.message);
    }
    return Object.freeze(parsed.data);
  });
}

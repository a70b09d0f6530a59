import { z } from 'zod';
import { callerFile } from './caller-file.js';
import { parseQuoteTemplate, unknownPlaceholders } from './quote-template.js';
import { BUDGETS, KINDS, type Claim, type ClaimSpec, type PropertyClaim, type SingleCheckClaim, type NotCheckableClaim, type Where, type Scale } from './types.js';

const ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

const declared = z.object({
  id: z.string().regex(ID, 'must be `<chapter>/<slug>` in kebab-case'),
  source: z.object({
    file: z.string().regex(/^[a-z0-9-]+\.md$/, 'must be a file name under sources/'),
    quote: z.string().trim().min(2, 'must quote the source verbatim'),
  }),
  statement: z.string().trim().min(10, 'must state the assertion in one English sentence'),
  reading: z.string().trim().min(1).optional(),
  kind: z.enum(KINDS),
  reason: z.string().trim().min(10).optional(),
  tolerance: z.object({ label: z.string(), why: z.string().min(1) }).loose().optional(),
  check: z.function().optional(),
  cases: z.function().optional(),
  // Sentence verdicts, reported results and root causes (issue 17); cross-claim rules live in src/findings/declarations.ts.
  primary: z.object({ why: z.string().trim().min(10, 'must justify the natural reading from the paragraph') }).strict().optional(),
  alternativeOf: z.string().regex(ID, 'must name the primary reading\'s claim id').optional(),
  firstDesign: z.object({ why: z.string().trim().min(10, 'must say what its instrument cannot decide') }).strict().optional(),
  follows: z.string().regex(ID, 'must name the root claim\'s id').optional(),
  replicates: z.object({ citation: z.string().trim().min(2, 'must quote the citation as its sentence or paragraph writes it') }).strict().optional(),
  scale: z.object(Object.fromEntries(BUDGETS.map((b) => [b, z.record(z.string(), z.union([z.number(), z.array(z.number())]))]))).strict().optional(),
  decidingBudget: z.object({ budget: z.enum([...BUDGETS, 'beyond']), why: z.string().trim().min(10, 'must say what that budget changes (which scale, which interval)') }).strict().optional(),
  published: z.array(z.object({ value: z.number(), source: z.string().trim().min(3).nullable() })).optional(),
});

/** Thrown when a claim file declares something malformed; names the claim and the field. */
export class ClaimDefinitionError extends Error {
  constructor(id: string, field: string, message: string, file = callerFile()) {
    super(`${file ? `${file}: ` : ''}claim ${id || '(no id)'}: ${field} ${message}`);
    this.name = 'ClaimDefinitionError';
  }
}

/** Validates a claim at load time and attaches its chapter (the id's prefix). */
export function defineClaim<C extends Where, S extends Scale = Scale>(spec: PropertyClaim<C, S>): Claim;
export function defineClaim<S extends Scale = Scale>(spec: SingleCheckClaim<S> | NotCheckableClaim): Claim;
export function defineClaim(spec: ClaimSpec): Claim {
  const parsed = declared.safeParse(spec);
  const id = typeof spec?.id === 'string' ? spec.id : '';
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ClaimDefinitionError(id, issue.path.join('.') || 'claim', issue.message);
  }
  if (spec.primary && spec.alternativeOf) throw new ClaimDefinitionError(id, 'alternativeOf', 'cannot be set on a primary reading');
  if (spec.firstDesign && !spec.alternativeOf) throw new ClaimDefinitionError(id, 'firstDesign', 'needs alternativeOf: a kept first design is a reading beside the primary that replaced it');
  if (spec.alternativeOf === spec.id || spec.follows === spec.id) throw new ClaimDefinitionError(id, spec.follows === spec.id ? 'follows' : 'alternativeOf', 'cannot name the claim itself');
  const chapter = spec.id.split('/')[0]!;
  if (spec.source.file !== `${chapter}.md`) {
    throw new ClaimDefinitionError(id, 'source.file', `must be ${chapter}.md, the chapter named by the id`);
  }
  if (spec.kind === 'not-checkable') {
    if (!('reason' in spec) || !spec.reason) throw new ClaimDefinitionError(id, 'reason', 'must say why no computation here can reach it');
    if ('check' in spec) throw new ClaimDefinitionError(id, 'check', 'is not allowed on a not-checkable claim');
  } else {
    if (!('check' in spec)) throw new ClaimDefinitionError(id, 'check', 'is required');
    if (!spec.tolerance) throw new ClaimDefinitionError(id, 'tolerance', 'is required, with its reason, before any run');
    if (typeof spec.correction !== 'function') throw new ClaimDefinitionError(id, 'correction', 'is required: a function computing the fix from the evidence');
  }
  if (spec.kind !== 'not-checkable' && spec.scale) {
    const keys = (b: keyof typeof spec.scale) => Object.keys(spec.scale![b]).sort().join(', ');
    for (const b of BUDGETS) if (keys(b) !== keys('quick')) throw new ClaimDefinitionError(id, `scale.${b}`, `must name the same values as scale.quick (${keys('quick')}), got ${keys(b) || 'none'}`);
  }
  // --- quote slots (issue 22): a template must parse, and `{name}` in the statement or reading must name a slot ---
  let slotNames: string[];
  try {
    slotNames = parseQuoteTemplate(spec.source.quote).slots.map((x) => x.name);
  } catch (e) {
    throw new ClaimDefinitionError(id, 'source.quote', (e as Error).message);
  }
  if (slotNames.length) {
    for (const field of ['statement', 'reading'] as const) {
      const unknown = unknownPlaceholders(spec[field] ?? '', slotNames);
      if (unknown.length) throw new ClaimDefinitionError(id, field, `names {${unknown.join('}, {')}}, which the quote has no slot for (its slots: ${slotNames.join(', ')})`);
    }
  }
  const definedIn = callerFile();
  const claim: Claim = Object.freeze({ ...spec, chapter, ...(definedIn ? { definedIn } : {}) });
  defined.add(claim);
  return claim;
}

const defined = new WeakSet<object>();

/** Whether a value is a claim made by defineClaim (how a chapter registry finds claims among a module's exports). */
export function isClaim(value: unknown): value is Claim {
  return typeof value === 'object' && value !== null && defined.has(value);
}

// The words results.json is written in: the kinds of claim, the budgets a run can take, and the
// verdicts the engine can reach. Claim authors read the first two through src/claim.
export const KINDS = ['exact', 'statistical', 'experiment', 'arithmetic', 'architecture', 'not-checkable'] as const;
export type Kind = (typeof KINDS)[number];

export const BUDGETS = ['quick', 'standard', 'full'] as const;
export type Budget = (typeof BUDGETS)[number];

/** What a claim's sentence quantifies over (see src/claim/types.ts for how each is judged). */
export const SCOPES = ['forall', 'exists', 'typical', 'asymptotic'] as const;
export type Scope = (typeof SCOPES)[number];

/** Judge methods that carry what a refutation needs: replicates, paired samples, resolution, curves, controls. */
export const GATED_METHODS = ['replicated', 'paired', 'ordering', 'proportion', 'trend'] as const;
export type GatedMethod = (typeof GATED_METHODS)[number];

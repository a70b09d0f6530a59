// The words results.json is written in: the kinds of claim, the budgets a run can take, and the
// verdicts the engine can reach. Claim authors read the first two through src/claim.
export const KINDS = ['exact', 'statistical', 'experiment', 'arithmetic', 'architecture', 'not-checkable'] as const;
export type Kind = (typeof KINDS)[number];

export const BUDGETS = ['quick', 'standard', 'full'] as const;
export type Budget = (typeof BUDGETS)[number];

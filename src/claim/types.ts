// The claim author's vocabulary. Claims declare; the engine runs and decides.
import type * as fc from 'fast-check';
import type * as tfNamespace from '@tensorflow/tfjs';
import type { Tolerance } from './tolerance.js';
import type { Slots } from './slots.js';

export type Tf = typeof tfNamespace;

export const KINDS = ['exact', 'statistical', 'experiment', 'arithmetic', 'architecture', 'not-checkable'] as const;
export type Kind = (typeof KINDS)[number];

export const BUDGETS = ['quick', 'standard', 'full'] as const;
export type Budget = (typeof BUDGETS)[number];

/** A value chosen per budget, so a claim scales its cases, samples and steps. */
export type PerBudget<T> = Record<Budget, T>;

/** Parameters that identify one generated case or one measured condition. */
export type Where = Record<string, number | string | boolean>;

export interface SourceAnchor {
  /** File name under sources/, e.g. `depth-vs-width.md`. */
  file: string;
  /**
   * A verbatim span of the source that occurs exactly once in it. It may hold typed slots,
   * `{name:int}`, `{name:number}`, `{name:percent}`, `{name:rel}`, where the text states a number or
   * a sign: the engine reads them at run time (ctx.slots) and fills `{name}` in the statement and reading.
   */
  quote: string;
}

/** A narrower condition under which a refuted statement may still hold. */
export interface Qualifier<C> {
  /** Human-readable condition, shown in the report, e.g. `width >= 2`. */
  condition: string;
  holds: (where: C) => boolean;
}

interface JudgementBase {
  /** What is measured, e.g. `per-layer factor`; shown in the evidence table. */
  label: string;
  /** The condition measured; property claims get the generated case automatically. */
  where?: Where;
}

/** The engine's comparison of a measurement with the claim's tolerance band. */
export interface Judge {
  /** A deterministic number against the asserted value's band. */
  value(j: JudgementBase & { measured: number; asserted: number }): boolean;
  /** The mean of i.i.d. samples: a t-interval (multiplicity-corrected) against the band. */
  mean(j: JudgementBase & {
    samples: readonly number[];
    asserted: number;
    /** The values the mean can take (a correlation's [-1, 1]): the interval is cut to them, which keeps its coverage. */
    range?: readonly [number, number];
  }): boolean;
  /** The geometric mean of positive i.i.d. samples, interval computed on the log scale. */
  geometricMean(j: JudgementBase & { samples: readonly number[]; asserted: number }): boolean;
  /**
   * The mean (or geometric mean) of i.i.d. samples drawn one at a time by draw(i), i < n, stopping
   * early once a pre-planned look's interval is decisively inside or outside the band.
   */
  sequential(j: JudgementBase & { statistic: 'mean' | 'geometricMean'; draw: (i: number) => number; n: number; asserted: number }): boolean;
  /**
   * An exact fact computed from the evidence (an integer inequality, an ordering). `null`: the run
   * could not settle it (an event the fact is about did not happen within the run's horizon, so
   * the comparison is censored); it counts as undecided, like an interval that straddles the band.
   */
  holds(j: JudgementBase & { holds: boolean | null; values?: Record<string, number> }): boolean;
}

/** What a check receives: seeded randomness, the budget, tfjs, and the judge. */
export interface CheckContext {
  tf: Tf;
  budget: Budget;
  /** The claim's seed, derived from the run seed and the claim id. */
  seed: number;
  /**
   * The run's seed: for work several claims share within a run (one experiment judged by several
   * claims), computed once per run seed and budget; everything else draws from `seed`.
   */
  runSeed: number;
  /** The active backend's name (`wasm`, `tensorflow`, `cpu`). */
  backend: string;
  judge: Judge;
  /** Picks the value for the current budget. */
  scale<T>(perBudget: PerBudget<T>): T;
  /** Records a figure for the evidence table (scale used, steps taken, ...). */
  record(name: string, value: number | string | boolean): void;
  /**
   * A computation several claims judge, done once per key, budget and run seed in this process:
   * the key must be listed in the claim's `shares`, and the computation must draw its seeds from
   * `runSeed` (never from `seed`, which differs per claim).
   */
  shared<T>(key: string, compute: () => T): T;
  // --- quote slots (issue 22): the text's numbers, read from the source at run time ---
  /** The values of the quote's `{name:type}` slots in the current source. */
  slots: Slots;
}

/** What the engine hands a correction: the figures the check measured. */
export interface EvidenceView {
  observations: readonly Observation[];
  records: Readonly<Record<string, number | string | boolean>>;
  /** The qualifier under which the statement held, when the verdict is qualified. */
  qualifiedBy?: string;
  /** The shrunk counterexample, for a refuted property. */
  counterexample?: Where;
  /** The quote's slot values the check ran with (issue 22). */
  slots: Slots;
}

export type Outcome = 'inside' | 'outside' | 'straddle';

/** One judgement as recorded: what was measured, against what band, and how it fell. */
export interface Observation {
  label: string;
  where: Where;
  method: 'value' | 'mean' | 'geometricMean' | 'holds';
  measured: number | null;
  asserted: number | null;
  band: [number, number] | null;
  ci: [number, number] | null;
  n: number | null;
  /** For a sequential judgement: the samples planned; n is the number used. */
  planned?: number;
  values?: Record<string, number>;
  outcome: Outcome;
  phase: 'generate' | 'shrink' | 'qualify' | 'single';
  /** The qualifier whose narrower domain was being tested (phase `qualify`). */
  qualifier?: string;
}

interface ClaimCommon {
  id: string;
  source: SourceAnchor;
  /** One English sentence saying exactly what is asserted. */
  statement: string;
  /** The reading chosen where the text is vague (and how the asserted figure is measured). */
  reading?: string;
}

interface CheckedClaimBase<C> extends ClaimCommon {
  kind: Exclude<Kind, 'not-checkable'>;
  /** Fixed with its reason before any run. */
  tolerance: Tolerance;
  /** Narrower conditions the engine tries when the statement fails in general. */
  qualifiers?: Qualifier<C>[];
  /** A paste-able fix, computed from the evidence when refuted or qualified. */
  correction: (evidence: EvidenceView) => string;
  /** Hard time limit in seconds per budget (defaults in the runner). */
  timeLimit?: Partial<PerBudget<number>>;
  /** Interval judgements (mean, geometricMean) per run of the check: the multiplicity correction divides the error rate by it. */
  judgements?: number;
  /** Keys of the `ctx.shared` computations the check uses; claims sharing a key run on one worker, so it is computed once. */
  shares?: readonly string[];
}

/** A claim checked once, e.g. arithmetic, architecture or one experiment. */
export interface SingleCheckClaim extends CheckedClaimBase<Where> {
  check: (ctx: CheckContext) => void | Promise<void>;
}

/** A claim checked as a fast-check property over generated cases. */
export interface PropertyClaim<C extends Where = Where> extends CheckedClaimBase<C> {
  /** The generated cases (may depend on the budget and on the quote's slots). */
  cases: (budget: Budget, slots: Slots) => fc.Arbitrary<C>;
  /** Cases run per budget (defaults in the runner). */
  runs?: Partial<PerBudget<number>>;
  check: (c: C, ctx: CheckContext) => void | Promise<void>;
}

export interface NotCheckableClaim extends ClaimCommon {
  kind: 'not-checkable';
  /** Why no computation here can reach it. */
  reason: string;
}

export type ClaimSpec = SingleCheckClaim | PropertyClaim<any> | NotCheckableClaim;

/** A validated claim with its chapter, as held by the registry. */
export type Claim = ClaimSpec & { readonly chapter: string; /** The claim file, project-relative, for error messages and authoring. */ readonly definedIn?: string };

export function isProperty(claim: ClaimSpec): claim is PropertyClaim<any> {
  return 'cases' in claim;
}

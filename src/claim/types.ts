// The claim author's vocabulary. Claims declare; the engine runs and decides.
import type * as fc from 'fast-check';
import type { Tf } from '../backend/tf.js';
import type { Budget, GatedMethod, Kind, Scope } from '../results/vocabulary.js';
import type { ObservationRecord, Where } from '../results/schema.js';
import type { Tolerance } from './tolerance.js';
import type { ConvergenceRule } from '../stats/convergence.js';
import type { Slots } from './slots.js';
import type { Seeds } from '../random/seeds.js';

export { KINDS, BUDGETS, type Kind, type Budget } from '../results/vocabulary.js';
export type { Where } from '../results/schema.js';

/** A value chosen per budget, so a claim scales its cases, samples and steps. */
export type PerBudget<T> = Record<Budget, T>;

/** What a claim scales with the budget (steps, seeds, widths ...), by name; declared as data so the report can show it. */
export type Scale = Readonly<Record<string, number | readonly number[]>>;

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
  value(j: ValueJudgement): boolean;
  /** The mean of i.i.d. samples: a t-interval (multiplicity-corrected) against the band. */
  mean(j: JudgementBase & {
    samples: readonly number[];
    asserted?: number;
    /** The values the mean can take (a correlation's [-1, 1]): the interval is cut to them, which keeps its coverage. */
    range?: readonly [number, number];
  }): boolean;
  /** The geometric mean of positive i.i.d. samples, interval computed on the log scale. */
  geometricMean(j: JudgementBase & { samples: readonly number[]; asserted?: number }): boolean;
  /**
   * The mean (or geometric mean) of i.i.d. samples drawn one at a time by draw(i), i < n, stopping
   * early once a pre-planned look's interval is decisively inside or outside the band.
   */
  sequential(j: JudgementBase & { statistic: 'mean' | 'geometricMean'; draw: (i: number) => number; n: number; asserted?: number }): boolean;
  /**
   * An exact fact computed from the evidence (an integer inequality, an ordering). `null`: the run
   * could not settle it (an event the fact is about did not happen within the run's horizon, so
   * the comparison is censored); it counts as undecided, like an interval that straddles the band.
   */
  holds(j: JudgementBase & { holds: boolean | null; values?: Record<string, number> }): boolean;
  /** Gated: the mean of independent replicates (seeds) with the gates of a refutation; see GatedJudgement. */
  replicated(j: GatedJudgement & { samples: readonly number[]; range?: readonly [number, number] }): boolean;
  /** Gated: paired replicates (a[i] and b[i] share seed i); the statistic is the mean of a[i] - b[i], or of ln(a[i] / b[i]) for `logRatio`. */
  paired(j: GatedJudgement & { a: readonly number[]; b: readonly number[]; statistic?: 'difference' | 'logRatio' }): boolean;
  /**
   * Gated: the sentence says a beats b (a[i] > b[i] over seeds). A sign test: the Clopper-Pearson
   * interval of the share of untied seeds where a wins must pass 1/2; differences within `resolution`
   * are ties and are dropped. The claim's tolerance is not used.
   */
  ordering(j: JudgementBase & { a: readonly number[]; b: readonly number[]; resolution: number; training: Training }): boolean;
  /** Gated: `successes` of `n` independent draws, a Clopper-Pearson interval against the band. */
  proportion(j: JudgementBase & { successes: number; n: number; asserted?: number }): boolean;
  /** Gated, for asymptotic claims: the least-squares slope of y on x over the declared range (transform first for a log-log rate). */
  trend(j: GatedJudgement & { x: readonly number[]; y: readonly number[] }): boolean;
}

/** What a check receives: seeded randomness, the budget, tfjs, and the judge. */
export interface CheckContext<S extends Scale = Scale> {
  tf: Tf;
  budget: Budget;
  /** The claim's seed, derived from the run seed and the claim id. */
  seed: number;
  /** The claim's seed streams by name: `ctx.seeds.child('teacher').value`, `ctx.seeds.replicates('run', n)`. */
  seeds: Seeds;
  /** The claim's `scale` at the current budget; reading a name the claim did not declare throws. */
  scaled: S;
  /**
   * The run's seed: for work several claims share within a run (one experiment judged by several
   * claims), computed once per run seed and budget; everything else draws from `seed`.
   */
  runSeed: number;
  /** The active backend's name (`wasm`, `tensorflow`, `cpu`). */
  backend: string;
  judge: Judge;
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

export type Outcome = ObservationRecord['outcome'];

type GateRecord = NonNullable<ObservationRecord['gate']>;

/**
 * One judgement as recorded: what was measured, against what band, and how it fell. In memory a
 * one-sided band and an undetectable effect keep their infinities, which results.json writes as null.
 */
export type Observation = Omit<ObservationRecord, 'band' | 'gate'> & {
  band: [number, number] | null;
  gate?: Omit<GateRecord, 'detectable'> & { detectable: number };
};

interface ClaimCommon {
  id: string;
  source: SourceAnchor;
  /** One English sentence saying exactly what is asserted. */
  statement: string;
  /** The reading chosen where the text is vague (and how the asserted figure is measured). */
  reading?: string;
  // --- Sentence verdicts, reported results and root causes (issue 17, reporting half) ---
  /**
   * This claim is the primary reading of its assertion: the natural reading in context, with a
   * one-line justification from the paragraph, declared before any run. Needed only where other
   * claims name it in `alternativeOf`; a claim no alternative names is its own primary.
   */
  primary?: { why: string };
  /** This claim is an alternative reading of the assertion whose primary reading is the named claim (same sentence). */
  alternativeOf?: string;
  /**
   * This alternative is a design replaced after its result was seen, kept as its own reading (ground
   * rule 1) because it asks something its replacement no longer does well: its verdict is listed with
   * the sentence's readings, never a finding or a note. `why` says what its instrument cannot decide.
   */
  firstDesign?: { why: string };
  /** A refutation of this claim follows from the named claim's: its finding folds under that root. */
  follows?: string;
  /** This claim re-runs a cited result at a small scale; `citation` is the citation as written in its sentence or paragraph. */
  replicates?: { citation: string };
  /** The published numbers the claim checks the sentence against, each from a record module that cites its source. */
  published?: readonly PublishedNumber[];
  // --- end of issue 17 (reporting half) ---
}

/** A number a paper or figure published, with where it was published; `source: null` is a number nobody has located. */
export interface PublishedNumber {
  value: number;
  /** Paper, table or figure, e.g. `Zhang et al. 2017, Table 1`; null when not yet located. */
  source: string | null;
}

/** What a claim's correction returns: an edit of a span of its quote, or (a string) what was observed. */
export type CorrectionValue = string | { replace: { span: string; text: string } };

interface CheckedClaimBase<C, S extends Scale> extends ClaimCommon, ScopeDeclaration<C> {
  kind: Exclude<Kind, 'not-checkable'>;
  /**
   * What the check scales with the budget, as data (`{ quick: { steps: 400 }, standard: ..., full: ... }`):
   * the check reads `ctx.scaled.steps`, and the report shows the table. Every budget names the same keys.
   */
  scale?: PerBudget<S>;
  /** Fixed with its reason before any run. */
  tolerance: Tolerance;
  /** Narrower conditions the engine tries when the statement fails in general. */
  qualifiers?: Qualifier<C>[];
  /** A paste-able fix, computed from the evidence when refuted or qualified: `{replace}` edits a span of the quote; a string says what was observed. */
  correction: (evidence: EvidenceView) => CorrectionValue;
  /** Hard time limit in seconds per budget (defaults in the runner). */
  timeLimit?: Partial<PerBudget<number>>;
  /**
   * Interval judgements (mean, geometricMean) per run of the check: the multiplicity correction divides
   * the error rate by it. Per budget where the scale changes how many the check makes.
   */
  judgements?: number | PerBudget<number>;
  /** Keys of the `ctx.shared` computations the check uses; claims sharing a key run on one worker, so it is computed once. */
  shares?: readonly string[];
  /**
   * Where the claim can be left inconclusive, what would decide it, declared before the run: the
   * budget (`beyond`: more than a 2-core machine like CI's affords) and why (which scale at that
   * budget narrows which interval, or what the run lacks). The report shows it with an inconclusive verdict.
   */
  decidingBudget?: DecidingBudget;
}

/** The budget that would decide an inconclusive claim, and why. */
export interface DecidingBudget {
  budget: Budget | 'beyond';
  why: string;
}

/** A claim checked once, e.g. arithmetic, architecture or one experiment. */
export interface SingleCheckClaim<S extends Scale = Scale> extends CheckedClaimBase<Where, S> {
  check(ctx: CheckContext<S>): void | Promise<void>;
}

/** A claim checked as a fast-check property over generated cases. */
export interface PropertyClaim<C extends Where = Where, S extends Scale = Scale> extends CheckedClaimBase<C, S> {
  /** The generated cases (may depend on the budget and on the quote's slots). */
  cases: (budget: Budget, slots: Slots) => fc.Arbitrary<C>;
  /** Cases run per budget (defaults in the runner). */
  runs?: Partial<PerBudget<number>>;
  check(c: C, ctx: CheckContext<S>): void | Promise<void>;
}

export interface NotCheckableClaim extends ClaimCommon {
  kind: 'not-checkable';
  /** Why no computation here can reach it. */
  reason: string;
}

export type ClaimSpec = SingleCheckClaim | PropertyClaim<any> | NotCheckableClaim;

// ---- Judgement rules (issue 17, the judgement half): scope, premise, gated judgements. ----
// Kept in one block: the sentence/reading fields of the same issue live elsewhere in this file.

/**
 * What a claim's sentence quantifies over, decided from the paragraph (the modal word is a hint only):
 * - `forall`: every case; one case outside refutes.
 * - `exists`: one witness (a case wholly inside) supports; only an exhaustive enumeration (`exhaustive`) refutes.
 * - `typical`: the Clopper-Pearson lower bound of the share of cases where it holds must exceed `share` (1/2 by default).
 * - `asymptotic`: judged on a rate or trend over a declared range (`judge.trend`), never on one case, least of all the smallest.
 */
export { SCOPES, type Scope } from '../results/vocabulary.js';

/**
 * The provisional scope of a claim that declares none: forall, the reading the engine applied before
 * scopes existed, so no verdict moves by default. Results flag it (`scopeDeclared: false`) until the
 * chapter's re-judging declares each claim's scope from its paragraph.
 */
export const DEFAULT_SCOPE: Scope = 'forall';

/** Judge methods that carry what a refutation needs: replicates, paired samples, resolution, curves, controls. */
export { GATED_METHODS, type GatedMethod } from '../results/vocabulary.js';

/** Kinds that refute only through gated methods: an outside result of any other judgement is inconclusive. */
export const GATED_KINDS: readonly Kind[] = ['experiment', 'statistical'];

interface ScopeDeclaration<C> {
  /** What the sentence quantifies over (default DEFAULT_SCOPE, flagged as undeclared). */
  scope?: Scope;
  /** For `typical`: the share of cases the sentence promises (1/2 unless it says more). */
  share?: number;
  /** For `exists`: the cases enumerate the whole domain, so finding no witness refutes. */
  exhaustive?: boolean;
  /** The sentence's premise: cases where it fails are dropped and counted, never judged, never a qualifier. */
  premise?: (c: C) => boolean;
}

/** The training behind the compared numbers: each run's recorded curve and the declared convergence rule, or why nothing was trained. */
export type Training = { curves: readonly (readonly number[])[]; rule: ConvergenceRule } | { untrained: string };

/** What a gated judgement carries beside its samples. */
export interface GatedJudgement extends JudgementBase {
  /** The asserted value; omit with a threshold tolerance (above, below, ...). */
  asserted?: number;
  /** The measurement's resolution: a difference within it is a tie (accuracy on m test examples: 1/m). */
  resolution: number;
  training: Training;
  /** The statistic's value when there is no effect (0 for a paired difference): an interval containing it is a null result. */
  noEffect?: number;
  /** A null result needs it: the same design run on data with a planted effect near the band's edge (samples, or paired a and b). */
  control?: { planted: number; samples?: readonly number[]; a?: readonly number[]; b?: readonly number[] };
}

/** A point judgement; `measured: null` means the comparison is undefined here (a relative error over a near-zero reference): dropped and counted. */
export interface ValueJudgement extends JudgementBase {
  measured: number | null;
  asserted?: number;
  /**
   * An independent float64 route to the same quantity (plain JavaScript, or a closed form): a deviation
   * within float32 noise of the magnitude refutes only if this route reproduces it.
   */
  float64Check?: () => number;
}

/** A validated claim with its chapter, as held by the registry. */
export type Claim = ClaimSpec & { readonly chapter: string; /** The claim file, project-relative, for error messages and authoring. */ readonly definedIn?: string };

export function isProperty(claim: ClaimSpec): claim is PropertyClaim<any> {
  return 'cases' in claim;
}

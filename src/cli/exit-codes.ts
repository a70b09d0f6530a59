/** Process exit codes: what a CI job can branch on. */
export const EXIT = {
  ok: 0,
  /** A claim errored or went stale: a fault of the suite. */
  faults: 1,
  /** Bad arguments or unreadable input. */
  usage: 2,
  /** A verdict named by --fail-on occurred; for `parity`, a difference between backends. */
  findings: 3,
} as const;

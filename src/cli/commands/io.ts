/** The streams a command writes to; tests pass in-memory ones. */
export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

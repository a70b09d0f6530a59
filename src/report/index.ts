// The public API of src/report: the results schema, the renderers, and the one report writer.
export { VERDICTS, resultsSchema, claimResultSchema, observationSchema, resultsJsonSchema } from '../results/schema.js';
export type { Verdict, Results, ClaimResult, RunInfo, ObservationRecord } from '../results/schema.js';
export { escapeMarkdown } from './escape.js';
export { formatNumber } from './format-number.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { writeReports, InvalidResultsError } from './write-reports.js';

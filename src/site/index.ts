// The public API of src/site: results + history + sources -> a static, offline, script-free site.
export { buildSite, BrokenLinksError, type SiteOptions } from './build-site.js';
export { buildSiteModel, type SiteInput, type SiteModel, type ClaimEntry, type ChapterEntry } from './site-model.js';
export { loadSiteInput, readResultsFile, SiteInputError } from './site-input.js';
export { writeSite } from './write-site.js';
export { checkLinks, type BrokenLink } from './link-check.js';
export { stabilityOf, verdictHistory, type Stability, type VerdictPoint } from './stability.js';
export { evidencePlots, type Plot } from './plots/plot-specs.js';
export { nightlyPlan, type NightlyOptions, type NightlyStep } from './nightly-plan.js';

// Results + history + sources -> the site's files (path -> content). Nothing is written here;
// plots are rendered to SVG now, so the pages need no script to show them.
import { VERDICTS } from '../results/schema.js';
import { durationText } from '../report/markdown-bits.js';
import { chapterPage } from './chapter-page.js';
import type { CardParts } from './claim-card.js';
import { evidenceFigure, stabilityBlock } from './plots/figures.js';
import { verdictHistorySpec } from './plots/history-spec.js';
import { indexPage } from './index-page.js';
import { checkLinks, type BrokenLink } from './link-check.js';
import { pageShell, type NavLink } from './page-shell.js';
import { renderSvg } from './plots/render-svg.js';
import { buildSiteModel, type SiteInput, type SiteModel } from './site-model.js';
import { escapeHtml, renderMarkdownFragment } from './site-markdown.js';
import { parityMarkdown } from '../parity/parity-markdown.js';
import type { ParityReport } from '../parity/parity-schema.js';

/** Thrown when the built pages link to something that is not there. */
export class BrokenLinksError extends Error {
  override name = 'BrokenLinksError';
  constructor(readonly broken: BrokenLink[]) {
    super(`the site has ${broken.length} broken link(s): ${broken.slice(0, 5).map((b) => `${b.page} -> ${b.href} (${b.why})`).join('; ')}`);
  }
}

export interface SiteOptions {
  /** Files published beside the pages, linked from the footer (results.json, history.jsonl). */
  data?: ReadonlyMap<string, string>;
  /** The backend parity run, published as parity.html and summed up on the index. */
  parity?: ParityReport | null;
}

function paritySummary(p: ParityReport): string {
  const c = p.counts;
  return renderMarkdownFragment(`**Backend parity** (${p.run.backends.join(' vs ')}, budget ${p.run.budget}, seed ${p.run.seed}): ${c.claims} claims, ${c.verdictDiffers} verdict difference(s) (unstable), ${c.measurementDiffers} measurement difference(s); [the table](parity.html).`);
}

async function renderParts(model: SiteModel): Promise<Map<string, CardParts>> {
  const parts = new Map<string, CardParts>();
  const index = new Map(model.results.claims.map((c, i) => [c.id, i]));
  for (const ch of model.chapters) {
    for (const e of ch.claims) {
      const n = index.get(e.result.id)!;
      const figures: string[] = [];
      for (const [i, plot] of e.plots.entries()) figures.push(evidenceFigure(plot, await renderSvg(plot.spec, `c${n}-p${i}`)));
      const strip = e.history.length > 1 ? await renderSvg(verdictHistorySpec(e.history), `c${n}-h`) : null;
      parts.set(e.result.id, { figures, stability: stabilityBlock(e.stability, e.result.verdict, e.history, strip) });
    }
  }
  return parts;
}

function footer(model: SiteModel, data: ReadonlyMap<string, string>): string {
  const run = model.results.run;
  const files = [...data.keys()].map((f) => `<a href="${escapeHtml(f)}">${escapeHtml(f)}</a>`).join(' · ');
  const facts = `claimcheck ${run.versions.claimcheck ?? ''} · seed ${run.seed} · budget ${run.budget} · backend ${run.backend} · started ${run.startedAt} · took ${durationText(run.durationMs)}`;
  return `${escapeHtml(facts)}${files ? `<br>Data: ${files}` : ''}`;
}

/** Builds every page of the site and checks its links; throws BrokenLinksError if one is broken. */
export async function buildSite(input: SiteInput, opts: SiteOptions = {}): Promise<Map<string, string>> {
  const model = buildSiteModel(input);
  const parts = await renderParts(model);
  const data = opts.data ?? new Map<string, string>();
  const nav: NavLink[] = [{ href: 'index.html', label: 'Summary' }, ...model.chapters.map((ch) => ({ href: ch.page, label: ch.chapter })), ...(opts.parity ? [{ href: 'parity.html', label: 'Backend parity' }] : [])];
  const foot = footer(model, data);
  const files = new Map<string, string>();
  const counts = VERDICTS.map((v) => [v, model.results.claims.filter((c) => c.verdict === v).length] as const).filter(([, k]) => k > 0).map(([v, k]) => `${k} ${v}`).join(', ');
  files.set('index.html', pageShell({
    title: `claimcheck · ${counts || 'no claims'}`,
    page: 'index.html', nav, footer: foot,
    body: indexPage(model, parts) + (opts.parity ? paritySummary(opts.parity) : ''),
  }));
  if (opts.parity) files.set('parity.html', pageShell({ title: 'Backend parity · claimcheck', page: 'parity.html', nav, footer: foot, body: renderMarkdownFragment(parityMarkdown(opts.parity)) }));
  for (const ch of model.chapters) {
    files.set(ch.page, pageShell({ title: `${ch.chapter} · claimcheck`, page: ch.page, nav, footer: foot, body: chapterPage(ch, parts, model.results) }));
  }
  for (const [name, content] of data) files.set(name, content);
  const broken = checkLinks(files);
  if (broken.length) throw new BrokenLinksError(broken);
  return files;
}

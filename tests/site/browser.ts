// Opens a built site in headless Chromium (Debian's, no download), offline, and reports what a
// reader would hit: console errors, requests that leave the site, broken links, unrendered math.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots go here: reports/ is not committed. */
export const ARTIFACTS = fileURLToPath(new URL('../../reports/test-artifacts/site/', import.meta.url));

export interface PageReport {
  page: string;
  errors: string[];
  /** Requests for anything but a file of the site. */
  outside: string[];
  links: string[];
  ids: string[];
  katex: number;
  /** `$…$` spans left in the visible text outside code. */
  rawMath: string[];
  /** Per claim section id: the number of inline SVG figures in it. */
  figures: Record<string, number>;
  unstableFlags: number;
}

export interface SiteReport {
  pages: PageReport[];
  /** Internal links whose file or id does not exist. */
  broken: { page: string; href: string }[];
  screenshots: string[];
}

/** Opens every page of `siteDir` offline; screenshots the pages named in `shots` (page -> png name). */
export async function openSite(siteDir: string, shots: Record<string, string> = {}): Promise<SiteReport> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const root = resolve(siteDir);
  const rootUrl = pathToFileURL(root + '/').href;
  const pages = readdirSync(root).filter((f) => f.endsWith('.html')).sort();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
    const reports: PageReport[] = [];
    const screenshots: string[] = [];
    for (const name of pages) {
      const page = await context.newPage();
      const report: PageReport = { page: name, errors: [], outside: [], links: [], ids: [], katex: 0, rawMath: [], figures: {}, unstableFlags: 0 };
      page.on('console', (m) => { if (m.type() === 'error') report.errors.push(m.text()); });
      page.on('pageerror', (e) => report.errors.push(e.message));
      page.on('requestfailed', (r) => report.errors.push(`request failed: ${r.url()}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(rootUrl) || url.startsWith('data:')) return route.continue();
        report.outside.push(url);
        return route.abort();
      });
      await page.goto(rootUrl + name, { waitUntil: 'load' });
      Object.assign(report, await page.evaluate(() => {
        const visible = document.body.cloneNode(true) as HTMLElement;
        visible.querySelectorAll('.katex, .katex-display, pre, code, svg, script, style').forEach((e) => e.remove());
        const figures: Record<string, number> = {};
        document.querySelectorAll('section.claim').forEach((s) => { figures[s.id] = s.querySelectorAll('figure.plot svg').length; });
        return {
          links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          katex: document.querySelectorAll('.katex').length,
          rawMath: (visible.textContent ?? '').match(/\$[^$\s][^$]*?\$/g) ?? [],
          figures,
          unstableFlags: document.querySelectorAll('.flag-unstable').length,
        };
      }));
      if (shots[name]) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const path = join(ARTIFACTS, shots[name]!);
        // The top of the page, up to 6000 px: a full-page shot of a long chapter would take minutes.
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 6000);
        await page.setViewportSize({ width: 1100, height });
        await page.screenshot({ path, timeout: 120_000 });
        screenshots.push(path);
      }
      reports.push(report);
      await page.close();
    }
    const ids = new Map(reports.map((r) => [r.page, new Set(r.ids)]));
    const broken: SiteReport['broken'] = [];
    for (const r of reports) {
      for (const href of r.links) {
        if (!href.startsWith(rootUrl)) { broken.push({ page: r.page, href }); continue; }
        const [file, hash] = decodeURIComponent(href.slice(rootUrl.length)).split('#') as [string, string | undefined];
        if (!existsSync(join(root, file)) || (hash && !ids.get(file)?.has(hash))) broken.push({ page: r.page, href });
      }
    }
    return { pages: reports, broken, screenshots };
  } finally {
    await browser?.close();
  }
}

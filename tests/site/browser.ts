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

/** What a reader meets after opening one sentence's evidence. */
export interface OpenedEvidence {
  /** The panel the mark points to, and the panels shown. */
  panel: string;
  visible: string[];
  text: string;
  /** The panel links a claim card of the page. */
  cardLinked: boolean;
  /** The panel shows below the mark (under its paragraph). */
  panelBelowMark: boolean;
}

export interface MarksReport {
  errors: string[];
  /** Sentence marks (first runs) in the chapter text and the not-placed list. */
  marks: number;
  /** Verdicts in the legend. */
  legend: number;
  /** Evidence panels shown before any mark is selected. */
  openAtLoad: number;
  clicked: OpenedEvidence;
  keyboard: OpenedEvidence;
  /** The page is wider than the window. */
  overflow: boolean;
}

/** Opens a chapter page offline; clicks its first mark, then on a fresh load focuses its second and presses Enter. */
export async function openChapterMarks(pagePath: string, opts: { width: number; screenshot?: string }): Promise<MarksReport> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: opts.width, height: 900 }, colorScheme: 'light', javaScriptEnabled: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(resolve(pagePath)).href;
    const shown = () => page.evaluate(() => [...document.querySelectorAll('section.evidence')].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
    const opened = async (mark: string): Promise<OpenedEvidence> => {
      const panel = (await page.getAttribute(`#${mark}`, 'href'))!.slice(1);
      return {
        panel,
        visible: await shown(),
        ...(await page.evaluate(([m, p]) => {
          const el = document.getElementById(p!)!;
          const cards = [...el.querySelectorAll('a[href^="#"]')].map((a) => document.getElementById(a.getAttribute('href')!.slice(1)));
          return {
            text: el.innerText,
            cardLinked: cards.some((c) => c?.matches('section.claim') ?? false),
            panelBelowMark: el.getBoundingClientRect().top >= document.getElementById(m!)!.getBoundingClientRect().bottom,
          };
        }, [mark, panel] as const)),
      };
    };
    await page.goto(url, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      marks: document.querySelectorAll('a.s[id^="s-"], .not-placed li[id^="s-"]').length,
      legend: document.querySelectorAll('.legend li').length,
      first: document.querySelector('article.chapter-text a.s[id]')!.id,
      second: document.querySelectorAll('article.chapter-text a.s[id]')[1]!.id,
    }));
    const openAtLoad = (await shown()).length;
    await page.click(`#${facts.first}`);
    const clicked = await opened(facts.first);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (opts.screenshot) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, opts.screenshot) });
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.focus(`#${facts.second}`);
    await page.keyboard.press('Enter');
    const keyboard = await opened(facts.second);
    return { errors, marks: facts.marks, legend: facts.legend, openAtLoad, clicked, keyboard, overflow };
  } finally {
    await browser.close();
  }
}

/** Per verdict, the WCAG contrast of a mark's text and of its icon against the mark's background (the worse stripe for faults). */
export async function markContrast(pagePath: string, scheme: 'light' | 'dark'): Promise<Record<string, { text: number; icon: number }>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(pathToFileURL(resolve(pagePath)).href, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const rgb = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]): number => {
        const [r, g, b] = c.slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: number[], b: number[]): number => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
      // A colour through a throwaway element, so var() and keywords resolve to rgb().
      const probe = document.createElement('span');
      document.body.append(probe);
      const resolveColour = (css: string): number[] => { probe.style.color = css; return rgb(getComputedStyle(probe).color); };
      const out: Record<string, { text: number; icon: number }> = {};
      for (const swatch of document.querySelectorAll<HTMLElement>('.legend .swatch')) {
        const verdict = [...swatch.classList].find((c) => c.startsWith('v-'))!.slice(2);
        const style = getComputedStyle(swatch);
        const stripes = style.backgroundImage.includes('gradient') ? ['var(--s-fault)', 'var(--s-fault-2)'].map(resolveColour) : [];
        const own = rgb(style.backgroundColor);
        const backgrounds = stripes.length ? stripes : own.length === 4 && own[3] === 0 ? [rgb(getComputedStyle(swatch.closest('.legend')!).backgroundColor)] : [own];
        const text = rgb(style.color);
        const icon = rgb(getComputedStyle(swatch.querySelector('.s-icon')!).color);
        out[verdict] = { text: Math.min(...backgrounds.map((b) => ratio(text, b))), icon: Math.min(...backgrounds.map((b) => ratio(icon, b))) };
      }
      probe.remove();
      return out;
    });
  } finally {
    await browser.close();
  }
}

// Checks a site's links before it is written: every internal link reaches a file and, if it names
// a fragment, an element with that id; nothing reaches outside (the pages work offline).

export interface BrokenLink {
  /** The page holding the link, relative to the site root. */
  page: string;
  href: string;
  why: 'no such file' | 'no such id' | 'external';
}

const ATTR = /<[a-zA-Z][^>]*?\s(?:href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'");

/** The ids of the elements of an HTML page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
}

/** The href and src values of an HTML page, decoded. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(ATTR)].map((m) => decode(m[1]!));
}

// Resolves `href` against the folder of `page` (both relative to the site root), or null if it leaves the root.
function resolvePath(page: string, path: string): string | null {
  const parts = page.split('/').slice(0, -1);
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') { if (!parts.length) return null; parts.pop(); } else parts.push(p);
  }
  return parts.join('/');
}

/** The broken links of a site given as file path (relative to its root) -> content; HTML files are scanned. */
export function checkLinks(files: ReadonlyMap<string, string>): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  for (const [path, content] of files) if (path.endsWith('.html')) ids.set(path, idsOf(content));
  const broken: BrokenLink[] = [];
  for (const [page, content] of files) {
    if (!page.endsWith('.html')) continue;
    for (const href of linksOf(content)) {
      if (href.startsWith('data:')) continue;
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) { broken.push({ page, href, why: 'external' }); continue; }
      const hash = href.indexOf('#');
      const path = hash < 0 ? href : href.slice(0, hash);
      const fragment = hash < 0 ? null : decodeURIComponent(href.slice(hash + 1));
      const target = path === '' ? page : resolvePath(page, decodeURIComponent(path));
      if (target === null || !files.has(target)) { broken.push({ page, href, why: 'no such file' }); continue; }
      if (fragment && !ids.get(target)?.has(fragment)) broken.push({ page, href, why: 'no such id' });
    }
  }
  return broken;
}

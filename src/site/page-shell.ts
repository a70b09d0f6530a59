// One self-contained page: KaTeX's stylesheet with inlined fonts, the report's and the site's CSS,
// a navigation bar, no script and no network.
import { escapeHtml, pageHead } from '../report/html.js';
import { SITE_CSS } from './site-css.js';

export interface NavLink {
  href: string;
  label: string;
}

/** Wraps a page body (HTML) with the head, the navigation and a footer. */
export function pageShell(opts: { title: string; page: string; nav: readonly NavLink[]; body: string; footer: string }): string {
  const nav = opts.nav.map((l) => `<li><a href="${escapeHtml(l.href)}"${l.href === opts.page ? ' aria-current="page"' : ''}>${escapeHtml(l.label)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
${pageHead(opts.title, SITE_CSS)}
<body>
<nav class="site" aria-label="pages"><ul>${nav}</ul></nav>
<main>
${opts.body}
</main>
<footer class="site">${opts.footer}</footer>
</body>
</html>
`;
}

// Vega-Lite spec -> self-contained SVG, at build time: the pages need no JavaScript to show a plot.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Renders a spec to SVG; every id in it gets `prefix`, so many SVGs can share one page. */
export async function renderSvg(spec: TopLevelSpec, prefix: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return uniqueIds(await view.toSVG(), prefix);
  } finally {
    view.finalize();
  }
}

/** Prefixes the SVG's ids and the references to them (clip paths, gradients). */
export function uniqueIds(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${prefix}-${id}"`);
}

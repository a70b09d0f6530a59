// How a sentence's verdict shows on the chapter page: a colour (chapter-css.ts), an icon and a word,
// so no reader depends on colour alone; and the legend with the page's counts.
import { VERDICTS, type Verdict } from '../../results/schema.js';
import { escapeHtml } from '../site-markdown.js';

export const VERDICT_LOOK: Record<Verdict, { icon: string; word: string; means: string }> = {
  supported: { icon: '✓', word: 'supported', means: 'every primary reading held' },
  refuted: { icon: '✗', word: 'refuted', means: 'a finding: the text is wrong as meant' },
  qualified: { icon: '◐', word: 'qualified', means: 'a finding: true only under a narrower condition' },
  inconclusive: { icon: '?', word: 'inconclusive', means: 'the budget could not decide' },
  'not-checkable': { icon: '○', word: 'not checkable', means: 'an opinion or a fact no computation here reaches' },
  error: { icon: '⚠', word: 'error', means: 'a fault of the suite, not of the text' },
  stale: { icon: '⊘', word: 'stale', means: 'the claim no longer matches the text' },
};

/** The classes of a mark (and of its legend swatch) for a verdict. */
export const markClass = (v: Verdict): string => `s v-${v}`;

/** The legend: one swatch per verdict with its icon, meaning and how many sentences of the page have it. */
export function legend(verdicts: readonly Verdict[]): string {
  const count = (v: Verdict): number => verdicts.filter((x) => x === v).length;
  const items = VERDICTS.map((v) => {
    const look = VERDICT_LOOK[v];
    return `<li><span class="${markClass(v)} swatch">${escapeHtml(look.word)}<span class="s-icon" aria-hidden="true">${look.icon}</span></span> <span class="legend-count">${count(v)}</span> <span class="legend-means">${escapeHtml(look.means)}</span></li>`;
  });
  return `<div class="legend" role="note" aria-label="verdict legend"><p><strong>${verdicts.length} claimed sentence(s)</strong>, each marked by its verdict (the worst among its assertions' primary readings); unclaimed text is plain. Select a mark (click, or Tab then Enter) to open its evidence.</p><ul>${items.join('')}</ul></div>`;
}

// The blocks of a Markdown source as raw ranges: markdown-it (with the report's math plugin) finds
// the blocks and their line ranges; each content line is then aligned back to the raw text.
import markdownItFactory, { type MarkdownIt, type Token } from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import { lineEnd, lineText, type RawLines } from './raw-lines.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table-cell' | 'caption' | 'math';

export interface Block {
  readonly kind: BlockKind;
  /** Enclosing headings' raw text, outermost first; a heading's own path ends with itself. */
  readonly headingPath: readonly string[];
  /** The raw [start, end) of the block's content on each of its lines, container markers excluded. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
}

// The plugin is CommonJS with `exports.default`; Node's ESM import hands us the exports object.
type Plugin = (md: MarkdownIt, options?: object) => void;
const katex = ((katexPlugin as unknown as { default?: Plugin }).default ?? katexPlugin) as Plugin;

let parser: MarkdownIt | null = null;
// The report's configuration, so a block here is a block there; `$$` lines interrupt paragraphs.
const markdownIt = (): MarkdownIt => (parser ??= markdownItFactory({ html: false, linkify: false, typographer: false }).use(katex));

const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The source with a leading front-matter block blanked, line for line, so markdown-it's line numbers still hold. */
export function withoutFrontmatter(text: string): string {
  const m = FRONTMATTER.exec(text);
  return m ? m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length) : text;
}

/** Aligns markdown-it's block content (container markers and indentation stripped) to raw lines. */
function alignContent(lines: RawLines, firstLine: number, content: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  content.split('\n').forEach((part, i) => {
    const c = part.trim();
    if (!c) return;
    const line = firstLine + i;
    const start = lines.starts[line];
    if (start === undefined) return;
    const raw = lineText(lines, line);
    const r = raw.trimEnd();
    if (r.endsWith(c)) spans.push([start + r.length - c.length, start + r.length]);
    else if (raw.includes(c)) spans.push([start + raw.indexOf(c), start + raw.indexOf(c) + c.length]);
    else spans.push([start + raw.length - raw.trimStart().length, start + r.length]); // tabs or entities: take the line
  });
  return spans;
}

/** A display-math block: from its first `$$` to its last, over the lines markdown-it gave it. */
function mathSpan(lines: RawLines, map: [number, number]): [number, number] | null {
  const from = lines.starts[map[0]];
  if (from === undefined) return null;
  const to = lineEnd(lines, Math.min(map[1], lines.starts.length) - 1);
  const body = lines.text.slice(from, to);
  const open = body.indexOf('$$');
  const close = body.lastIndexOf('$$');
  if (open !== -1 && close > open) return [from + open, from + close + 2];
  const trimmed = body.trim();
  return trimmed ? [from + body.indexOf(trimmed), from + body.indexOf(trimmed) + trimmed.length] : null;
}

const isBlank = (t: Token): boolean => t.type === 'softbreak' || t.type === 'hardbreak' || (t.type === 'text' && !t.content.trim());
const isFigure = (inline: Token): boolean =>
  (inline.children ?? []).some((c) => c.type === 'image') && (inline.children ?? []).every((c) => c.type === 'image' || isBlank(c));
const hasImage = (inline: Token): boolean => (inline.children ?? []).some((c) => c.type === 'image');

/**
 * The blocks of `lines.text` in source order. Skipped: front matter, image-only paragraphs (figures),
 * code, rules and HTML. A paragraph right after a figure, or holding an image, is a caption.
 */
export function findBlocks(lines: RawLines): Block[] {
  const tokens = markdownIt().parse(withoutFrontmatter(lines.text), {});
  const blocks: Block[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  const containers: BlockKind[] = [];
  const path = (): string[] => headings.map((h) => h.text);
  let afterFigure = false;
  let row: { line: number; cursor: number } | null = null;

  const push = (kind: BlockKind, spans: Array<[number, number]>): void => {
    if (spans.length) blocks.push({ kind, headingPath: path(), spans });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inline = tokens[i + 1];
    switch (t.type) {
      case 'heading_open': {
        if (!inline?.map) break;
        const spans = alignContent(lines, inline.map[0], inline.content);
        const level = Number(t.tag.slice(1));
        while (headings.length && headings.at(-1)!.level >= level) headings.pop();
        if (spans.length) headings.push({ level, text: lines.text.slice(spans[0]![0], spans.at(-1)![1]) });
        push('heading', spans);
        afterFigure = false;
        break;
      }
      case 'paragraph_open': {
        if (!inline?.map) break;
        if (isFigure(inline)) {
          afterFigure = true;
          break;
        }
        const kind = afterFigure || hasImage(inline) ? 'caption' : containers.at(-1) ?? 'paragraph';
        push(kind, alignContent(lines, inline.map[0], inline.content));
        afterFigure = false;
        break;
      }
      case 'math_block': {
        const span = t.map ? mathSpan(lines, t.map) : null;
        if (span) push('math', [span]);
        afterFigure = false;
        break;
      }
      case 'list_item_open':
        containers.push('list-item');
        break;
      case 'blockquote_open':
        containers.push('blockquote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'tr_open':
        if (t.map) row = { line: t.map[0], cursor: 0 };
        afterFigure = false;
        break;
      case 'th_open':
      case 'td_open': {
        const c = inline?.content.trim() ?? '';
        const start = row ? lines.starts[row.line] : undefined;
        if (!row || !c || start === undefined) break;
        const at = lineText(lines, row.line).indexOf(c, row.cursor);
        if (at === -1) break;
        row.cursor = at + c.length;
        push('table-cell', [[start + at, start + at + c.length]]);
        break;
      }
      case 'fence':
      case 'code_block':
      case 'hr':
      case 'html_block':
        afterFigure = false;
        break;
      default:
        break;
    }
  }
  return blocks;
}

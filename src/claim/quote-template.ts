// Quote templates: a claim's quote may hold typed slots, `{name:type}`, whose values the engine reads
// from the current source at run time. The words around the slots anchor the claim; the numbers and
// signs in the slots are the text's, so an author who corrects one does not make the claim stale.
// A choice slot, `{name:one|other}`, is a word the claim is about and a correction may change: the
// check reads which of the listed words the text now writes, and judges that one.

export const SLOT_TYPES = ['int', 'number', 'percent', 'rel', 'choice'] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

/** A relation sign as the text writes it, normalised; `missing` when the sign was lost. */
export type Relation = '<' | '>' | '\\le' | '\\ge' | 'missing';

/** One slot's value as read from the source. */
export interface SlotValue {
  type: SlotType;
  /** int, number: the number; percent: the fraction (95% is 0.95); choice: the option's index; rel: NaN. */
  value: number;
  /** rel only. */
  relation?: Relation;
  /** The characters matched, as the source writes them (`15,139`, `95\%`, `\le`, '' for a missing sign, a choice's option). */
  written: string;
}

export type SlotValues = Readonly<Record<string, SlotValue>>;

// A type (lowercase letters), or a choice: two or more options separated by `|`, none holding a brace.
const SLOT = /\{([A-Za-z_][A-Za-z0-9_]*):([a-z]+|[^{}]*\|[^{}]*)\}/g;

// Digits are never split: a slot's number starts and ends at a number's edge.
const EDGE_BEFORE = String.raw`(?<![\d.,])`;
const EDGE_AFTER = String.raw`(?![\d]|[.,]\d)`;
const INT = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DECIMAL = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+`;
const PATTERN: Record<Exclude<SlotType, 'choice'>, string> = {
  int: `${EDGE_BEFORE}(?:${INT})${EDGE_AFTER}`,
  number: `${EDGE_BEFORE}(?:${DECIMAL})${EDGE_AFTER}`,
  percent: `${EDGE_BEFORE}(?:${DECIMAL})\\s*(?:\\\\%|%|％)`,
  // Optional: a lost sign reads as 'missing', so restoring it is an edit of the slot, not of the words.
  rel: String.raw`(?:\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|\\leqslant|\\geqslant|<|>|≤|≥|&lt;|&gt;)?`,
};

export class QuoteTemplateError extends Error {
  override name = 'QuoteTemplateError';
}

type Part = { literal: string } | { slot: string; type: SlotType; options?: readonly string[] };

/** A quote split into literal text and slots; a quote with no slot is a single literal. */
export interface QuoteTemplate {
  readonly quote: string;
  readonly parts: readonly Part[];
  readonly slots: readonly { name: string; type: SlotType; options?: readonly string[] }[];
}

const isSlotType = (t: string): t is SlotType => (SLOT_TYPES as readonly string[]).includes(t);

function choiceOptions(name: string, list: string): string[] {
  const options = list.split('|');
  if (options.some((o) => o.trim() === '')) throw new QuoteTemplateError(`choice slot {${name}:${list}} has an empty option; write {${name}:one|other}`);
  const twice = options.find((o, i) => options.indexOf(o) !== i);
  if (twice !== undefined) throw new QuoteTemplateError(`choice slot {${name}:${list}} lists «${twice}» twice`);
  return options;
}

/** Parses `{name:type}` and `{name:one|other}` slots; throws a QuoteTemplateError for an unknown type, a bad choice or a repeated name. */
export function parseQuoteTemplate(quote: string): QuoteTemplate {
  const parts: Part[] = [];
  const slots: { name: string; type: SlotType; options?: readonly string[] }[] = [];
  let last = 0;
  for (const m of quote.matchAll(SLOT)) {
    const [whole, name, spec] = m as unknown as [string, string, string];
    const options = spec.includes('|') ? choiceOptions(name, spec) : undefined;
    const type = options ? 'choice' : spec;
    if (!isSlotType(type) || (type === 'choice' && !options)) throw new QuoteTemplateError(`slot {${name}:${spec}} has an unknown type; use one of ${SLOT_TYPES.filter((t) => t !== 'choice').join(', ')}, or list the words it may be: {${name}:one|other}`);
    if (slots.some((s) => s.name === name)) throw new QuoteTemplateError(`slot name ${name} is used twice`);
    if (m.index! > last) parts.push({ literal: quote.slice(last, m.index) });
    parts.push({ slot: name, type, ...(options ? { options } : {}) });
    slots.push({ name, type, ...(options ? { options } : {}) });
    last = m.index! + whole.length;
  }
  if (last < quote.length) parts.push({ literal: quote.slice(last) });
  return { quote, parts, slots };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string): string => s.split(/\s+/).map(escape).join('\\s*');

// The longest option first, so an option that begins another never cuts it short.
const slotPattern = (p: Extract<Part, { slot: string }>): string => (p.type === 'choice'
  ? [...p.options!].sort((a, b) => b.length - a.length).map(words).join('|')
  : PATTERN[p.type]);

/** The template as a regular expression: literal runs of whitespace match any (or no) whitespace. */
function templateRegExp(t: QuoteTemplate): RegExp {
  const source = t.parts.map((p) => ('literal' in p ? words(p.literal) : `(?<${p.slot}>${slotPattern(p)})`)).join('');
  return new RegExp(source, 'gd');
}

function relationOf(written: string): Relation {
  if (written === '') return 'missing';
  if (written === '<' || written === '&lt;') return '<';
  if (written === '>' || written === '&gt;') return '>';
  return written.startsWith('\\l') || written === '≤' ? '\\le' : '\\ge';
}

function readSlot({ type, options }: { type: SlotType; options?: readonly string[] }, written: string): SlotValue {
  if (type === 'choice') return { type, value: options!.findIndex((o) => o.replace(/\s+/g, '') === written.replace(/\s+/g, '')), written };
  if (type === 'rel') return { type, value: Number.NaN, relation: relationOf(written), written };
  const digits = written.replace(/\\?%|％/, '').replace(/,/g, '').trim();
  const n = Number(digits);
  return { type, value: type === 'percent' ? n / 100 : n, written };
}

/** Where a quote (plain or templated) matches a source: each match's span and slot values. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** The source's characters at the match: what the quote currently is. */
  text: string;
  slots: SlotValues;
  /** Each slot's offsets in the text, end exclusive: where a correction of that value edits. */
  spans: Readonly<Record<string, readonly [number, number]>>;
}

// Markup a copy-edit may change without changing a word the reader sees: a link's brackets and
// target (`[神经网](@entry_id:1)络` and `[神经网络](@entry_id:1)` both read 神经网络) and bold marks.
const MARKUP = /\[([^\]\n]*)\]\(@[a-z_]+:\d+\)|\*\*/g;

/** The text as the reader sees it, with the source offset of each of its characters. */
export function visibleText(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  const copy = (from: number, to: number) => { out += text.slice(from, to); for (let i = from; i < to; i++) at.push(i); };
  let last = 0;
  for (const m of text.matchAll(MARKUP)) {
    copy(last, m.index);
    if (m[1] !== undefined) copy(m.index + 1, m.index + 1 + m[1].length);
    last = m.index + m[0].length;
  }
  copy(last, text.length);
  return { text: out, at };
}

/**
 * Matches of the quote in the text, up to `limit`; a plain quote counts overlapping occurrences.
 * A quote that occurs nowhere as written is looked for in the text as the reader sees it (link
 * markup and bold marks left out, on both sides), so a copy-edit of a link or of emphasis inside
 * the quoted sentence does not unanchor its claims. Digits and words must still match exactly.
 */
export function matchQuote(text: string, quote: string, limit = Infinity): QuoteMatch[] {
  const exact = matchWritten(text, quote, limit);
  if (exact.length || !quote) return exact;
  const seen = visibleText(text);
  const words = visibleText(quote).text;
  if (seen.text === text && words === quote) return exact;
  const toSource = (i: number, end: boolean) => (end ? (i === 0 ? seen.at[0] ?? 0 : seen.at[i - 1]! + 1) : seen.at[i] ?? text.length);
  return matchWritten(seen.text, words, limit).map((m) => {
    const [start, end] = [toSource(m.start, false), toSource(m.end, true)];
    const spans = Object.fromEntries(Object.entries(m.spans).map(([k, [a, b]]) => [k, [toSource(a, false), b > a ? toSource(b, true) : toSource(a, false)] as const]));
    return { ...m, start, end, text: text.slice(start, end), spans };
  });
}

function matchWritten(text: string, quote: string, limit: number): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  if (!quote) return out;
  const t = parseQuoteTemplate(quote);
  if (!t.slots.length) {
    for (let at = text.indexOf(quote); at !== -1 && out.length < limit; at = text.indexOf(quote, at + 1)) {
      out.push({ start: at, end: at + quote.length, text: quote, slots: {}, spans: {} });
    }
    return out;
  }
  for (const m of text.matchAll(templateRegExp(t))) {
    if (out.length >= limit) break;
    const slots: Record<string, SlotValue> = {};
    const spans: Record<string, readonly [number, number]> = {};
    for (const s of t.slots) {
      slots[s.name] = readSlot(s, m.groups?.[s.name] ?? '');
      spans[s.name] = m.indices?.groups?.[s.name] ?? [m.index!, m.index!];
    }
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], slots, spans });
  }
  return out;
}

/** The template's words without its slots: what the nearest-text search compares with the source. */
export function templateWords(quote: string): string {
  return parseQuoteTemplate(quote).parts.map((p) => ('literal' in p ? p.literal : ' ')).join('').trim();
}

const REL_WORDS: Record<Relation, string> = { '<': '<', '>': '>', '\\le': '≤', '\\ge': '≥', missing: '(no sign)' };

/** How a slot reads in an English statement: ints grouped (15,139), percents as written, signs as symbols, a choice's word as written. */
export function formatSlot(v: SlotValue): string {
  if (v.type === 'rel') return REL_WORDS[v.relation!];
  if (v.type === 'choice') return v.written;
  if (v.type === 'percent') return `${v.written.replace(/\\?%|％/, '').trim()}%`;
  if (v.type === 'int') return v.value.toLocaleString('en-US');
  return String(v.value);
}

/** The quote as the source reads with these slot values, some replaced by `edits` (name -> text): a correction's sentence. */
export function writeQuote(quote: string, slots: SlotValues, edits: Readonly<Record<string, string>> = {}): string {
  return quote.replace(SLOT, (whole, name: string) => edits[name] ?? slots[name]?.written ?? whole);
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Replaces `{name}` by the slot's value; braces that name no slot stay as they are. */
export function interpolate(text: string, slots: SlotValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(slots, name) ? formatSlot(slots[name]!) : whole));
}

/** The `{name}` placeholders of a text that name none of the given slots: misspelt references. */
export function unknownPlaceholders(text: string, names: readonly string[]): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((n) => !names.includes(n));
}

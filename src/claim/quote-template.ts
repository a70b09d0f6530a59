// Quote templates: a claim's quote may hold typed slots, `{name:type}`, whose values the engine reads
// from the current source at run time. The words around the slots anchor the claim; the numbers and
// signs in the slots are the text's, so an author who corrects one does not make the claim stale.

export const SLOT_TYPES = ['int', 'number', 'percent', 'rel'] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

/** A relation sign as the text writes it, normalised; `missing` when the sign was lost. */
export type Relation = '<' | '>' | '\\le' | '\\ge' | 'missing';

/** One slot's value as read from the source. */
export interface SlotValue {
  type: SlotType;
  /** int, number: the number; percent: the fraction (95% is 0.95); rel: NaN. */
  value: number;
  /** rel only. */
  relation?: Relation;
  /** The characters matched, as the source writes them (`15,139`, `95\%`, `\le`, or '' for a missing sign). */
  written: string;
}

export type SlotValues = Readonly<Record<string, SlotValue>>;

const SLOT = /\{([A-Za-z_][A-Za-z0-9_]*):([a-z]+)\}/g;

// Digits are never split: a slot's number starts and ends at a number's edge.
const EDGE_BEFORE = String.raw`(?<![\d.,])`;
const EDGE_AFTER = String.raw`(?![\d]|[.,]\d)`;
const INT = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DECIMAL = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+`;
const PATTERN: Record<SlotType, string> = {
  int: `${EDGE_BEFORE}(?:${INT})${EDGE_AFTER}`,
  number: `${EDGE_BEFORE}(?:${DECIMAL})${EDGE_AFTER}`,
  percent: `${EDGE_BEFORE}(?:${DECIMAL})\\s*(?:\\\\%|%|％)`,
  // Optional: a lost sign reads as 'missing', so restoring it is an edit of the slot, not of the words.
  rel: String.raw`(?:\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|\\leqslant|\\geqslant|<|>|≤|≥|&lt;|&gt;)?`,
};

export class QuoteTemplateError extends Error {
  override name = 'QuoteTemplateError';
}

type Part = { literal: string } | { slot: string; type: SlotType };

/** A quote split into literal text and slots; a quote with no slot is a single literal. */
export interface QuoteTemplate {
  readonly quote: string;
  readonly parts: readonly Part[];
  readonly slots: readonly { name: string; type: SlotType }[];
}

const isSlotType = (t: string): t is SlotType => (SLOT_TYPES as readonly string[]).includes(t);

/** Parses `{name:type}` slots; throws a QuoteTemplateError for an unknown type or a repeated name. */
export function parseQuoteTemplate(quote: string): QuoteTemplate {
  const parts: Part[] = [];
  const slots: { name: string; type: SlotType }[] = [];
  let last = 0;
  for (const m of quote.matchAll(SLOT)) {
    const [whole, name, type] = m as unknown as [string, string, string];
    if (!isSlotType(type)) throw new QuoteTemplateError(`slot {${name}:${type}} has an unknown type; use one of ${SLOT_TYPES.join(', ')}`);
    if (slots.some((s) => s.name === name)) throw new QuoteTemplateError(`slot name ${name} is used twice`);
    if (m.index! > last) parts.push({ literal: quote.slice(last, m.index) });
    parts.push({ slot: name, type });
    slots.push({ name, type });
    last = m.index! + whole.length;
  }
  if (last < quote.length) parts.push({ literal: quote.slice(last) });
  return { quote, parts, slots };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The template as a regular expression: literal runs of whitespace match any (or no) whitespace. */
function templateRegExp(t: QuoteTemplate): RegExp {
  const source = t.parts.map((p) => ('literal' in p
    ? p.literal.split(/\s+/).map(escape).join('\\s*')
    : `(?<${p.slot}>${PATTERN[p.type]})`)).join('');
  return new RegExp(source, 'gd');
}

function relationOf(written: string): Relation {
  if (written === '') return 'missing';
  if (written === '<' || written === '&lt;') return '<';
  if (written === '>' || written === '&gt;') return '>';
  return written.startsWith('\\l') || written === '≤' ? '\\le' : '\\ge';
}

function readSlot(type: SlotType, written: string): SlotValue {
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

/** Matches of the quote in the text, up to `limit`; a plain quote counts overlapping occurrences. */
export function matchQuote(text: string, quote: string, limit = Infinity): QuoteMatch[] {
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
      slots[s.name] = readSlot(s.type, m.groups?.[s.name] ?? '');
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

/** How a slot reads in an English statement: ints grouped (15,139), percents as written, signs as symbols. */
export function formatSlot(v: SlotValue): string {
  if (v.type === 'rel') return REL_WORDS[v.relation!];
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

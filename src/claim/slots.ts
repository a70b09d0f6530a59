// What a check sees of its quote's slots: typed readers that fail loudly on a misnamed or mistyped slot.
import type { Relation, SlotType, SlotValues } from './quote-template.js';

/** The values the engine read from the claim's quote template in the current source. */
export interface Slots {
  /** An integer slot (`{name:int}`), thousands separators removed. */
  int(name: string): number;
  /** A decimal slot (`{name:number}`). */
  number(name: string): number;
  /** A percent slot (`{name:percent}`) as a fraction: 95% is 0.95. */
  percent(name: string): number;
  /** A relation slot (`{name:rel}`): `<`, `>`, `\le`, `\ge`, or `missing` when the text lost its sign. */
  rel(name: string): Relation;
  /** A choice slot (`{name:one|other}`): the option the text now writes (its characters as the source has them). */
  choice(name: string): string;
  /** Every slot's value, for records and corrections. */
  readonly values: SlotValues;
}

export class SlotError extends Error {
  override name = 'SlotError';
}

export function createSlots(values: SlotValues): Slots {
  const read = (name: string, type: SlotType) => {
    const v = values[name];
    if (!v) throw new SlotError(`the quote has no slot {${name}:${type}}${Object.keys(values).length ? ` (its slots: ${Object.keys(values).join(', ')})` : ''}`);
    if (v.type !== type) throw new SlotError(`slot ${name} is {${name}:${v.type}}, read as ${type}`);
    return v;
  };
  return {
    int: (name) => read(name, 'int').value,
    number: (name) => read(name, 'number').value,
    percent: (name) => read(name, 'percent').value,
    rel: (name) => read(name, 'rel').relation!,
    choice: (name) => read(name, 'choice').written,
    values,
  };
}

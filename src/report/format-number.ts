// One number style for every report: integers whole, the rest to 4 significant digits.

/** Formats a measured or asserted figure; null is a dash, infinities are signed ∞. */
export function formatNumber(x: number | null): string {
  if (x === null) return '—';
  if (x === Infinity) return '+∞';
  if (x === -Infinity) return '−∞';
  if (Number.isNaN(x)) return 'NaN';
  if (Number.isInteger(x)) return String(x);
  return x.toPrecision(4);
}

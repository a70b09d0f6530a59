// Spearman's rank correlation, shared by the experiments that ask whether one measurement rises
// with another across runs.

/** Ranks from 0, ties sharing their average rank. */
function ranks(v: readonly number[]): number[] {
  const order = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(v.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation (average ranks for ties); 0 when either list is constant (no ordering to follow). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`spearman needs lists of equal length, got ${a.length} and ${b.length}`);
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let [sab, saa, sbb] = [0, 0, 0];
  for (let i = 0; i < ra.length; i++) { sab += (ra[i]! - ma) * (rb[i]! - mb); saa += (ra[i]! - ma) ** 2; sbb += (rb[i]! - mb) ** 2; }
  return saa * sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

// Critical points of a function sampled on a regular 2-D grid: strict local minima (below all eight
// neighbours) and saddles (the signs of neighbour - centre change at least four times around the
// ring of eight neighbours: two ascending and two descending sectors), interior points only.

export interface GridPoint {
  i: number;
  j: number;
  value: number;
}

const RING = [[-1, -1], [-1, 0], [-1, 1], [0, 1], [1, 1], [1, 0], [1, -1], [0, -1]] as const;

/** The interior local minima and saddles of values[i][j] (rows of equal length, at least 3 x 3). */
export function gridCriticalPoints(values: readonly (readonly number[])[]): { minima: GridPoint[]; saddles: GridPoint[] } {
  const n = values.length;
  const m = values[0]?.length ?? 0;
  if (n < 3 || m < 3 || values.some((r) => r.length !== m)) throw new Error('gridCriticalPoints needs a rectangular grid of at least 3 x 3');
  const minima: GridPoint[] = [];
  const saddles: GridPoint[] = [];
  for (let i = 1; i < n - 1; i++) {
    for (let j = 1; j < m - 1; j++) {
      const value = values[i]![j]!;
      const d = RING.map(([a, b]) => Math.sign(values[i + a]![j + b]! - value));
      if (d.every((s) => s > 0)) minima.push({ i, j, value });
      let changes = 0;
      for (let k = 0; k < 8; k++) if (d[k] !== d[(k + 1) % 8]) changes++;
      if (changes >= 4 && d.every((s) => s !== 0)) saddles.push({ i, j, value });
    }
  }
  return { minima, saddles };
}

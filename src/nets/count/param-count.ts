// Parameter counts of dense stacks from layer sizes alone: no tensors.

/** Parameters of a dense stack with sizes [input, hidden..., output]: sum of fanIn*fanOut (+ fanOut biases). */
export function denseParamCount(sizes: readonly number[], opts: { bias?: boolean } = {}): number {
  const bias = opts.bias ?? true;
  let total = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const [fanIn, fanOut] = [sizes[l]!, sizes[l + 1]!];
    if (!Number.isInteger(fanIn) || !Number.isInteger(fanOut) || fanIn < 1 || fanOut < 1) throw new Error(`layer sizes must be positive integers, got ${fanIn} -> ${fanOut}`);
    total += fanIn * fanOut + (bias ? fanOut : 0);
  }
  return total;
}

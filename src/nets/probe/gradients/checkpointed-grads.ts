// Gradient checkpointing: back-propagation that keeps only every k-th activation from the forward
// pass and recomputes each segment's activations when the backward pass reaches it.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../../backend/tf.js';
import type { Mlp } from '../../base/mlp.js';
import { applyLayer } from '../activation-memory.js';

/**
 * d sum(mlp(x) * r) / dW_l for every weight matrix (the same quantity as `weightGradients`), keeping only
 * the inputs of segments of `segment` layers during the forward pass (x and about L/segment more
 * activations) and recomputing each segment under tf.grads when the backward pass reaches it.
 */
export function checkpointedGradients(tf: Tf, mlp: Mlp, x: Tensor2D, r: Tensor2D, segment: number): Tensor2D[] {
  const L = mlp.weights.length;
  if (!(Number.isInteger(segment) && segment >= 1)) throw new Error(`segment must be a positive integer, got ${segment}`);
  const starts: number[] = [];
  for (let s = 0; s < L; s += segment) starts.push(s);
  // Forward: keep only the input of every segment.
  const kept: Tensor2D[] = [x];
  for (let i = 1; i < starts.length; i++) {
    let h = kept[i - 1]!;
    for (let l = starts[i - 1]!; l < starts[i]!; l++) {
      const next = applyLayer(tf, mlp, l, h);
      if (h !== kept[i - 1]) h.dispose();
      h = next;
    }
    kept.push(h);
  }
  // Backward: recompute each segment from its kept input and back-propagate the incoming gradient dy.
  const grads: Tensor2D[] = new Array<Tensor2D>(L);
  let dy: Tensor2D = r.clone();
  try {
    for (let i = starts.length - 1; i >= 0; i--) {
      const [from, to] = [starts[i]!, Math.min(L, (starts[i + 1] ?? L))];
      const segmentFn = (h0: Tensor, ...ws: Tensor[]) => {
        let h = h0 as Tensor2D;
        for (let l = from; l < to; l++) h = applyLayer(tf, mlp, l, h, ws[l - from] as Tensor2D);
        return h;
      };
      const gs = tf.grads(segmentFn)([kept[i]!, ...mlp.weights.slice(from, to)], dy) as Tensor2D[];
      gs.slice(1).forEach((g, k) => { grads[from + k] = g; });
      dy.dispose();
      dy = gs[0]!;
      if (i > 0) kept[i]!.dispose();
    }
    return grads;
  } finally {
    dy.dispose();
  }
}

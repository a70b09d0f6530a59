// tfjs-wasm runs BatchMatMul through XNNPACK only when no operand is transposed; with a
// transposed operand (every matmul gradient) a scalar loop 12-22x slower runs instead.
// Materialising the transpose first with the Transpose kernel keeps every caller on XNNPACK.
//
// XNNPACK packs the right operand as a layer's weights, and caches the packing per tensor, so
// a fresh right operand costs ~5 ns an element on top of the product; a transpose costs ~1-4 ns
// an element. C = op(A)·op(B) can also be computed as (op(B)^T·op(A)^T)^T, which packs op(A)
// instead of op(B): for the input gradient of a dense layer (a short batch of gradients times
// W^T) or the weight gradient of a wide first layer (X^T·dZ) that is 1.3-2x faster. The kernel
// takes whichever orientation moves and packs fewer elements.
import * as tf from '@tensorflow/tfjs';

type KernelArgs = Parameters<tf.KernelFunc>[0];

// Per element, measured on this machine (wasm 4.22): a transpose ~1-4 ns, packing a fresh right operand ~5 ns.
const TRANSPOSE_NS = 2;
const PACK_NS = 5;

const batchOf = (shape: readonly number[]): number => shape.slice(0, -2).reduce((p, d) => p * d, 1);

/** For C = op(A)·op(B) with op(A): m x k and op(B): k x n, whether (op(B)^T·op(A)^T)^T costs less in transposes and packing. */
export function swapIsCheaper(m: number, k: number, n: number, transposeA: boolean, transposeB: boolean): boolean {
  const direct = TRANSPOSE_NS * ((transposeA ? k * m : 0) + (transposeB ? k * n : 0)) + PACK_NS * k * n;
  const swapped = TRANSPOSE_NS * ((transposeB ? 0 : k * n) + (transposeA ? 0 : k * m) + m * n) + PACK_NS * k * m;
  return swapped < direct;
}

/** Re-registers the wasm BatchMatMul kernel so transposed operands are transposed first, in the cheaper orientation. */
export function patchWasmBatchMatMul(): void {
  const original = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (!original || !transpose || (original as { patched?: boolean }).patched) return;
  const kernelFunc = (args: KernelArgs) => {
    const { inputs, backend, attrs } = args;
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    if (!transposeA && !transposeB) return original.kernelFunc(args);
    const temps: tf.TensorInfo[] = [];
    const flip = (x: tf.TensorInfo): tf.TensorInfo => {
      const perm = x.shape.map((_, i) => i);
      [perm[perm.length - 2], perm[perm.length - 1]] = [perm[perm.length - 1]!, perm[perm.length - 2]!];
      return transpose.kernelFunc({ inputs: { x }, backend, attrs: { perm } }) as tf.TensorInfo;
    };
    const temp = (x: tf.TensorInfo): tf.TensorInfo => (temps.push(x), x);
    const product = (a: tf.TensorInfo, b: tf.TensorInfo) =>
      original.kernelFunc({ inputs: { ...inputs, a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } }) as tf.TensorInfo;
    const [a, b] = [inputs.a!, inputs.b!];
    const [ra0, ra1] = a.shape.slice(-2) as [number, number];
    const [rb0, rb1] = b.shape.slice(-2) as [number, number];
    const [m, k] = transposeA ? [ra1, ra0] : [ra0, ra1];
    const n = transposeB ? rb0 : rb1;
    let out: tf.TensorInfo;
    // Batched products never reach XNNPACK; only single 2-D products (batch 1) are worth swapping.
    if (a.shape.length === b.shape.length && batchOf(a.shape) === 1 && batchOf(b.shape) === 1 && swapIsCheaper(m, k, n, transposeA, transposeB)) {
      out = flip(temp(product(transposeB ? b : temp(flip(b)), transposeA ? a : temp(flip(a)))));
    } else {
      out = product(transposeA ? temp(flip(a)) : a, transposeB ? temp(flip(b)) : b);
    }
    for (const t of temps) (backend as tf.KernelBackend).disposeData(t.dataId);
    return out;
  };
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({ ...original, kernelFunc, patched: true } as tf.KernelConfig);
}

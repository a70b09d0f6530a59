// tfjs-wasm runs BatchMatMul through XNNPACK only when no operand is transposed; with a
// transposed operand (every matmul gradient) a scalar loop 12-22x slower runs instead.
// Materialising the transpose first with the Transpose kernel keeps every caller on XNNPACK.
import * as tf from '@tensorflow/tfjs';

type KernelArgs = Parameters<tf.KernelFunc>[0];

/** Re-registers the wasm BatchMatMul kernel so transposed operands are transposed first. */
export function patchWasmBatchMatMul(): void {
  const original = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (!original || !transpose || (original as { patched?: boolean }).patched) return;
  const kernelFunc = ({ inputs, backend, attrs }: KernelArgs) => {
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    const temps: tf.TensorInfo[] = [];
    const flip = (x: tf.TensorInfo): tf.TensorInfo => {
      const perm = x.shape.map((_, i) => i);
      [perm[perm.length - 2], perm[perm.length - 1]] = [perm[perm.length - 1]!, perm[perm.length - 2]!];
      const t = transpose.kernelFunc({ inputs: { x }, backend, attrs: { perm } }) as tf.TensorInfo;
      temps.push(t);
      return t;
    };
    const a = transposeA ? flip(inputs.a!) : inputs.a!;
    const b = transposeB ? flip(inputs.b!) : inputs.b!;
    const out = original.kernelFunc({ inputs: { ...inputs, a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
    for (const t of temps) (backend as tf.KernelBackend).disposeData(t.dataId);
    return out;
  };
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({ ...original, kernelFunc, patched: true } as tf.KernelConfig);
}

// tfjs-wasm's Pow kernel runs a general broadcasting loop at ~34 ns an element, and tf.norm
// squares through it (sqrt(sum(pow(|x|, 2)))): a 64 x 256 norm cost more than the matmul that made
// its input. x^2 is exact either way (powf(x, 2) is x * x correctly rounded), so squaring with
// the Square kernel gives the same numbers ~10x faster.
import * as tf from '@tensorflow/tfjs';

type KernelArgs = Parameters<tf.KernelFunc>[0];

/** Re-registers the wasm Pow kernel so a float32 tensor raised to a scalar 2 is squared by the Square kernel. */
export function patchWasmPowSquare(): void {
  const original = tf.getKernel('Pow', 'wasm');
  const square = tf.getKernel('Square', 'wasm');
  if (!original || !square || (original as { patched?: boolean }).patched) return;
  const kernelFunc = (args: KernelArgs) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const scalarExponent = b.dtype === 'float32' && a.dtype === 'float32' && b.shape.length <= a.shape.length && b.shape.every((d) => d === 1);
    if (scalarExponent && (args.backend as tf.KernelBackend).readSync(b.dataId)[0] === 2) {
      return square.kernelFunc({ inputs: { x: a }, backend: args.backend, attrs: {} });
    }
    return original.kernelFunc(args);
  };
  tf.unregisterKernel('Pow', 'wasm');
  tf.registerKernel({ ...original, kernelFunc, patched: true } as tf.KernelConfig);
}

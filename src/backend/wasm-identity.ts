// tfjs-wasm's Identity kernel copies its input, and so does Cast to the same dtype: the engine
// clones every tensor a gradient saves for the backward pass, and softmax cross-entropy and the
// ReLU gradient cast float32 to float32, so a full-batch step of a 40-128-128-10 net on 2,000
// rows copied ~20 buffers (about 1 ms of a 22 ms step). Sharing the buffer, as tfjs-wasm's own
// Reshape and the cpu backend's Identity do, gives the same values: no kernel writes into its
// inputs. tf.memory().numBytes counts per tensor, so memory measurements do not move either.
import * as tf from '@tensorflow/tfjs';

type KernelArgs = Parameters<tf.KernelFunc>[0];

/** Re-registers the wasm Identity kernel, and Cast to the input's own dtype, to share the input's buffer instead of copying it. */
export function patchWasmIdentity(): void {
  for (const name of ['Identity', 'Cast']) {
    const original = tf.getKernel(name, 'wasm');
    if (!original || (original as { patched?: boolean }).patched) continue;
    const kernelFunc = (args: KernelArgs) => {
      const x = args.inputs.x as tf.TensorInfo;
      const dtype = name === 'Cast' ? (args.attrs as { dtype: tf.DataType }).dtype : x.dtype;
      if (x.dtype === 'string' || dtype !== x.dtype) return original.kernelFunc(args);
      (args.backend as tf.KernelBackend).incRef(x.dataId);
      return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
    };
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel({ ...original, kernelFunc, patched: true } as tf.KernelConfig);
  }
}

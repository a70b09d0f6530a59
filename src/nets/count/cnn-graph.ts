// One description of a CNN, two interpreters: a counter that tracks only channel counts and emits
// the ParamLayer list of architectures.ts, and tfjs-layers, which allocates the real weights. An
// architecture written once against `CnnGraph` is thus counted by formula and cross-checked by tfjs
// without keeping two copies of its wiring in step. Activations carry no parameters; they are
// wired in tfjs only so the model reads as the published one.
import type { LayersModel, SymbolicTensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { ParamLayer } from './architectures.js';

export type Kernel = number | readonly [number, number];
export interface ConvOpts { stride?: number; bias?: boolean; padding?: 'same' | 'valid' }

/** The operations the ImageNet families need; `T` is a channel count or a tfjs tensor. */
export interface CnnGraph<T> {
  conv(x: T, filters: number, kernel: Kernel, o?: ConvOpts): T;
  /** One k x k filter per input channel (depth multiplier 1). */
  depthwise(x: T, kernel: number, o?: ConvOpts): T;
  /** Depthwise k x k then pointwise 1x1 to `filters`, as Keras's SeparableConv2D (depthwise without bias). */
  separable(x: T, filters: number, kernel: number, o?: ConvOpts): T;
  /** Batch norm with its scale and shift (the project's convention; see bnChannels for others). */
  bn(x: T): T;
  act(x: T, kind: 'relu' | 'swish' | 'sigmoid'): T;
  pool(x: T, kind: 'max' | 'avg', size: number, stride: number, padding?: 'same' | 'valid'): T;
  add(xs: T[]): T;
  concat(xs: T[]): T;
  /** Global average pool kept as a 1x1 map (squeeze-and-excitation's input). */
  squeeze(x: T): T;
  /** Channel-wise gating of x by a 1x1 map of the same channels. */
  gate(x: T, g: T): T;
  /** Global average pool to a vector. */
  flatPool(x: T): T;
  dense(x: T, units: number, name?: string): T;
  channels(x: T): number;
}

/** An architecture: given an input of 3 channels, its outputs (classifier first, auxiliary heads after). */
export type CnnDef = <T>(g: CnnGraph<T>, input: T) => T[];

const pair = (k: Kernel): [number, number] => (typeof k === 'number' ? [k, k] : [k[0], k[1]]);

/** The ParamLayer list of an architecture. */
export function cnnLayers(def: CnnDef): ParamLayer[] {
  const layers: ParamLayer[] = [];
  const name = (k: string) => `${k}${layers.length + 1}`;
  const conv = (inC: number, out: number, kernel: Kernel, groups: number, bias: boolean) => {
    layers.push({ kind: 'conv', name: name('conv'), inChannels: inC, outChannels: out, kernel: pair(kernel), groups, bias });
    return out;
  };
  const g: CnnGraph<number> = {
    conv: (x, f, k, o) => conv(x, f, k, 1, o?.bias ?? false),
    depthwise: (x, k, o) => conv(x, x, k, x, o?.bias ?? false),
    separable: (x, f, k, o) => conv(conv(x, x, k, x, false), f, 1, 1, o?.bias ?? false),
    bn: (x) => { layers.push({ kind: 'batchNorm', name: name('bn'), channels: x }); return x; },
    act: (x) => x,
    pool: (x) => x,
    add: (xs) => { if (new Set(xs).size !== 1) throw new Error(`add of unequal channels ${xs.join(', ')}`); return xs[0]!; },
    concat: (xs) => xs.reduce((s, c) => s + c, 0),
    squeeze: (x) => x,
    gate: (x, gt) => { if (x !== gt) throw new Error(`gate of ${gt} channels on ${x}`); return x; },
    flatPool: (x) => x,
    dense: (x, units, n) => { layers.push({ kind: 'dense', name: n ?? name('dense'), inputs: x, units, bias: true }); return units; },
    channels: (x) => x,
  };
  def(g, 3);
  return layers;
}

const zeros = { kernelInitializer: 'zeros', biasInitializer: 'zeros' } as const;

/** The same architecture as a tfjs-layers model on a side x side x 3 input (weights zero: only shapes matter). */
export function cnnModel(tf: Tf, def: CnnDef, side: number): LayersModel {
  const ap = (layer: { apply(x: SymbolicTensor | SymbolicTensor[]): unknown }, x: SymbolicTensor | SymbolicTensor[]) => layer.apply(x) as SymbolicTensor;
  const ch = (x: SymbolicTensor) => x.shape[x.shape.length - 1] as number;
  const g: CnnGraph<SymbolicTensor> = {
    conv: (x, f, k, o) => ap(tf.layers.conv2d({ filters: f, kernelSize: [...pair(k)], strides: o?.stride ?? 1, padding: o?.padding ?? 'same', useBias: o?.bias ?? false, ...zeros }), x),
    depthwise: (x, k, o) => ap(tf.layers.depthwiseConv2d({ kernelSize: k, strides: o?.stride ?? 1, padding: o?.padding ?? 'same', useBias: o?.bias ?? false, depthwiseInitializer: 'zeros', biasInitializer: 'zeros' }), x),
    separable: (x, f, k, o) => ap(tf.layers.separableConv2d({ filters: f, kernelSize: k, strides: o?.stride ?? 1, padding: o?.padding ?? 'same', useBias: o?.bias ?? false, depthwiseInitializer: 'zeros', pointwiseInitializer: 'zeros', biasInitializer: 'zeros' }), x),
    bn: (x) => ap(tf.layers.batchNormalization({}), x),
    act: (x, kind) => ap(tf.layers.activation({ activation: kind }), x),
    pool: (x, kind, size, stride, padding = 'valid') => ap((kind === 'max' ? tf.layers.maxPooling2d : tf.layers.averagePooling2d)({ poolSize: size, strides: stride, padding }), x),
    add: (xs) => ap(tf.layers.add(), xs),
    concat: (xs) => ap(tf.layers.concatenate(), xs),
    squeeze: (x) => ap(tf.layers.reshape({ targetShape: [1, 1, ch(x)] }), ap(tf.layers.globalAveragePooling2d({}), x)),
    gate: (x, gt) => ap(tf.layers.multiply(), [x, gt]),
    flatPool: (x) => ap(tf.layers.globalAveragePooling2d({}), x),
    dense: (x, units) => ap(tf.layers.dense({ units, ...zeros }), x),
    channels: ch,
  };
  const input = tf.input({ shape: [side, side, 3] });
  return tf.model({ inputs: input, outputs: def(g, input) });
}

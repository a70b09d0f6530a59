// The architectures of architectures.ts built in tfjs-layers, to cross-check the counter: each
// parameterised layer on its own (any size that fits in memory), and wired models of the families
// (AlexNet's two towers, VGG, ResNet, DenseNet, MLPs) whose trainable parameters tfjs counts itself.
// Weights are zero-initialised: only their shapes matter, and no random draws are wasted.
import type { LayersModel, SymbolicTensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import {
  alexnetLayers, densenetLayers, resnetLayers, vggLayers, VGG_CONFIGS,
  type AlexNetConfig, type DenseNetConfig, type ParamLayer, type ResNetConfig, type VggConfig,
} from '../count/architectures.js';

type Layer = { trainableWeights: { shape: readonly (number | null)[] }[]; dispose(): unknown };
const zeros = { kernelInitializer: 'zeros', biasInitializer: 'zeros' } as const;
const size = (shape: readonly (number | null)[]) => shape.reduce<number>((p, s) => p * (s ?? 1), 1);

/** Trainable parameters tfjs allocates for a model or layer. */
export function trainableCount(m: { trainableWeights: { shape: readonly (number | null)[] }[] }): number {
  return m.trainableWeights.reduce((s, w) => s + size(w.shape), 0);
}

/** Builds one parameterised layer in tfjs (a grouped conv as `groups` convs on its channel slices) and returns tfjs's trainable count. */
export function tfjsLayerParams(tf: Tf, l: ParamLayer): number {
  const built: Layer[] = [];
  try {
    switch (l.kind) {
      case 'conv': {
        const g = l.groups;
        for (let i = 0; i < g; i++) {
          const layer = tf.layers.conv2d({ filters: l.outChannels / g, kernelSize: [...l.kernel], useBias: l.bias, ...zeros });
          layer.apply(tf.input({ shape: [l.kernel[0], l.kernel[1], l.inChannels / g] }));
          built.push(layer);
        }
        break;
      }
      case 'dense': {
        const layer = tf.layers.dense({ units: l.units, useBias: l.bias, ...zeros });
        layer.apply(tf.input({ shape: [l.inputs] }));
        built.push(layer);
        break;
      }
      case 'batchNorm': {
        const layer = tf.layers.batchNormalization({});
        layer.apply(tf.input({ shape: [1, 1, l.channels] }));
        built.push(layer);
        break;
      }
      case 'layerNorm': {
        const layer = tf.layers.layerNormalization({});
        layer.apply(tf.input({ shape: [l.features] }));
        built.push(layer);
        break;
      }
      case 'embedding': {
        const layer = tf.layers.embedding({ inputDim: l.rows, outputDim: l.dim, embeddingsInitializer: 'zeros' });
        layer.apply(tf.input({ shape: [1] }));
        built.push(layer);
        break;
      }
    }
    return built.reduce((s, b) => s + trainableCount(b), 0);
  } finally {
    built.forEach((b) => b.dispose());
  }
}

/** A dense ReLU stack [input, hidden..., output] as a tfjs sequential model. */
export function mlpModel(tf: Tf, sizes: readonly number[], bias = true): LayersModel {
  return tf.sequential({
    layers: sizes.slice(1).map((u, i) => tf.layers.dense({ units: u, useBias: bias, activation: i < sizes.length - 2 ? 'relu' : 'linear', ...zeros, ...(i === 0 ? { inputShape: [sizes[0]!] } : {}) })),
  });
}

// The conv/dense sizes of a config, in order, read back from the layer list (one source of truth).
const convs = (layers: ParamLayer[]) => layers.filter((l): l is Extract<ParamLayer, { kind: 'conv' }> => l.kind === 'conv');
const denses = (layers: ParamLayer[]) => layers.filter((l): l is Extract<ParamLayer, { kind: 'dense' }> => l.kind === 'dense');

/**
 * AlexNet wired as in the paper's figure 2: a 227x227 input; two towers (conv1-conv5, half the
 * channels each) when grouped, crossing over only at conv3 and at the fc layers; max-pools after
 * conv1, conv2, conv5 (3x3, stride 2); fc6-fc8.
 */
export function alexnetModel(tf: Tf, c: AlexNetConfig): LayersModel {
  const [c1, c2, c3, c4, c5] = convs(alexnetLayers(c)).map((l) => l.outChannels) as [number, number, number, number, number];
  const [f6, f7, f8] = denses(alexnetLayers(c)).map((l) => l.units) as [number, number, number];
  const g = c.grouped ? 2 : 1;
  const cv = (x: SymbolicTensor, filters: number, k: number, strides = 1, padding: 'valid' | 'same' = 'same') =>
    tf.layers.conv2d({ filters, kernelSize: k, strides, padding, activation: 'relu', ...zeros }).apply(x) as SymbolicTensor;
  const pool = (x: SymbolicTensor) => tf.layers.maxPooling2d({ poolSize: 3, strides: 2 }).apply(x) as SymbolicTensor;
  const join = (xs: SymbolicTensor[]) => (xs.length === 1 ? xs[0]! : tf.layers.concatenate().apply(xs) as SymbolicTensor);
  const input = tf.input({ shape: [227, 227, 3] });
  const towers = Array.from({ length: g }, () => pool(cv(pool(cv(input, c1 / g, 11, 4, 'valid')), c2 / g, 5)));
  const crossed = join(towers);
  const top = towers.map(() => pool(cv(cv(cv(crossed, c3 / g, 3), c4 / g, 3), c5 / g, 3)));
  let h = tf.layers.flatten().apply(join(top)) as SymbolicTensor;
  h = tf.layers.dense({ units: f6, activation: 'relu', ...zeros }).apply(h) as SymbolicTensor;
  h = tf.layers.dense({ units: f7, activation: 'relu', ...zeros }).apply(h) as SymbolicTensor;
  return tf.model({ inputs: input, outputs: tf.layers.dense({ units: f8, ...zeros }).apply(h) as SymbolicTensor });
}

/** VGG wired: 3x3 'same' convs and 2x2 pools from VGG_CONFIGS; the ImageNet head on a 224x224 input, or the CIFAR head on 32x32. */
export function vggModel(tf: Tf, c: VggConfig): LayersModel {
  const widths = convs(vggLayers(c)).map((l) => l.outChannels);
  const fcs = denses(vggLayers(c)).map((l) => l.units);
  const cifar = c.head === 'cifar';
  const input = tf.input({ shape: cifar ? [32, 32, 3] : [224, 224, 3] });
  let h: SymbolicTensor = input;
  let i = 0;
  for (const v of VGG_CONFIGS[c.config]) {
    if (v === 'M') { h = tf.layers.maxPooling2d({ poolSize: 2 }).apply(h) as SymbolicTensor; continue; }
    h = tf.layers.conv2d({ filters: widths[i++]!, kernelSize: 3, padding: 'same', useBias: !cifar, activation: cifar ? 'linear' : 'relu', ...zeros }).apply(h) as SymbolicTensor;
    if (cifar) h = tf.layers.reLU().apply(tf.layers.batchNormalization({}).apply(h)) as SymbolicTensor;
  }
  h = (cifar ? tf.layers.globalAveragePooling2d({}) : tf.layers.flatten()).apply(h) as SymbolicTensor;
  fcs.forEach((u, k) => { h = tf.layers.dense({ units: u, activation: k < fcs.length - 1 ? 'relu' : 'linear', ...zeros }).apply(h) as SymbolicTensor; });
  return tf.model({ inputs: input, outputs: h });
}

/** ResNet wired (torchvision layout): stem, stages of basic or bottleneck blocks with projection shortcuts, global pool, fc. Groups 1 only. */
export function resnetModel(tf: Tf, c: ResNetConfig): LayersModel {
  if ((c.groups ?? 1) !== 1) throw new Error('resnetModel builds ungrouped ResNets only');
  const d = c.widthDivisor ?? 1;
  const exp = c.bottleneck ? 4 : 1;
  const cv = (x: SymbolicTensor, filters: number, k: number, strides = 1) =>
    tf.layers.conv2d({ filters, kernelSize: k, strides, padding: 'same', useBias: false, ...zeros }).apply(x) as SymbolicTensor;
  const bnAct = (x: SymbolicTensor, relu = true) => {
    const y = tf.layers.batchNormalization({}).apply(x) as SymbolicTensor;
    return relu ? tf.layers.reLU().apply(y) as SymbolicTensor : y;
  };
  const input = tf.input({ shape: [64, 64, 3] });
  const stem = Math.max(1, Math.round(64 / d));
  let h = tf.layers.maxPooling2d({ poolSize: 3, strides: 2, padding: 'same' }).apply(bnAct(cv(input, stem, 7, 2))) as SymbolicTensor;
  let ch = stem;
  c.blocks.forEach((n, s) => {
    const planes = Math.max(1, Math.round((64 * 2 ** s) / d));
    for (let b = 0; b < n; b++) {
      const stride = b === 0 && s > 0 ? 2 : 1;
      const out = planes * exp;
      let y = c.bottleneck
        ? bnAct(cv(bnAct(cv(bnAct(cv(h, planes, 1)), planes, 3, stride)), out, 1), false)
        : bnAct(cv(bnAct(cv(h, planes, 3, stride)), planes, 3), false);
      const shortcut = stride !== 1 || ch !== out ? bnAct(cv(h, out, 1, stride), false) : h;
      y = tf.layers.add().apply([y, shortcut]) as SymbolicTensor;
      h = tf.layers.reLU().apply(y) as SymbolicTensor;
      ch = out;
    }
  });
  h = tf.layers.globalAveragePooling2d({}).apply(h) as SymbolicTensor;
  if (c.classifier !== false) h = tf.layers.dense({ units: c.classes ?? 1000, ...zeros }).apply(h) as SymbolicTensor;
  return tf.model({ inputs: input, outputs: h });
}

/** DenseNet-BC wired: dense layers concatenate their k new channels onto their input; transitions halve the channels and pool. */
export function densenetModel(tf: Tf, c: DenseNetConfig): LayersModel {
  const all = densenetLayers(c);
  const k = convs(all).find((l) => l.name.endsWith('.conv2'))!.outChannels;
  const bnSize = c.bnSize ?? 4;
  const cv = (x: SymbolicTensor, filters: number, kSize: number, strides = 1) =>
    tf.layers.conv2d({ filters, kernelSize: kSize, strides, padding: 'same', useBias: false, ...zeros }).apply(x) as SymbolicTensor;
  const bnRelu = (x: SymbolicTensor) => tf.layers.reLU().apply(tf.layers.batchNormalization({}).apply(x)) as SymbolicTensor;
  const input = tf.input({ shape: [64, 64, 3] });
  let ch = convs(all)[0]!.outChannels;
  let h = tf.layers.maxPooling2d({ poolSize: 3, strides: 2, padding: 'same' }).apply(bnRelu(cv(input, ch, 7, 2))) as SymbolicTensor;
  c.blocks.forEach((n, b) => {
    for (let i = 0; i < n; i++) {
      const y = cv(bnRelu(cv(bnRelu(h), bnSize * k, 1)), k, 3);
      h = tf.layers.concatenate().apply([h, y]) as SymbolicTensor;
      ch += k;
    }
    if (b < c.blocks.length - 1) {
      ch = Math.floor(ch / 2);
      h = tf.layers.averagePooling2d({ poolSize: 2 }).apply(cv(bnRelu(h), ch, 1)) as SymbolicTensor;
    }
  });
  h = tf.layers.globalAveragePooling2d({}).apply(bnRelu(h)) as SymbolicTensor;
  return tf.model({ inputs: input, outputs: tf.layers.dense({ units: c.classes ?? 1000, ...zeros }).apply(h) as SymbolicTensor });
}

/** Builds a tfjs model, returns its trainable parameter count, and disposes it. */
export function countWithTfjs(build: () => LayersModel): number {
  const model = build();
  try {
    return trainableCount(model);
  } finally {
    model.dispose();
  }
}

/** The sum of tfjsLayerParams over a layer list (each layer built alone, so sizes need not chain). */
export function countLayersWithTfjs(tf: Tf, layers: readonly ParamLayer[]): number {
  return layers.reduce((s, l) => s + tfjsLayerParams(tf, l), 0);
}

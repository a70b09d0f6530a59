// Named architectures as plain data: the list of their parameterised layers (shapes only), built
// from each paper's published configuration, and a counter over that list. No tensors: VGG-16 alone
// would be 138M floats. architecture-tfjs.ts builds the same lists (and scaled-down wired models)
// in tfjs-layers to cross-check the counter; transformers.ts adds the GPT decoders.
//
// Conventions (per layer kind): conv = kh*kw*(in/groups)*out (+ out biases); dense = in*out (+ out);
// batchNorm = its trainable scale and shift (2 per channel; the running mean and variance are
// buffers, not parameters, as in torchvision and in tfjs's trainableWeights); layerNorm = 2 per
// feature; embedding = rows*dim.

export type ParamLayer =
  | { kind: 'conv'; name: string; inChannels: number; outChannels: number; kernel: readonly [number, number]; groups: number; bias: boolean }
  | { kind: 'dense'; name: string; units: number; inputs: number; bias: boolean }
  | { kind: 'batchNorm'; name: string; channels: number }
  | { kind: 'layerNorm'; name: string; features: number }
  | { kind: 'embedding'; name: string; rows: number; dim: number };

/** Trainable parameters of one layer. */
export function layerParams(l: ParamLayer): number {
  switch (l.kind) {
    case 'conv': {
      if (l.inChannels % l.groups || l.outChannels % l.groups) throw new Error(`${l.name}: channels ${l.inChannels} -> ${l.outChannels} not divisible by ${l.groups} groups`);
      return l.kernel[0] * l.kernel[1] * (l.inChannels / l.groups) * l.outChannels + (l.bias ? l.outChannels : 0);
    }
    case 'dense': return l.inputs * l.units + (l.bias ? l.units : 0);
    case 'batchNorm': return 2 * l.channels;
    case 'layerNorm': return 2 * l.features;
    case 'embedding': return l.rows * l.dim;
  }
}

/** Trainable parameters of a layer list (exact: every count here is far below 2^53). */
export function countParams(layers: readonly ParamLayer[]): number {
  const n = layers.reduce((s, l) => s + layerParams(l), 0);
  if (!Number.isSafeInteger(n)) throw new Error(`parameter count ${n} is not a safe integer`);
  return n;
}

const conv = (name: string, inChannels: number, outChannels: number, k: number, opts: { groups?: number; bias?: boolean } = {}): ParamLayer =>
  ({ kind: 'conv', name, inChannels, outChannels, kernel: [k, k], groups: opts.groups ?? 1, bias: opts.bias ?? true });
export const dense = (name: string, inputs: number, units: number, bias = true): ParamLayer => ({ kind: 'dense', name, inputs, units, bias });
const bn = (name: string, channels: number): ParamLayer => ({ kind: 'batchNorm', name, channels });
// A width divided by the scale-down factor (at least 1).
const scaled = (n: number, d: number) => Math.max(1, Math.round(n / d));

/** A fully connected net [input, hidden..., output], weights and (optionally) biases. */
export function mlpLayers(sizes: readonly number[], bias = true): ParamLayer[] {
  return sizes.slice(1).map((u, i) => dense(`dense${i + 1}`, sizes[i]!, u, bias));
}

export interface AlexNetConfig {
  /** The two-GPU original: conv2, conv4, conv5 split into 2 groups (Krizhevsky et al. 2012, fig. 2). */
  grouped: boolean;
  classes?: number;
  /** Divides every channel and hidden width (a scaled-down variant with the same counting formula). */
  widthDivisor?: number;
}

/**
 * AlexNet (Krizhevsky, Sutskever & Hinton 2012): conv 11x11/4 96, conv 5x5 256, conv 3x3 384, 384,
 * 256 (max-pools after 1, 2, 5), fc 4096, 4096, classes; biases everywhere. Conv5's output is 6x6
 * (from a 227x227 input; the paper's "224" does not divide), so fc6 has 6*6*256 inputs.
 */
export function alexnetLayers(c: AlexNetConfig): ParamLayer[] {
  const d = c.widthDivisor ?? 1;
  const [c1, c2, c3, c4, c5, f] = [96, 256, 384, 384, 256, 4096].map((w) => scaled(w, d)) as [number, number, number, number, number, number];
  const g = c.grouped ? 2 : 1;
  return [
    conv('conv1', 3, c1, 11), conv('conv2', c1, c2, 5, { groups: g }), conv('conv3', c2, c3, 3),
    conv('conv4', c3, c4, 3, { groups: g }), conv('conv5', c4, c5, 3, { groups: g }),
    dense('fc6', 6 * 6 * c5, f), dense('fc7', f, f), dense('fc8', f, c.classes ?? 1000),
  ];
}

/** Simonyan & Zisserman (2015), table 1: 'D' = VGG-16, 'E' = VGG-19; numbers are 3x3 conv widths, 'M' a max-pool. */
export const VGG_CONFIGS = {
  D: [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'],
  E: [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 256, 'M', 512, 512, 512, 512, 'M', 512, 512, 512, 512, 'M'],
} as const satisfies Record<string, readonly (number | 'M')[]>;

export interface VggConfig {
  config: keyof typeof VGG_CONFIGS;
  /**
   * 'imagenet': the paper's head, fc 7*7*C -> 4096 -> 4096 -> classes (224x224 input, five pools).
   * 'cifar': the CIFAR-10 variant of Frankle & Carbin (2019, fig. 2; after Liu et al. 2019): the same
   * convs with batch norm, no conv biases, global average pool, one fc C -> classes.
   */
  head: 'imagenet' | 'cifar';
  classes?: number;
  widthDivisor?: number;
}

export function vggLayers(c: VggConfig): ParamLayer[] {
  const d = c.widthDivisor ?? 1;
  const cifar = c.head === 'cifar';
  const layers: ParamLayer[] = [];
  let ch = 3;
  let i = 0;
  for (const v of VGG_CONFIGS[c.config]) {
    if (v === 'M') continue;
    const out = scaled(v, d);
    layers.push(conv(`conv${++i}`, ch, out, 3, { bias: !cifar }));
    if (cifar) layers.push(bn(`bn${i}`, out));
    ch = out;
  }
  const classes = c.classes ?? (cifar ? 10 : 1000);
  if (cifar) return [...layers, dense('fc', ch, classes)];
  const f = scaled(4096, d);
  return [...layers, dense('fc6', 7 * 7 * ch, f), dense('fc7', f, f), dense('fc8', f, classes)];
}

export interface ResNetConfig {
  /** Residual blocks per stage, e.g. [2, 2, 2, 2] for ResNet-18. */
  blocks: readonly [number, number, number, number];
  /** Bottleneck blocks (1x1, 3x3, 1x1, expansion 4) as in ResNet-50/101/152; else basic (3x3, 3x3). */
  bottleneck: boolean;
  /** ResNeXt cardinality and width per group (Xie et al. 2017); ResNet is groups 1, width 64. */
  groups?: number;
  widthPerGroup?: number;
  /** Include the final fc classifier (default true). */
  classifier?: boolean;
  classes?: number;
  widthDivisor?: number;
}

/**
 * ResNet (He et al. 2016a, table 1) in the torchvision layout: conv1 7x7 64 without bias + BN,
 * four stages of 64/128/256/512 planes, projection shortcuts (1x1 conv + BN) where the shape
 * changes (option B), global average pool, fc with bias. No conv has a bias (BN follows each).
 */
export function resnetLayers(c: ResNetConfig): ParamLayer[] {
  const d = c.widthDivisor ?? 1;
  const exp = c.bottleneck ? 4 : 1;
  const groups = c.groups ?? 1;
  const wpg = c.widthPerGroup ?? 64;
  const stem = scaled(64, d);
  const layers: ParamLayer[] = [conv('conv1', 3, stem, 7, { bias: false }), bn('bn1', stem)];
  let ch = stem;
  c.blocks.forEach((n, s) => {
    const planes = scaled(64 * 2 ** s, d);
    for (let b = 0; b < n; b++) {
      const p = `stage${s + 1}.block${b + 1}`;
      const out = planes * exp;
      if (c.bottleneck) {
        const width = Math.floor(planes * (wpg / 64)) * groups;
        layers.push(conv(`${p}.conv1`, ch, width, 1, { bias: false }), bn(`${p}.bn1`, width));
        layers.push(conv(`${p}.conv2`, width, width, 3, { bias: false, groups }), bn(`${p}.bn2`, width));
        layers.push(conv(`${p}.conv3`, width, out, 1, { bias: false }), bn(`${p}.bn3`, out));
      } else {
        layers.push(conv(`${p}.conv1`, ch, planes, 3, { bias: false }), bn(`${p}.bn1`, planes));
        layers.push(conv(`${p}.conv2`, planes, planes, 3, { bias: false }), bn(`${p}.bn2`, planes));
      }
      const strided = b === 0 && s > 0;
      if (strided || ch !== out) layers.push(conv(`${p}.downsample`, ch, out, 1, { bias: false }), bn(`${p}.downsample.bn`, out));
      ch = out;
    }
  });
  return c.classifier === false ? layers : [...layers, dense('fc', ch, c.classes ?? 1000)];
}

/** The five ResNets of He et al. (2016a), table 1. */
export const RESNETS = {
  'ResNet-18': { blocks: [2, 2, 2, 2], bottleneck: false },
  'ResNet-34': { blocks: [3, 4, 6, 3], bottleneck: false },
  'ResNet-50': { blocks: [3, 4, 6, 3], bottleneck: true },
  'ResNet-101': { blocks: [3, 4, 23, 3], bottleneck: true },
  'ResNet-152': { blocks: [3, 8, 36, 3], bottleneck: true },
} as const satisfies Record<string, ResNetConfig>;

/** ResNeXt (Xie et al. 2017): bottleneck ResNets with grouped 3x3 convs, as in torchvision. */
export const RESNEXTS = {
  'ResNeXt-50 (32x4d)': { blocks: [3, 4, 6, 3], bottleneck: true, groups: 32, widthPerGroup: 4 },
  'ResNeXt-101 (32x8d)': { blocks: [3, 4, 23, 3], bottleneck: true, groups: 32, widthPerGroup: 8 },
} as const satisfies Record<string, ResNetConfig>;

export interface DenseNetConfig {
  growth: number;
  blocks: readonly number[];
  initFeatures: number;
  /** Bottleneck width factor: each layer's 1x1 conv has bnSize * growth outputs (DenseNet-BC: 4). */
  bnSize?: number;
  classes?: number;
  widthDivisor?: number;
}

/**
 * DenseNet-BC (Huang et al. 2017b, table 1) in the torchvision layout: conv0 7x7 without bias + BN;
 * dense layers BN-ReLU-conv1x1(bnSize*k)-BN-ReLU-conv3x3(k); transitions BN-conv1x1 halving the
 * channels; a final BN; fc with bias.
 */
export function densenetLayers(c: DenseNetConfig): ParamLayer[] {
  const d = c.widthDivisor ?? 1;
  const k = scaled(c.growth, d);
  const bnSize = c.bnSize ?? 4;
  let ch = scaled(c.initFeatures, d);
  const layers: ParamLayer[] = [conv('conv0', 3, ch, 7, { bias: false }), bn('norm0', ch)];
  c.blocks.forEach((n, b) => {
    for (let i = 0; i < n; i++) {
      const p = `block${b + 1}.layer${i + 1}`;
      layers.push(bn(`${p}.norm1`, ch), conv(`${p}.conv1`, ch, bnSize * k, 1, { bias: false }));
      layers.push(bn(`${p}.norm2`, bnSize * k), conv(`${p}.conv2`, bnSize * k, k, 3, { bias: false }));
      ch += k;
    }
    if (b < c.blocks.length - 1) {
      const out = Math.floor(ch / 2);
      layers.push(bn(`transition${b + 1}.norm`, ch), conv(`transition${b + 1}.conv`, ch, out, 1, { bias: false }));
      ch = out;
    }
  });
  return [...layers, bn('norm5', ch), dense('classifier', ch, c.classes ?? 1000)];
}

/** The DenseNet-BC ImageNet models of Huang et al. (2017b). */
export const DENSENETS = {
  'DenseNet-121': { growth: 32, blocks: [6, 12, 24, 16], initFeatures: 64 },
  'DenseNet-169': { growth: 32, blocks: [6, 12, 32, 32], initFeatures: 64 },
  'DenseNet-201': { growth: 32, blocks: [6, 12, 48, 32], initFeatures: 64 },
  'DenseNet-161': { growth: 48, blocks: [6, 12, 36, 24], initFeatures: 96 },
} as const satisfies Record<string, DenseNetConfig>;

/** Weight layers on the longest input-output path: convs and dense layers, shortcuts excluded. */
export function depthOf(layers: readonly ParamLayer[]): number {
  return layers.filter((l) => (l.kind === 'conv' || l.kind === 'dense') && !l.name.endsWith('downsample')).length;
}

/** The widest layer: most output channels of a conv or units of a dense layer (the classifier excluded). */
export function maxWidth(layers: readonly ParamLayer[]): number {
  const hidden = layers.slice(0, -1);
  return Math.max(...hidden.map((l) => (l.kind === 'conv' ? l.outChannels : l.kind === 'dense' ? l.units : 0)));
}

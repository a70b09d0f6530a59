// The ImageNet CNN families of why-deep-learning-works' figure 20.3 that architectures.ts lacks,
// written once against CnnGraph (counted by formula, cross-checked by tfjs-layers): Xception
// (Chollet 2017), EfficientNet-B0..B7 (Tan & Le 2019), Inception-v3 (Szegedy et al. 2016),
// Inception-v4 and Inception-ResNet-v2 (Szegedy et al. 2017). The layouts are those of the
// reference implementations (Keras Applications; TF-slim for Inception-v4), read from their
// published configurations. Every conv is followed by BN and has no bias unless stated.
import type { CnnDef, CnnGraph, ConvOpts, Kernel } from './cnn-graph.js';

const cbr = <T>(g: CnnGraph<T>, x: T, f: number, k: Kernel, o?: ConvOpts) => g.act(g.bn(g.conv(x, f, k, o)), 'relu');
const V = { padding: 'valid' } as const;
const S2V = { stride: 2, padding: 'valid' } as const;

/** Xception (Chollet 2017, fig. 5): entry flow (3 strided separable blocks), middle flow 8 x 3 separable 728, exit flow, fc 1000. */
export const xception: CnnDef = (g, input) => {
  let x = cbr(g, cbr(g, input, 32, 3, S2V), 64, 3, V);
  [128, 256, 728].forEach((f, i) => {
    const shortcut = g.bn(g.conv(x, f, 1, { stride: 2 }));
    let y = g.act(g.bn(g.separable(i === 0 ? x : g.act(x, 'relu'), f, 3)), 'relu');
    y = g.bn(g.separable(y, f, 3));
    x = g.add([g.pool(y, 'max', 3, 2, 'same'), shortcut]);
  });
  for (let b = 0; b < 8; b++) {
    let y = x;
    for (let j = 0; j < 3; j++) y = g.bn(g.separable(g.act(y, 'relu'), 728, 3));
    x = g.add([y, x]);
  }
  const shortcut = g.bn(g.conv(x, 1024, 1, { stride: 2 }));
  let y = g.bn(g.separable(g.act(x, 'relu'), 728, 3));
  y = g.bn(g.separable(g.act(y, 'relu'), 1024, 3));
  x = g.add([g.pool(y, 'max', 3, 2, 'same'), shortcut]);
  x = g.act(g.bn(g.separable(x, 1536, 3)), 'relu');
  x = g.act(g.bn(g.separable(x, 2048, 3)), 'relu');
  return [g.dense(g.flatPool(x), 1000, 'classifier')];
};

/** EfficientNet-B0's stages (Tan & Le 2019, table 1): kernel, repeats, input and output filters, expansion, stride. */
const EFFICIENTNET_B0_STAGES = [
  [3, 1, 32, 16, 1, 1], [3, 2, 16, 24, 6, 2], [5, 2, 24, 40, 6, 2], [3, 3, 40, 80, 6, 2],
  [5, 3, 80, 112, 6, 1], [5, 4, 112, 192, 6, 2], [3, 1, 192, 320, 6, 1],
] as const;

/** Compound-scaling coefficients (width, depth) and input side of B0..B7, as in the reference code. */
export const EFFICIENTNETS = {
  'EfficientNet-B0': { width: 1.0, depth: 1.0, side: 224 },
  'EfficientNet-B1': { width: 1.0, depth: 1.1, side: 240 },
  'EfficientNet-B2': { width: 1.1, depth: 1.2, side: 260 },
  'EfficientNet-B3': { width: 1.2, depth: 1.4, side: 300 },
  'EfficientNet-B4': { width: 1.4, depth: 1.8, side: 380 },
  'EfficientNet-B5': { width: 1.6, depth: 2.2, side: 456 },
  'EfficientNet-B6': { width: 1.8, depth: 2.6, side: 528 },
  'EfficientNet-B7': { width: 2.0, depth: 3.1, side: 600 },
} as const;

/** Filters scaled by the width coefficient and rounded to a multiple of 8, never below 90% of the scaled value. */
export function roundFilters(filters: number, width: number): number {
  const f = filters * width;
  const n = Math.max(8, Math.floor((f + 4) / 8) * 8);
  return n < 0.9 * f ? n + 8 : n;
}

/**
 * EfficientNet (Tan & Le 2019) for a width and depth coefficient: stem conv 3x3/2; MBConv blocks
 * (1x1 expansion unless the ratio is 1, depthwise k x k, squeeze-and-excitation to a quarter of
 * the block's input filters with biased 1x1 convs, 1x1 projection; identity shortcut where shapes
 * allow); head conv 1x1 to 1280 (scaled); fc 1000. Swish activations.
 */
export function efficientnet(c: { width: number; depth: number }): CnnDef {
  return (g, input) => {
    const sw = (x: typeof input) => g.act(x, 'swish');
    let x = sw(g.bn(g.conv(input, roundFilters(32, c.width), 3, { stride: 2 })));
    for (const [k, repeats, inF0, outF, expand, stride0] of EFFICIENTNET_B0_STAGES) {
      const out = roundFilters(outF, c.width);
      let inF = roundFilters(inF0, c.width);
      for (let r = 0; r < Math.ceil(c.depth * repeats); r++) {
        const stride = r === 0 ? stride0 : 1;
        const filters = inF * expand;
        let y = expand === 1 ? x : sw(g.bn(g.conv(x, filters, 1)));
        y = sw(g.bn(g.depthwise(y, k, { stride })));
        const se = Math.max(1, Math.floor(inF * 0.25));
        y = g.gate(y, g.act(g.conv(sw(g.conv(g.squeeze(y), se, 1, { bias: true })), filters, 1, { bias: true }), 'sigmoid'));
        y = g.bn(g.conv(y, out, 1));
        x = stride === 1 && inF === out ? g.add([y, x]) : y;
        inF = out;
      }
    }
    x = sw(g.bn(g.conv(x, roundFilters(1280, c.width), 1)));
    return [g.dense(g.flatPool(x), 1000, 'classifier')];
  };
}

// The auxiliary classifier of the Inception papers on a 17x17 map: avg-pool 5/3, conv 1x1 128, conv 5x5 768, fc 1000.
const auxHead = <T>(g: CnnGraph<T>, x: T) =>
  g.dense(g.flatPool(cbr(g, cbr(g, g.pool(x, 'avg', 5, 3), 128, 1), 768, 5, V)), 1000, 'aux');

export interface InceptionOpts {
  /** Add the auxiliary classifier used during training (absent from Keras Applications). */
  aux?: boolean;
}

/**
 * Inception-v3 (Szegedy et al. 2016, table 1) in Keras Applications' layout: stem to 192 channels,
 * 3 x Inception-A (35x35; 256, 288, 288), reduction to 768, 4 x factorised-7x7 blocks (128, 160,
 * 160, 192 inner widths), reduction to 1280, 2 x expanded 3x3 blocks (2048), fc 1000; optional
 * auxiliary head on the last 17x17 block.
 */
export function inceptionV3(o: InceptionOpts = {}): CnnDef {
  return (g, input) => {
    let x = cbr(g, cbr(g, cbr(g, input, 32, 3, S2V), 32, 3, V), 64, 3);
    x = g.pool(x, 'max', 3, 2);
    x = g.pool(cbr(g, cbr(g, x, 80, 1, V), 192, 3, V), 'max', 3, 2);
    for (const poolF of [32, 64, 64]) {
      x = g.concat([
        cbr(g, x, 64, 1), cbr(g, cbr(g, x, 48, 1), 64, 5), cbr(g, cbr(g, cbr(g, x, 64, 1), 96, 3), 96, 3),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), poolF, 1)]);
    }
    x = g.concat([cbr(g, x, 384, 3, S2V), cbr(g, cbr(g, cbr(g, x, 64, 1), 96, 3), 96, 3, S2V), g.pool(x, 'max', 3, 2)]);
    for (const m of [128, 160, 160, 192]) {
      x = g.concat([
        cbr(g, x, 192, 1),
        cbr(g, cbr(g, cbr(g, x, m, 1), m, [1, 7]), 192, [7, 1]),
        cbr(g, cbr(g, cbr(g, cbr(g, cbr(g, x, m, 1), m, [7, 1]), m, [1, 7]), m, [7, 1]), 192, [1, 7]),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 192, 1)]);
    }
    const aux = o.aux ? [auxHead(g, x)] : [];
    x = g.concat([
      cbr(g, cbr(g, x, 192, 1), 320, 3, S2V),
      cbr(g, cbr(g, cbr(g, cbr(g, x, 192, 1), 192, [1, 7]), 192, [7, 1]), 192, 3, S2V),
      g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 2; b++) {
      const b1 = cbr(g, x, 384, 1);
      const b2 = cbr(g, cbr(g, x, 448, 1), 384, 3);
      x = g.concat([
        cbr(g, x, 320, 1), cbr(g, b1, 384, [1, 3]), cbr(g, b1, 384, [3, 1]), cbr(g, b2, 384, [1, 3]), cbr(g, b2, 384, [3, 1]),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 192, 1)]);
    }
    return [g.dense(g.flatPool(x), 1000, 'classifier'), ...aux];
  };
}

// Inception-v4 and Inception-ResNet-v2 share the first layers of this stem (Szegedy et al. 2017, fig. 3).
const stem3 = <T>(g: CnnGraph<T>, input: T) => cbr(g, cbr(g, cbr(g, input, 32, 3, S2V), 32, 3, V), 64, 3);

/**
 * Inception-v4 (Szegedy et al. 2017, figs. 3-9) in TF-slim's layout: stem to 384 channels, 4 x
 * Inception-A (384), reduction-A (k, l, m, n = 192, 224, 256, 384) to 1024, 7 x Inception-B, reduction-B
 * to 1536, 3 x Inception-C, fc 1000; optional auxiliary head after the last Inception-B.
 */
export function inceptionV4(o: InceptionOpts = {}): CnnDef {
  return (g, input) => {
    let x = stem3(g, input);
    x = g.concat([g.pool(x, 'max', 3, 2), cbr(g, x, 96, 3, S2V)]);
    x = g.concat([
      cbr(g, cbr(g, x, 64, 1), 96, 3, V),
      cbr(g, cbr(g, cbr(g, cbr(g, x, 64, 1), 64, [1, 7]), 64, [7, 1]), 96, 3, V)]);
    x = g.concat([cbr(g, x, 192, 3, S2V), g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 4; b++) {
      x = g.concat([
        cbr(g, x, 96, 1), cbr(g, cbr(g, x, 64, 1), 96, 3), cbr(g, cbr(g, cbr(g, x, 64, 1), 96, 3), 96, 3),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 96, 1)]);
    }
    x = g.concat([cbr(g, x, 384, 3, S2V), cbr(g, cbr(g, cbr(g, x, 192, 1), 224, 3), 256, 3, S2V), g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 7; b++) {
      x = g.concat([
        cbr(g, x, 384, 1),
        cbr(g, cbr(g, cbr(g, x, 192, 1), 224, [1, 7]), 256, [7, 1]),
        cbr(g, cbr(g, cbr(g, cbr(g, cbr(g, x, 192, 1), 192, [7, 1]), 224, [1, 7]), 224, [7, 1]), 256, [1, 7]),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 128, 1)]);
    }
    const aux = o.aux ? [auxHead(g, x)] : [];
    x = g.concat([
      cbr(g, cbr(g, x, 192, 1), 192, 3, S2V),
      cbr(g, cbr(g, cbr(g, cbr(g, x, 256, 1), 256, [1, 7]), 320, [7, 1]), 320, 3, S2V),
      g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 3; b++) {
      const b1 = cbr(g, x, 384, 1);
      const b2 = cbr(g, cbr(g, cbr(g, x, 384, 1), 448, [3, 1]), 512, [1, 3]);
      x = g.concat([
        cbr(g, x, 256, 1), cbr(g, b1, 256, [1, 3]), cbr(g, b1, 256, [3, 1]), cbr(g, b2, 256, [1, 3]), cbr(g, b2, 256, [3, 1]),
        cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 256, 1)]);
    }
    return [g.dense(g.flatPool(x), 1000, 'classifier'), ...aux];
  };
}

/**
 * Inception-ResNet-v2 (Szegedy et al. 2017, figs. 3, 16-19) in Keras Applications' layout: stem
 * to 320 channels, 10 x block35, reduction to 1088, 20 x block17, reduction to 2080, 10 x block8;
 * each residual block's branches concatenate into a 1x1 conv with bias and no BN back to the
 * trunk's width; conv 1x1 1536, fc 1000; optional auxiliary head after the block17s.
 */
export function inceptionResnetV2(o: InceptionOpts = {}): CnnDef {
  return (g, input) => {
    const residual = (x: typeof input, branches: (typeof input)[]) => g.act(g.add([x, g.conv(g.concat(branches), g.channels(x), 1, { bias: true })]), 'relu');
    let x = g.pool(stem3(g, input), 'max', 3, 2);
    x = g.pool(cbr(g, cbr(g, x, 80, 1, V), 192, 3, V), 'max', 3, 2);
    x = g.concat([
      cbr(g, x, 96, 1), cbr(g, cbr(g, x, 48, 1), 64, 5), cbr(g, cbr(g, cbr(g, x, 64, 1), 96, 3), 96, 3),
      cbr(g, g.pool(x, 'avg', 3, 1, 'same'), 64, 1)]);
    for (let b = 0; b < 10; b++) {
      x = residual(x, [cbr(g, x, 32, 1), cbr(g, cbr(g, x, 32, 1), 32, 3), cbr(g, cbr(g, cbr(g, x, 32, 1), 48, 3), 64, 3)]);
    }
    x = g.concat([cbr(g, x, 384, 3, S2V), cbr(g, cbr(g, cbr(g, x, 256, 1), 256, 3), 384, 3, S2V), g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 20; b++) x = residual(x, [cbr(g, x, 192, 1), cbr(g, cbr(g, cbr(g, x, 128, 1), 160, [1, 7]), 192, [7, 1])]);
    const aux = o.aux ? [auxHead(g, x)] : [];
    x = g.concat([
      cbr(g, cbr(g, x, 256, 1), 384, 3, S2V), cbr(g, cbr(g, x, 256, 1), 288, 3, S2V),
      cbr(g, cbr(g, cbr(g, x, 256, 1), 288, 3), 320, 3, S2V), g.pool(x, 'max', 3, 2)]);
    for (let b = 0; b < 10; b++) x = residual(x, [cbr(g, x, 192, 1), cbr(g, cbr(g, cbr(g, x, 192, 1), 224, [1, 3]), 256, [3, 1])]);
    x = cbr(g, x, 1536, 1);
    return [g.dense(g.flatPool(x), 1000, 'classifier'), ...aux];
  };
}

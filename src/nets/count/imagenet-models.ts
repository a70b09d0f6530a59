// The ImageNet CNNs this project can rebuild from their papers, as lists: AlexNet, VGG, ResNet,
// ResNeXt, DenseNet (architectures.ts), and the models of why-deep-learning-works' figure 20.3,
// which adds Xception, EfficientNet and Inception (imagenet-families.ts).
import {
  alexnetLayers, countParams, densenetLayers, DENSENETS, resnetLayers, RESNETS, RESNEXTS, vggLayers, type ParamLayer,
} from './architectures.js';
import { cnnLayers, type CnnDef } from './cnn-graph.js';
import { EFFICIENTNETS, efficientnet, inceptionResnetV2, inceptionV3, inceptionV4, xception } from './imagenet-families.js';

export interface NamedModel {
  name: string;
  family: 'AlexNet' | 'VGG' | 'ResNet' | 'ResNeXt' | 'DenseNet' | 'Xception' | 'EfficientNet' | 'Inception';
  layers: () => ParamLayer[];
  /** For the CnnGraph families: the definition and input side, so tfjs-layers can build it too. */
  graph?: { def: CnnDef; side: number };
}

export const IMAGENET_CNNS: readonly NamedModel[] = [
  { name: 'AlexNet', family: 'AlexNet', layers: () => alexnetLayers({ grouped: true }) },
  { name: 'VGG-16', family: 'VGG', layers: () => vggLayers({ config: 'D', head: 'imagenet' }) },
  { name: 'VGG-19', family: 'VGG', layers: () => vggLayers({ config: 'E', head: 'imagenet' }) },
  ...Object.entries(RESNETS).map(([name, c]) => ({ name, family: 'ResNet' as const, layers: () => resnetLayers(c) })),
  ...Object.entries(RESNEXTS).map(([name, c]) => ({ name, family: 'ResNeXt' as const, layers: () => resnetLayers(c) })),
  ...Object.entries(DENSENETS).map(([name, c]) => ({ name, family: 'DenseNet' as const, layers: () => densenetLayers(c) })),
];

const fromGraph = (name: string, family: NamedModel['family'], def: CnnDef, side: number): NamedModel =>
  ({ name, family, layers: () => cnnLayers(def), graph: { def, side } });

/** Figure 20.3's families (its caption): ResNet, ResNeXt, DenseNet, Xception, EfficientNet-B0..B7, and Inception-v4 and Inception-ResNet-v2 (Szegedy et al. 2017); no auxiliary heads. */
export const FIG_20_3_MODELS: readonly NamedModel[] = [
  ...IMAGENET_CNNS.filter((m) => ['ResNet', 'ResNeXt', 'DenseNet'].includes(m.family)),
  fromGraph('Xception', 'Xception', xception, 299),
  ...Object.entries(EFFICIENTNETS).map(([name, c]) => fromGraph(name, 'EfficientNet', efficientnet(c), c.side)),
  fromGraph('Inception-v4', 'Inception', inceptionV4(), 299),
  fromGraph('Inception-ResNet-v2', 'Inception', inceptionResnetV2(), 299),
];

/** Variants kept out of FIG_20_3_MODELS but counted as other readings: Inception-v3 (Szegedy et al. 2016) and the Inceptions with their auxiliary heads. */
export const FIG_20_3_VARIANTS: readonly NamedModel[] = [
  fromGraph('Inception-v3', 'Inception', inceptionV3(), 299),
  fromGraph('Inception-v3 + aux head', 'Inception', inceptionV3({ aux: true }), 299),
  fromGraph('Inception-v4 + aux head', 'Inception', inceptionV4({ aux: true }), 299),
  fromGraph('Inception-ResNet-v2 + aux head', 'Inception', inceptionResnetV2({ aux: true }), 299),
];

/** Parameters per training example of each model, for a training set of `examples`. */
export function paramsPerExample(models: readonly NamedModel[], examples: number): { name: string; params: number; ratio: number }[] {
  return models.map((m) => {
    const params = countParams(m.layers());
    return { name: m.name, params, ratio: params / examples };
  });
}

/**
 * A layer list counted under the conventions parameter counts are quoted in: the project's
 * (weights, biases, BN scale and shift, classifier included); without the classifier (the last
 * dense layer); without BN; and Keras's "total params", which adds BN's running mean and variance.
 */
export function countReadings(layers: readonly ParamLayer[]): { main: number; noClassifier: number; noBatchNorm: number; withBnBuffers: number } {
  const main = countParams(layers);
  const bnChannels = layers.reduce((s, l) => s + (l.kind === 'batchNorm' ? l.channels : 0), 0);
  const lastDense = [...layers].reverse().find((l) => l.kind === 'dense');
  return {
    main,
    noClassifier: main - (lastDense ? countParams([lastDense]) : 0),
    noBatchNorm: main - 2 * bnChannels,
    withBnBuffers: main + 2 * bnChannels,
  };
}

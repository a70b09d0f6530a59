// The ImageNet CNNs this project can rebuild from their papers, as one list: the families figure
// 20.3 of why-deep-learning-works compares (ResNet, ResNeXt, DenseNet), plus AlexNet and VGG.
import {
  alexnetLayers, countParams, densenetLayers, DENSENETS, resnetLayers, RESNETS, RESNEXTS, vggLayers, type ParamLayer,
} from './architectures.js';

export interface NamedModel {
  name: string;
  family: 'AlexNet' | 'VGG' | 'ResNet' | 'ResNeXt' | 'DenseNet';
  layers: () => ParamLayer[];
}

export const IMAGENET_CNNS: readonly NamedModel[] = [
  { name: 'AlexNet', family: 'AlexNet', layers: () => alexnetLayers({ grouped: true }) },
  { name: 'VGG-16', family: 'VGG', layers: () => vggLayers({ config: 'D', head: 'imagenet' }) },
  { name: 'VGG-19', family: 'VGG', layers: () => vggLayers({ config: 'E', head: 'imagenet' }) },
  ...Object.entries(RESNETS).map(([name, c]) => ({ name, family: 'ResNet' as const, layers: () => resnetLayers(c) })),
  ...Object.entries(RESNEXTS).map(([name, c]) => ({ name, family: 'ResNeXt' as const, layers: () => resnetLayers(c) })),
  ...Object.entries(DENSENETS).map(([name, c]) => ({ name, family: 'DenseNet' as const, layers: () => densenetLayers(c) })),
];

/** Parameters per training example of each model, for a training set of `examples`. */
export function paramsPerExample(models: readonly NamedModel[], examples: number): { name: string; params: number; ratio: number }[] {
  return models.map((m) => {
    const params = countParams(m.layers());
    return { name: m.name, params, ratio: params / examples };
  });
}

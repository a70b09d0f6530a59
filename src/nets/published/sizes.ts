import { published } from '../../claim/published.js';

// Published sizes of the data sets and training runs the chapters quote, as plain data with their
// sources: inputs to arithmetic claims (never the figures being judged, which come from the text).

/** ILSVRC-2012 (ImageNet-1k), Russakovsky et al. (2015), table 2: 1000 classes. */
export const IMAGENET_1K = { train: 1_281_167, validation: 50_000, classes: 1000 } as const;

/** The full ImageNet release of fall 2011 ("ImageNet-21k"): 14,197,122 images in 21,841 synsets (image-net.org). */
export const IMAGENET_21K = { images: 14_197_122, classes: 21_841 } as const;

/** CIFAR-10, Krizhevsky (2009): 32x32 colour images. */
export const CIFAR10 = { train: 50_000, test: 10_000, classes: 10, side: 32 } as const;

/** CIFAR-100, Krizhevsky (2009): the same 60,000 images as CIFAR-10's format, 100 classes. */
export const CIFAR100 = { train: 50_000, test: 10_000, classes: 100, side: 32 } as const;

/** MNIST, LeCun et al. (1998): 28x28 grey-level digits. */
export const MNIST = { train: 60_000, test: 10_000, classes: 10, side: 28 } as const;

/** MNIST-1D, Greydanus (2020): the generator's default split (5000 examples cut 4000 / 1000). */
export const MNIST1D_SPLIT = { train: 4000, test: 1000 } as const;

/**
 * GPT-3's training mix, Brown et al. (2020), table 2.2: tokens per data set (billions) and the
 * epochs elapsed on each when training for the full run.
 */
export const GPT3_MIX = [
  { name: 'Common Crawl (filtered)', tokensBillions: 410, epochs: 0.44 },
  { name: 'WebText2', tokensBillions: 19, epochs: 2.9 },
  { name: 'Books1', tokensBillions: 12, epochs: 1.9 },
  { name: 'Books2', tokensBillions: 55, epochs: 0.43 },
  { name: 'Wikipedia', tokensBillions: 3, epochs: 3.4 },
] as const;

/**
 * AmoebaNets on ImageNet as published, not rebuilt (their evolved cells are not encoded here):
 * AmoebaNet-A (N=6, F=190) and (N=6, F=448), Real et al. (2019), table 2; AmoebaNet-C (N=6, F=228),
 * the model of Cubuk et al. (2019) (AutoAugment) as listed in Tan & Le (2019), table 2.
 */
export const AMOEBANET_PUBLISHED_PARAMS = {
  'AmoebaNet-A (6, 190)': 86.7e6,
  'AmoebaNet-A (6, 448)': 469e6,
  'AmoebaNet-C (6, 228)': 155e6,
} as const;

/** AlexNet's training augmentation, Krizhevsky et al. (2012), section 4.1: random crops of 256x256 images, and their mirror images. */
export const ALEXNET_AUGMENTATION = { imageSide: 256, cropSide: 224, inputSide: 227, reflections: 2 } as const;

/** Han et al. (2015), abstract: magnitude pruning left VGG-16 with 10.3 million of its parameters. */
export const HAN_VGG16_REMAINING = 10.3e6;

/**
 * Han et al.'s own share of VGG-16's weights left after pruning, as located: the 13x of their
 * abstract. (Their per-layer table's 7.5% total is not listed: its table number was not located.)
 */
export const HAN_VGG16_WEIGHTS_KEPT = [
  published(1 / 13, 'Han et al. (2015), abstract: parameters "reduced by 13x, from 138 million to 10.3 million"'),
] as const;

/** Keskar et al. (2017), section 2.2: their large-batch runs use 10% of the training set per batch. */
export const KESKAR_LARGE_BATCH_SHARE = 0.1;

/** Veit et al. (2016), section 4: the 110-layer CIFAR ResNet they unravel has 54 residual blocks. */
export const VEIT_RESNET110_BLOCKS = 54;

/** Vision transformer depths (transformer blocks), Dosovitskiy et al. (2021), table 1. */
export const VIT_DEPTHS = { 'ViT-Base': 12, 'ViT-Large': 24, 'ViT-Huge': 32 } as const;

// § 20.1.1 训练
// The text: with 43 hidden units per layer (about 4000 parameters), a two-layer fully connected
// network fits 10000 MNIST-1D training examples perfectly. Here only the parameter count is tested
// (the training result is another claim). How we test it: build the network with tf.layers and ask
// it for its parameter count; cross-check with the count from layer sizes alone. What would refute
// it: a count that does not round to 4000 at the precision the text states.
import { absolute, defineClaim } from '../../src/claim/index.js';
import { denseParamCount } from '../../src/nets/param-count.js';

const SIZES = [40, 43, 43, 10] as const;

export const mnist1dParamCount = defineClaim({
  id: 'why-deep-learning-works/mnist1d-43-unit-param-count',
  source: { file: 'why-deep-learning-works.md', quote: '在每层有 43 个隐藏单元（约 4000 参数）的情况下，两层全连接网络' },
  statement: 'A fully connected network with two hidden layers of 43 units each, for MNIST-1D, has about 4000 parameters.',
  reading: 'MNIST-1D inputs are 40-point signals with 10 classes (the dataset\'s published description; the chapter itself says 40 input and 10 output dimensions). "Two-layer" is read as two hidden layers of 43 units each, dense 40 -> 43 -> 43 -> 10 with biases on every layer (the tf.layers default). "约 4000" is read as the count rounded to the one significant figure it is written with.',
  kind: 'architecture',
  tolerance: absolute(500, '"约 4000" is written to one significant figure: any count that rounds to 4000 at the nearest thousand, i.e. within 3500..4500, fits it'),
  correction: (e) => {
    const n = e.observations.find((o) => o.label === 'parameters')?.measured ?? NaN;
    return `在每层有 43 个隐藏单元（约 ${Math.round(n / 100) * 100} 参数）的情况下，两层全连接网络`;
  },
  check: ({ tf, judge, record }) => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: SIZES[1], activation: 'relu', inputShape: [SIZES[0]], kernelInitializer: 'zeros' }),
        tf.layers.dense({ units: SIZES[2], activation: 'relu', kernelInitializer: 'zeros' }),
        tf.layers.dense({ units: SIZES[3], kernelInitializer: 'zeros' }),
      ],
    });
    try {
      const count = model.countParams();
      const fromSizes = denseParamCount(SIZES);
      record('parameters without biases', denseParamCount(SIZES, { bias: false }));
      judge.holds({ label: 'tf.layers count equals the count from layer sizes', holds: count === fromSizes, values: { countParams: count, fromSizes } });
      judge.value({ label: 'parameters', measured: count, asserted: 4000 });
    } finally {
      model.dispose();
    }
  },
});

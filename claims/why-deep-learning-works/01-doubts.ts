// § 20.1 深度学习的质疑
// The text: MNIST-1D has 40 input dimensions and 10 output dimensions; training and generalisation
// are not self-evident. How we test it: generate MNIST-1D with the published generator's defaults
// (src/datasets/mnist1d.ts) and measure the length of an input and the number of classes that occur.
// What would refute it: another length or class count. The fitting and generalisation results of
// this section are experiments (part 2).
import { defineClaim, exactly } from '../../src/claim/index.js';
import { mnist1d } from '../../src/datasets/mnist1d.js';

const file = 'why-deep-learning-works.md';

export const mnist1dDimensions = defineClaim({
  id: 'why-deep-learning-works/mnist1d-dimensions',
  source: { file, quote: 'MNIST-1D 数据集（图 8.1）只有{inputs:int}个输入维度和{outputs:int}个输出维度' },
  statement: 'The MNIST-1D data set has {inputs} input dimensions and {outputs} output dimensions.',
  reading: 'Input dimension = the number of points in one generated example; output dimension = the number of classes (one output per class). Measured on 1000 training examples drawn by the MNIST-1D generator with its published defaults (Greydanus 2020; src/datasets/mnist1d.ts): the example length from the data arrays, the classes as the distinct labels that occur.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('dimensions are integers: one more or less refutes'),
  correction: (e) => {
    const v = (l: string) => e.observations.find((o) => o.label === l)?.measured;
    return `MNIST-1D 数据集（图 8.1）只有${v('input dimensions')}个输入维度和${v('output dimensions (classes)')}个输出维度`;
  },
  check: ({ judge, seed, record, slots }) => {
    const n = 1000;
    const data = mnist1d({ seed, nTrain: n, nTest: 0 });
    record('examples generated', n);
    judge.value({ label: 'input dimensions', measured: data.xTrain.length / n, asserted: slots.int('inputs') });
    judge.value({ label: 'output dimensions (classes)', measured: new Set(data.yTrain).size, asserted: slots.int('outputs') });
  },
});

export const notSelfEvident = defineClaim({
  id: 'why-deep-learning-works/training-and-generalisation-not-self-evident',
  source: { file, quote: '然而，训练过程的成功和模型的泛化能力并非不言自明' },
  statement: 'That training succeeds and that the trained models generalise is not self-evident.',
  kind: 'not-checkable',
  reason: 'A judgement about what should surprise a reader, not a property of networks; the chapter\'s measurable reasons (counts of inputs, regions and parameters) are checked by the claims of section 20.1.2.',
});

export const practitionersExpectFit = defineClaim({
  id: 'why-deep-learning-works/practitioners-expect-fit-and-generalisation',
  source: { file: 'why-deep-learning-works.md', quote: '实际上，我们已经习以为常，认为只要隐藏单元足够' },
  statement: 'Practitioners have come to take for granted that, with enough hidden units, deep nets classify almost any training set almost perfectly and generalise to new data.',
  kind: 'not-checkable',
  reason: 'A statement about what practitioners expect, not about networks. The expectations themselves are tested at MNIST-1D scale by why-deep-learning-works/wide-two-layer-net-fits-and-generalises and why-deep-learning-works/random-data-fitted-more-slowly-labels and -inputs.',
});

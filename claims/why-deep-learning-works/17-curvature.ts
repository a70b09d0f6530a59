// § 20.3.4 损失表面的曲率
// The attribution to Baldi & Hornik is a theorem about linear networks; the other sentences describe
// experiments (random Gaussian functions, Dauphin's saddles, Fort & Scherlis's Goldilocks zone) and
// are part 2's.
import { defineClaim } from '../../src/claim/index.js';

export const baldiHornik = defineClaim({
  id: 'why-deep-learning-works/baldi-hornik-no-local-minima',
  source: { file: 'why-deep-learning-works.md', quote: 'Baldi & Hornik（1989）分析了浅层网络的误差表面，发现除了鞍点外没有局部最小值' },
  statement: 'Baldi & Hornik (1989) analysed the error surface of shallow (linear) networks and found no local minima other than the global ones, only saddle points.',
  kind: 'not-checkable',
  reason: 'A theorem attributed to a paper, about every critical point of a class of networks; no finite computation here can establish it. The year is a citation.',
});

// The conv teacher of § 20.6.2 and its transfer set, distilled by the trainability claim (students of
// equal size and growing depth) and by the inductive-bias claim of § 20.6.3: trained once per run
// seed and budget.
import type { CheckContext } from '../claim/types.js';
import { distillation, type Distillation } from '../nets/experiments/distillation.js';
import type { Arch } from '../nets/train/arch-net.js';
import { sharedSeeds } from '../random/seeds.js';

export const CONV_TEACHER: Arch = { kind: 'conv', channels: [16, 16, 16], kernel: 5, stride: 2 };

// Adam steps of the conv teacher and of every student distilled from it, as both readings state.
export const DISTIL_STEPS = { quick: 300, standard: 1000, full: 1200 };

/** The conv teacher and its transfer set, trained once per run seed and budget for the claims that distil it. */
export function convTeacher(ctx: Pick<CheckContext, 'tf' | 'scale' | 'runSeed' | 'shared'>): Distillation {
  // Minibatches of 100: the cost follows the steps, so n keeps its full size.
  const n = ctx.scale({ quick: 1000, standard: 2000, full: 4000 });
  const steps = ctx.scale(DISTIL_STEPS);
  return ctx.shared('conv-teacher', () => distillation(ctx.tf, { arch: CONV_TEACHER, seed: sharedSeeds(ctx.runSeed, 9, 1)[0]!, n, extra: 4 * n, nTest: 1000, steps, lr: 0.003 }));
}

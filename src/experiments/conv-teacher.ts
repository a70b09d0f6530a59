// The conv teacher of § 20.6.2 and its transfer set, distilled by the trainability claim (students of
// equal size and growing depth) and by the inductive-bias claim of § 20.6.3: trained once per run
// seed and budget.
import type { CheckContext, PerBudget } from '../claim/types.js';
import { distillation, type Distillation } from '../nets/experiments/distillation.js';
import type { Arch } from '../nets/train/arch-net.js';
import { defineExperiment } from './define-experiment.js';

export const CONV_TEACHER: Arch = { kind: 'conv', channels: [16, 16, 16], kernel: 5, stride: 2 };

export type DistilScale = { teacherN: number; steps: number; studentSeeds: number };
// Training examples of the conv teacher (minibatches of 100: the cost follows the steps, so n keeps its
// full size), Adam steps of the teacher and of every student distilled from it, and the student draws,
// as both readings state: the `scale` of both claims that distil it.
export const DISTIL_SCALE: PerBudget<DistilScale> = {
  quick: { teacherN: 1000, steps: 300, studentSeeds: 3 },
  standard: { teacherN: 2000, steps: 1000, studentSeeds: 4 },
  full: { teacherN: 4000, steps: 1200, studentSeeds: 8 },
};

const convTeacherRun = defineExperiment<void, Distillation>({
  key: 'conv-teacher',
  run: ({ tf, budget, seeds }) => {
    const { teacherN: n, steps } = DISTIL_SCALE[budget];
    return distillation(tf, { arch: CONV_TEACHER, seed: seeds.child('teacher').value, n, extra: 4 * n, nTest: 1000, steps, lr: 0.003 });
  },
});
/** The experiment's key: both claims that distil the teacher list it in `shares`. */
export const CONV_TEACHER_RUN = convTeacherRun.key;

/** The conv teacher and its transfer set, trained once per run seed and budget for the claims that distil it. */
export const convTeacher = (ctx: CheckContext<DistilScale>): Distillation => convTeacherRun.of(ctx);

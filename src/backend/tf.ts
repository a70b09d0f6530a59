// The tfjs namespace as a type: every module that computes with tensors receives it (the claim's
// ctx.tf, a net's builder) rather than importing a backend of its own.
import type * as tfNamespace from '@tensorflow/tfjs';

export type Tf = typeof tfNamespace;

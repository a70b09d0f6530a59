// Part 2 of why-deep-learning-works.md, §20.3.2–20.3.4 (paths, connected minima, curvature), with the captions of figures 20.5–20.9:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';
import * as s15 from './15-path-to-minimum-subspaces.js';
import * as s16 from './16-connected-minima-paths.js';
import * as s17 from './17-curvature-experiments.js';

export const claims: Claim[] = [
  s15.goodfellowLine, s15.monotoneAcrossNets, s15.pathNotStraight, s15.trajectoryLowDimensional, s15.trajectoryBeyondRandomWalk, s15.nearlyConvexRegions, s15.randomSubspaceTraining,
  s15.fig206Setup, s15.fig206Method,
  s16.splitRunsConnected, s16.constrainedEarly, s16.draxlerAttribution, s16.lowLossPath, s16.lowLossManifold, s16.pathWithWidthDepth, s16.garipovFort,
  s16.fig205aCaption, s16.fig205bCaption, s16.fig207Slice, s16.fig207LineBarrier, s16.fig207CurvedPath,
  s17.gaussianFieldIndex, s17.dauphinAttribution, s17.dauphinCorrelation, s17.linearNetNoBadMinima, s17.fewBadMinima, s17.goldilocksZone, s17.goldilocksAttribution, s17.initsInZone,
  s17.fig208aLiteral, s17.fig208aIntended, s17.fig208bFound, s17.fig208bLiteral, s17.fig208bIntended, s17.fig209Curve,
];

export const narrative = defineNarrative('why-deep-learning-works.md', [
  { quote: '参数 φ1 和 φ2 代表两个独立发现的极小值', reason: 'figure legend: names the two end points of the slice in figure 20.7' },
]);

// Part 2 of why-deep-learning-works.md, §20.1–20.2 and the opening of §20.3 (what makes fitting easy), with the captions of figures 20.1, 20.2 and 20.4:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';
import * as s02 from './02-training-experiments.js';
import * as s03 from './03-generalisation-experiments.js';
import * as s07 from './07-regularisation-experiments.js';
import * as s08 from './08-stochastic-training-experiments.js';
import * as s09 from './09-overparameterisation-experiments.js';
import * as s10 from './10-activation-experiments.js';
import * as s11 from './11-initialisation-experiments.js';
import * as s12 from './12-depth-experiments.js';
import * as s13 from './13-loss-properties.js';
import * as s35 from './35-figures-experiments.js';
import * as s01 from './01-doubts.js';
import * as s03n from './03-generalisation.js';
import * as s05 from './05-fitting-factors.js';
import * as s06 from './06-dataset.js';
import * as s08n from './08-stochastic-training.js';
import * as s09n from './09-overparameterisation.js';

export const claims: Claim[] = [
  s02.wideTwoLayerFitsAndGeneralises,
  s03.generalisationGrowsWithParams,
  s07.regularisationNotNeeded,
  s08.largeBatchStillFits, s08.fig202TextLrFits,
  s09.fitsWithFewerParams,
  s10.activationAffectsTraining,
  s11.heIndispensableWhenDeep, s11.varianceMattersLessWhenShallow,
  s11.largerInitSameTestResult, s11.largerInitMovesFarther,
  s12.deeperFewerIterations, s12.ticketMatchesDense,
  s35.fig201GaussianSlowerButFitted,
  // not checkable, with their reasons
  s01.practitionersExpectFit, s03n.behavesReasonably, s05.perfectTrainingFig810, s06.datasetNotDecisive,
  s08n.sgdValleys, s08n.fig202Setup, s08n.fig202Rate, s08n.noLocalMinimaHint,
  s09n.overparamKey, s09n.manyEquivalentSolutions,
  s11.initExplanation, s11.liuSetup, s11.initNotWholeStory,
  s12.deepHarderNumerical, s12.noConvexityEvidence, s12.deeperSteeperHedge, s12.frankleAttribution, s12.lotteryHypothesis, s12.subnetworkCountHedge, s12.depthRoleUndescribed,
  s13.recapKeyFactors, s13.recapLessImportant, s13.recapNoDepthEvidence,
  s35.fig201Setup, s35.fig202CaptionSetup, s35.fig204Setup,
];

export const narrative = defineNarrative('why-deep-learning-works.md', []);

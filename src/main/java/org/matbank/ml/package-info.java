/**
 * The AI standard model (issue 7): features of materials for forward models (the composition
 * featuriser: Magpie-style statistics of elemental properties), the model interfaces, and their
 * evaluation: folds, cross-validation, metrics of accuracy and calibration, recalibration of sigma,
 * nested model selection, and analysis of a fitted model (permutation importance, sampled Shapley
 * values, partial dependence, what-if). Tables, model kinds, the registry and predictions follow.
 */
package org.matbank.ml;

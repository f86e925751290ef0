/**
 * The AI standard model (issue 7): forward models that predict a property from composition and
 * process, with an uncertainty, and the model registry. Features (Magpie statistics of elemental
 * properties, CDK descriptors of SMILES; docs/models/features.md), the model kinds (gradient
 * boosting, random forest with jackknife uncertainty, Gaussian process, linear), their evaluation
 * (folds, cross-validation, metrics of accuracy and calibration, recalibration of sigma, nested
 * model choice), analysis (SHAP, permutation importance, partial dependence, what-if), and the
 * registry: training on tables, provenance, predictions with a training-domain flag, and the
 * standalone artifact (docs/MODELS.md).
 */
package org.matbank.ml;

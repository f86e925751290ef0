/**
 * The AI standard model (issue 7): features of materials for forward models and the models.
 * So far the composition featuriser (Magpie-style statistics of elemental properties), the core
 * model types (TrainingSet, Learner, Regressor, Predictions) and MatBank's own random forest with
 * jackknife uncertainty (RandomForest; docs/models/random_forest.md); tables, evaluation, the
 * registry and predictions follow.
 */
package org.matbank.ml;

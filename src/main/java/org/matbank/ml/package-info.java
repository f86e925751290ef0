/**
 * The AI standard model (issue 7): features of materials and forward models. So far the
 * composition featuriser (Magpie-style statistics of elemental properties), the core model types
 * (TrainingSet, Learner, Regressor, Predictions) and gradient boosting (XGBoost4J boosters on
 * bootstrap resamples; mean and spread as prediction and sigma; Tree SHAP explanations through
 * {@link org.matbank.ml.Explained}; JSON document with the boosters embedded, see
 * docs/models/gradient_boosting.md). Tables, evaluation, the registry and predictions follow.
 */
package org.matbank.ml;

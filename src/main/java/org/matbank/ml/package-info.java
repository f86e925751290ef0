/**
 * The AI standard model (issue 7): features of materials for forward models and the models. So far
 * the composition featuriser (Magpie-style statistics of elemental properties), the core model types
 * ({@link org.matbank.ml.Learner}, {@link org.matbank.ml.Regressor}), the Gaussian process with ARD
 * for small data and the ridge baseline ({@link org.matbank.ml.Linear}); tables, the other model
 * kinds, evaluation, the registry and predictions follow. Model documents: docs/models/.
 */
package org.matbank.ml;

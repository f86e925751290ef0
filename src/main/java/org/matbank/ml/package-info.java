/**
 * The AI standard model (issue 7): features of materials for forward models. So far the
 * composition featuriser (Magpie-style statistics of elemental properties) and the molecular one
 * (CDK descriptors of a SMILES; docs/models/features.md); tables, models, evaluation, the
 * registry and predictions follow.
 */
package org.matbank.ml;

/**
 * The AI standard model (issue 7): features of materials for forward models. So far the
 * composition featuriser (Magpie-style statistics of elemental properties); tables, models,
 * evaluation, the registry and predictions follow.
 */
package org.matbank.ml;

/**
 * Inverse design (issue 8): searching a design space for candidate specs that meet property
 * targets with the forward models of {@code org.matbank.ml}. So far: the design space
 * (compositions with component bounds that sum to a total, required, forbidden and a maximum
 * number of components, process parameter ranges, categorical options and linear rules) and its
 * feasibility check, the default space of a model (its training ranges), space-filling candidates,
 * the scores of a prediction (probability of meeting a target, expected improvement, upper
 * confidence bound) and the ranking of candidates by one model (docs/INVERSE-DESIGN.md).
 */
package org.matbank.design;

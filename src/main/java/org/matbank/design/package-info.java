/**
 * Inverse design (issue 8): searching a design space for candidate specs that meet property
 * targets with the forward models of {@code org.matbank.ml}. So far the design space itself:
 * compositions with component bounds that sum to a total, required, forbidden and a maximum
 * number of components, process parameter ranges, categorical options and linear rules, and the
 * feasibility check that explains an impossible space before any search.
 */
package org.matbank.design;

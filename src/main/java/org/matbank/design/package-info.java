/**
 * Inverse design (issue 8): searching a design space for candidate specs that meet property
 * targets with the forward models of {@code org.matbank.ml}, and closing the loop with experiments
 * (docs/INVERSE-DESIGN.md, ADR 0013). The design space (compositions summing to a total, required,
 * forbidden and counted components, parameter ranges, options, linear rules, tied columns), its
 * feasibility check and its unit-cube encoding; targets, cost and acquisitions on the calibrated
 * sigma; sampling, CMA-ES and NSGA-II searches with the Pareto front and a diverse batch; rules
 * written as text ({@code RuleText}); designs kept with their rounds, candidates saved as planned
 * experiments, and the HTTP API.
 */
package org.matbank.design;

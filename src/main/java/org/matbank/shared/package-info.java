/**
 * The small core every feature uses: links between objects, units (Indriya with materials
 * aliases), origins of values, validation levels and the violation/problem types of error answers.
 * Depends on no feature package.
 */
package org.matbank.shared;

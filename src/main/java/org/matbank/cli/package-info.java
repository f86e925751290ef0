/**
 * The command line ({@code matbank serve ...}), a thin entry point over the features.
 * Nothing depends on it.
 */
package org.matbank.cli;

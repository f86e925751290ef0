/**
 * The HTTP frame: error answers (problem details with a violation list) and the home page.
 * Nothing depends on it.
 */
package org.matbank.web;

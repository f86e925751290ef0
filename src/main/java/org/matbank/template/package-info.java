/**
 * Templates: the standard for one kind of thing. Attribute templates (property, condition,
 * parameter) with bounds; object templates (material, process, measurement) listing the attribute
 * templates they allow. Versioned; depends on shared only.
 */
package org.matbank.template;

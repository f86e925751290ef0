/**
 * Records: the material history graph of specs and runs (material, process, ingredient,
 * measurement), their values with units and origins, validation against templates, versions,
 * attached files, and the whole upstream history of an object. Depends on shared and template.
 */
package org.matbank.record;

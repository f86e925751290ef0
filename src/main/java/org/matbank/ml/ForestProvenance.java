package org.matbank.ml;

/** The hyper-parameters and seed a forest was fitted with, kept in its JSON document. */
record ForestProvenance(RandomForest parameters, long seed) {
}

package org.matbank.access;

import java.util.UUID;

/**
 * Published, inside the transaction, when who may see a dataset's records changed (its state, an
 * embargo that ended). The search index re-reads the materials it concerns: a material's facts
 * include upstream objects of other datasets only while those are public.
 */
public record DatasetChanged(UUID datasetId) {
}

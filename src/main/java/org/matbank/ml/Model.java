package org.matbank.ml;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.table.TableDefinition;

/**
 * A trained forward model with its provenance, as the registry keeps it: what it predicts, from
 * which table (definition and data snapshot hash), how (kind, hyper-parameters, seed, code
 * version), how well (cross-validated metrics) and which datasets it learnt from. Stored models
 * never change; training again under the same name makes the next version.
 *
 * @param target the table column predicted ("property:fatigue strength")
 * @param targetUnit the SI unit of the target ("Pa"; "" when dimensionless)
 * @param snapshot the table's data snapshot hash the model was trained on
 * @param rows the training rows; {@code publicRows} of them belong to no dataset
 * @param sigmaScale the recalibration factor applied to the model's raw sigma
 * @param documentSha256 the SHA-256 of the model's JSON document
 * @param datasets the datasets whose records trained it, with their row counts
 */
public record Model(
        UUID id,
        String name,
        int version,
        ModelKind kind,
        String target,
        String targetUnit,
        ModelInputs inputs,
        List<String> features,
        TableDefinition tableDefinition,
        UUID tableId,
        Integer tableVersion,
        String snapshot,
        int rows,
        int publicRows,
        Map<String, Object> parameters,
        long seed,
        ModelEvaluation evaluation,
        double sigmaScale,
        FeatureDomain domain,
        ModelAnalysis analysis,
        String codeVersion,
        String documentSha256,
        String author,
        Instant createdAt,
        Map<UUID, Integer> datasets) {

    public Model {
        features = List.copyOf(features);
        parameters = Map.copyOf(parameters);
        datasets = Map.copyOf(datasets);
    }
}

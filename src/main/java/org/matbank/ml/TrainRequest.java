package org.matbank.ml;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.table.TableDefinition;

/**
 * What to train: a model name, the table (a definition built now, or a stored table version),
 * the target column, the input columns (empty: every numeric column that is not a property),
 * whether to add Magpie features of the composition, the kind (null: chosen by nested
 * cross-validation) with hyper-parameters that replace its defaults (by name, e.g. "rounds" or
 * "max_depth"), the folds of the cross-validation and the seed.
 *
 * @param tableVersion with {@code tableId}: the stored version (null: its latest)
 */
public record TrainRequest(String name, TableDefinition table, UUID tableId, Integer tableVersion, String target,
        List<String> inputs, Boolean magpie, ModelKind kind, Map<String, Object> parameters, Integer folds, Long seed) {

    public static final int DEFAULT_FOLDS = 5;

    public TrainRequest {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Whether Magpie features of the composition are added (default: no). */
    public boolean withMagpie() {
        return Boolean.TRUE.equals(magpie);
    }

    public int foldsOrDefault() {
        return folds == null ? DEFAULT_FOLDS : folds;
    }

    public long seedOrDefault() {
        return seed == null ? 0L : seed;
    }
}

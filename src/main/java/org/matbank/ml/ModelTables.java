package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.table.Table;
import org.matbank.table.TableColumn;
import org.matbank.table.TableDefinition;
import org.matbank.table.TableService;
import org.matbank.table.TableVersion;
import org.springframework.stereotype.Component;

/**
 * From a training request to a training set: builds the table (only what the caller sees),
 * checks the target and the inputs, keeps the rows with a target value, and makes the features.
 * Inputs by default: every number column that is not a property and has a value somewhere, with
 * compositions as mass fractions (the atomic fractions carry the same information).
 */
@Component
class ModelTables {

    static final int MIN_ROWS = 10;
    private static final String MASS = " (mass fraction)";
    private static final String ATOMIC = " (atomic fraction)";

    /** What training needs from the table. */
    record Prepared(TrainingSet data, List<UUID> materials, ModelInputs inputs, String targetUnit, TableDefinition definition,
            UUID tableId, Integer tableVersion, String snapshot, int publicRows, Map<UUID, Integer> datasets,
            List<ModelAnalysis.InputRange> ranges) {
    }

    private final TableService tables;

    ModelTables(TableService tables) {
        this.tables = tables;
    }

    Prepared prepare(TrainRequest request, Audience audience, String author) {
        TableDefinition definition = request.table();
        UUID tableId = request.tableId();
        Integer version = null;
        if (tableId != null) {
            TableVersion stored = request.tableVersion() != null ? tables.version(tableId, request.tableVersion(), audience, author)
                    : tables.versions(tableId, audience, author).stream().reduce((a, b) -> b).orElseThrow();
            definition = stored.definition();
            version = stored.version();
        }
        if (definition == null) {
            definition = new TableDefinition(null, null, List.of(), Map.of());
        }
        Table table = tables.build(definition, audience);
        int target = targetColumn(table, request.target());
        double[] y = table.numbers().get(target);
        int[] rows = java.util.stream.IntStream.range(0, table.rows()).filter(i -> Double.isFinite(y[i])).toArray();
        if (rows.length < MIN_ROWS) {
            throw invalid("target", "model.rows", rows.length, "only " + rows.length + " materials of the table have a value of '"
                    + request.target() + "': a model needs at least " + MIN_ROWS);
        }
        ModelInputs inputs = inputs(table, request, target, rows);
        List<String> features = inputs.features();
        double[][] x = new double[rows.length][];
        double[] ys = new double[rows.length];
        List<UUID> materials = new ArrayList<>(rows.length);
        Map<UUID, Integer> datasets = new TreeMap<>();
        int publicRows = 0;
        // the cells of each input column, looked up once rather than by name for every cell
        Map<String, double[]> numbers = new HashMap<>();
        Map<String, String[]> texts = new HashMap<>();
        for (String column : inputs.tableColumns()) {
            int c = table.column(column);
            if (table.numbers().get(c) != null) {
                numbers.put(column, table.numbers().get(c));
            } else {
                texts.put(column, table.texts().get(c));
            }
        }
        for (int r = 0; r < rows.length; r++) {
            int row = rows[r];
            x[r] = inputs.features(column -> numbers.containsKey(column) ? numbers.get(column)[row] : null,
                    column -> texts.containsKey(column) ? texts.get(column)[row] : null);
            ys[r] = y[row];
            materials.add(table.materials().get(row));
            UUID dataset = table.datasets().get(row);
            if (dataset == null) {
                publicRows++;
            } else {
                datasets.merge(dataset, 1, Integer::sum);
            }
        }
        return new Prepared(new TrainingSet(features, x, ys), materials, inputs, table.columns().get(target).unit().equals("1") ? ""
                : table.columns().get(target).unit(), definition, tableId, version, table.snapshot(), publicRows, datasets,
                ranges(table, inputs, rows));
    }

    private static int targetColumn(Table table, String target) {
        int index = target == null ? -1 : table.column(target);
        if (index < 0 || !table.columns().get(index).isNumber()) {
            List<String> numeric = table.columns().stream().filter(TableColumn::isNumber).map(TableColumn::name)
                    .filter(n -> n.startsWith("property:")).toList();
            throw invalid("target", "model.target", target, (index < 0 ? "the table has no column '" + target + "'"
                    : "'" + target + "' holds text, not numbers") + "; its property columns are " + numeric);
        }
        return index;
    }

    private static ModelInputs inputs(Table table, TrainRequest request, int target, int[] rows) {
        List<String> columns = new ArrayList<>();
        List<String> molecules = new ArrayList<>();
        Map<String, String> units = new LinkedHashMap<>();
        if (request.inputs().isEmpty()) {
            for (int c = 0; c < table.columns().size(); c++) {
                TableColumn column = table.columns().get(c);
                if (c != target && column.isNumber() && !column.name().startsWith("property:") && !column.name().endsWith(ATOMIC)
                        && hasValue(table.numbers().get(c), rows)) {
                    columns.add(column.name());
                }
            }
        } else {
            List<Violation> problems = new ArrayList<>();
            for (String name : request.inputs()) {
                int c = table.column(name);
                if (c < 0 || c == target) {
                    problems.add(new Violation("inputs", "model.input", name, c == target ? "the target cannot be an input"
                            : "the table has no column '" + name + "'"));
                } else if (table.columns().get(c).isNumber()) {
                    columns.add(name);
                } else {
                    molecules.add(name);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(Problem.INVALID, problems);
            }
        }
        Map<String, String> magpie = new TreeMap<>();
        if (request.withMagpie()) {
            for (TableColumn column : table.columns()) {
                if (column.name().startsWith("composition:") && column.name().endsWith(ATOMIC)) {
                    magpie.put(column.name().substring("composition:".length(), column.name().length() - ATOMIC.length()), column.name());
                }
            }
            if (magpie.isEmpty()) {
                throw invalid("magpie", "model.magpie", true, "the table has no composition with atomic fractions for Magpie features");
            }
        }
        List<String> all = new ArrayList<>(columns);
        all.addAll(magpie.values());
        for (String name : all) {
            String unit = table.columns().get(table.column(name)).unit();
            units.put(name, unit == null || unit.equals("1") ? "" : unit);
        }
        if (columns.isEmpty() && magpie.isEmpty() && molecules.isEmpty()) {
            throw invalid("inputs", "model.inputs", null, "the table has no input column with values besides properties");
        }
        return new ModelInputs(columns, magpie, molecules, units);
    }

    private static List<ModelAnalysis.InputRange> ranges(Table table, ModelInputs inputs, int[] rows) {
        List<ModelAnalysis.InputRange> ranges = new ArrayList<>();
        for (String column : inputs.tableColumns()) {
            int c = table.column(column);
            if (!table.columns().get(c).isNumber()) {
                continue;
            }
            double[] cells = table.numbers().get(c);
            double[] values = Arrays.stream(rows).mapToDouble(r -> cells[r]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            String unit = inputs.units().getOrDefault(column, "");
            ranges.add(values.length == 0 ? new ModelAnalysis.InputRange(column, unit, Double.NaN, Double.NaN, Double.NaN)
                    : new ModelAnalysis.InputRange(column, unit, values[0], median(values), values[values.length - 1]));
        }
        return ranges;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static boolean hasValue(double[] cells, int[] rows) {
        for (int r : rows) {
            if (!Double.isNaN(cells[r])) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInputException invalid(String path, String rule, Object value, String message) {
        return new InvalidInputException(Problem.INVALID, new Violation(path, rule, value, message));
    }
}

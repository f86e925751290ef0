package org.matbank.ml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Units;
import org.matbank.shared.Violation;

/**
 * Rows to predict, as callers send them: table column to a number in the column's SI unit, or to
 * {@code {"value": 550, "unit": "degC"}} converted here. A column the model does not use, a value
 * that is not a number, or a unit of another dimension is refused, naming the row and column; a
 * column left out is a missing value (the model handles it, and the domain check flags it).
 */
final class PredictionRows {

    static final int MAX_ROWS = 100_000;

    private PredictionRows() {
    }

    static double[][] features(Model model, List<Map<String, Object>> rows) {
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException(Problem.INVALID, List.of(new Violation("rows", "prediction.rows",
                    rows == null ? null : rows.size(), "send between 1 and " + MAX_ROWS + " rows to predict")));
        }
        List<String> allowed = model.inputs().tableColumns();
        List<Violation> problems = new ArrayList<>();
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Double> si = new HashMap<>();
            Map<String, String> smiles = new HashMap<>();
            Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
            for (Map.Entry<String, Object> cell : row.entrySet()) {
                String path = "rows[" + i + "]." + cell.getKey();
                if (!allowed.contains(cell.getKey())) {
                    problems.add(new Violation(path, "prediction.column", cell.getKey(),
                            "the model has no input '" + cell.getKey() + "'; its inputs are " + allowed));
                    continue;
                }
                if (model.inputs().molecules().contains(cell.getKey())) {
                    if (cell.getValue() instanceof String text) {
                        smiles.put(cell.getKey(), text);
                    } else if (cell.getValue() != null) {
                        problems.add(new Violation(path, "prediction.smiles", cell.getValue(), "give the molecule as a SMILES string"));
                    }
                    continue;
                }
                Double v = number(cell.getValue(), model.inputs().units().get(cell.getKey()), path, problems);
                if (v != null) {
                    si.put(cell.getKey(), v);
                }
            }
            if (problems.size() < 50) {
                try {
                    x[i] = problems.isEmpty() ? model.inputs().features(si::get, smiles::get) : null;
                } catch (InvalidInputException unreadable) {
                    String prefix = "rows[" + i + "]";
                    unreadable.violations().forEach(v -> problems.add(v.prefixed(prefix)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems.subList(0, Math.min(problems.size(), 50)));
        }
        return x;
    }

    private static Double number(Object value, String siUnit, String path, List<Violation> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
            Object unit = m.get("unit");
            if (unit == null) {
                return n.doubleValue();
            }
            String from = unit.toString();
            String to = siUnit == null || siUnit.isEmpty() ? "1" : siUnit;
            try {
                if (!Units.compatible(from, to)) {
                    problems.add(new Violation(path + ".unit", "prediction.unit", from,
                            "'" + from + "' is not a unit of this column (SI unit " + to + ")"));
                    return null;
                }
                return Units.toSi(n.doubleValue(), from);
            } catch (RuntimeException e) {
                problems.add(new Violation(path + ".unit", "prediction.unit", from, "'" + from + "' is not a unit MatBank knows"));
                return null;
            }
        }
        problems.add(new Violation(path, "prediction.number", value,
                "give a number in SI units or {\"value\": number, \"unit\": \"...\"}, not " + value));
        return null;
    }
}

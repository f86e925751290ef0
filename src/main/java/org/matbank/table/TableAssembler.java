package org.matbank.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.matbank.search.MaterialFacts;
import org.matbank.shared.Sha256;

/**
 * Fills the cells of a table from its rows' facts and applies the missing-value rules. Several
 * values of one cell (two measurements of one property) give their mean; several texts are
 * joined with "; " in the order found.
 */
final class TableAssembler {

    private TableAssembler() {
    }

    /** The table, and the materials of its rows in order. */
    record Assembled(Table table, List<MaterialFacts> rows) {
    }

    static Assembled assemble(TableDefinition definition, List<ColumnPlan.Planned> plan, List<MaterialFacts> materials) {
        int columns = plan.size();
        double[][] numbers = new double[columns][];
        String[][] texts = new String[columns][];
        for (int c = 0; c < columns; c++) {
            if (plan.get(c).slot().isNumber()) {
                numbers[c] = new double[materials.size()];
            } else {
                texts[c] = new String[materials.size()];
            }
        }
        boolean[] kept = new boolean[materials.size()];
        int rows = 0;
        for (int r = 0; r < materials.size(); r++) {
            MaterialFacts m = materials.get(r);
            Map<String, List<MaterialFacts.Fact>> facts = new HashMap<>();
            boolean ingredients = false;
            for (MaterialFacts.Fact f : m.facts()) {
                facts.computeIfAbsent(f.column(), k -> new ArrayList<>()).add(f);
                ingredients |= f.type().equals("ingredient");
            }
            boolean keep = true;
            for (int c = 0; c < columns; c++) {
                ColumnPlan.Planned p = plan.get(c);
                Slot slot = p.slot();
                if (slot.isNumber()) {
                    double v = number(slot, m, facts);
                    if (Double.isNaN(v) && p.rule() == MissingRule.ZERO) {
                        // an absent element (ingredient) is 0 only where the composition (recipe) is known at all
                        boolean known = switch (slot.source()) {
                            case MASS, ATOMIC -> !m.composition().isEmpty();
                            default -> !slot.base().startsWith("ingredient:") || ingredients;
                        };
                        v = known ? 0 : Double.NaN;
                    }
                    numbers[c][r] = v;
                    keep &= !(Double.isNaN(v) && p.rule() == MissingRule.DROP_ROW);
                } else {
                    String t = text(slot, facts);
                    texts[c][r] = t;
                    keep &= !(t == null && p.rule() == MissingRule.DROP_ROW);
                }
            }
            kept[r] = keep;
            rows += keep ? 1 : 0;
        }
        List<MaterialFacts> rowMaterials = new ArrayList<>(rows);
        List<double[]> numberColumns = new ArrayList<>(columns);
        List<String[]> textColumns = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            numberColumns.add(numbers[c] == null ? null : keptOnly(numbers[c], kept, rows));
            textColumns.add(texts[c] == null ? null : keptOnly(texts[c], kept, rows));
        }
        for (int r = 0; r < materials.size(); r++) {
            if (kept[r]) {
                rowMaterials.add(materials.get(r));
            }
        }
        List<TableColumn> tableColumns = plan.stream().map(p -> p.slot().column(p.rule())).toList();
        List<UUID> ids = rowMaterials.stream().map(MaterialFacts::id).toList();
        List<UUID> datasets = rowMaterials.stream().map(MaterialFacts::dataset).toList();
        String snapshot = snapshot(tableColumns, rowMaterials, numberColumns, textColumns);
        return new Assembled(new Table(definition, tableColumns, ids, new ArrayList<>(datasets), numberColumns, textColumns, snapshot),
                rowMaterials);
    }

    private static double number(Slot slot, MaterialFacts m, Map<String, List<MaterialFacts.Fact>> facts) {
        switch (slot.source()) {
            case MASS, ATOMIC -> {
                for (MaterialFacts.Component c : m.composition()) {
                    if (c.name().equals(slot.key())) {
                        Double f = slot.source() == Slot.Source.MASS ? c.massFraction() : c.atomicFraction();
                        return f == null ? Double.NaN : f;
                    }
                }
                return Double.NaN;
            }
            default -> {
                double sum = 0;
                int n = 0;
                for (MaterialFacts.Fact f : facts.getOrDefault(slot.key(), List.of())) {
                    if (f.si() != null && slot.siUnit().equals(f.siUnit() == null ? "" : f.siUnit())) {
                        sum += f.si();
                        n++;
                    }
                }
                return n == 0 ? Double.NaN : sum / n;
            }
        }
    }

    private static String text(Slot slot, Map<String, List<MaterialFacts.Fact>> facts) {
        Set<String> values = new LinkedHashSet<>();
        for (MaterialFacts.Fact f : facts.getOrDefault(slot.key(), List.of())) {
            if (f.si() == null && f.text() != null) {
                values.add(f.text());
            }
        }
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static double[] keptOnly(double[] cells, boolean[] kept, int rows) {
        if (rows == cells.length) {
            return cells;
        }
        double[] out = new double[rows];
        for (int r = 0, i = 0; r < cells.length; r++) {
            if (kept[r]) {
                out[i++] = cells[r];
            }
        }
        return out;
    }

    private static String[] keptOnly(String[] cells, boolean[] kept, int rows) {
        if (rows == cells.length) {
            return cells;
        }
        String[] out = new String[rows];
        for (int r = 0, i = 0; r < cells.length; r++) {
            if (kept[r]) {
                out[i++] = cells[r];
            }
        }
        return out;
    }

    /** SHA-256 over the columns, then per row (in id order) the material id, its version and its cells. */
    static String snapshot(List<TableColumn> columns, List<MaterialFacts> rows, List<double[]> numbers, List<String[]> texts) {
        MessageDigest digest = Sha256.digest();
        for (TableColumn c : columns) {
            text(digest, c.name());
            text(digest, c.unit());
            text(digest, c.missing().json());
        }
        for (int r = 0; r < rows.size(); r++) {
            MaterialFacts m = rows.get(r);
            text(digest, m.id().toString());
            text(digest, m.version() == null ? "" : m.version().toString());
            for (int c = 0; c < columns.size(); c++) {
                if (numbers.get(c) != null) {
                    text(digest, Long.toHexString(Double.doubleToLongBits(numbers.get(c)[r])));
                } else {
                    text(digest, texts.get(c)[r]);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A text with its length before it (null as -1), so that no two sequences of texts digest alike. */
    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        int length = text == null ? -1 : bytes.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }
}

package org.matbank.export;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matbank.search.MaterialFacts;

/**
 * The columns of a table of materials, known before the first row is written (a CSV header
 * comes first; a Parquet schema is fixed). One row per material ({@link MaterialFacts}):
 * <ol>
 * <li>identity: {@value IdentityColumns#NAMES};</li>
 * <li>composition, per component: {@code composition:Cr (wt%)} (mass percent) and, for the
 *     components whose atomic fraction can be known, {@code composition:Cr (at%)};</li>
 * <li>one column per fact column and SI unit, holding the SI value, headed with the unit:
 *     {@code property:tensile strength [Pa]} ({@code [1]} when dimensionless); and for facts
 *     without a number (categories, text) one text column holding the value as entered:
 *     {@code property:phase}, or {@code property:phase (text)} when numbers share that name.</li>
 * </ol>
 * Several values of one column for one material (two measurements, say) are all kept: CSV and
 * XLSX join them with {@code "; "} in one cell; Parquet keeps the first in the typed column and
 * adds a list column (see {@link ParquetTableWriter}).
 *
 * <p>A fact or component whose column the layout does not have is left out and counted
 * ({@code values_outside_layout} in the manifest): the data changed between planning the columns
 * and writing the rows. Percentages are rounded to 12 significant digits, so that 0.07 is written
 * as 7 wt%, not 7.000000000000001.
 */
public final class TableLayout {

    /** The kind of value a column holds. */
    public enum Type {
        TEXT, NUMBER, BOOLEAN, DATE, TIMESTAMP, NUMBER_LIST, TEXT_LIST;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One column of the written table.
     *
     * @param name the header
     * @param type the kind of value
     * @param unit the unit of a number column: an SI unit ("Pa", "1" when dimensionless), "wt%" or "at%"; null otherwise
     */
    public record Column(String name, Type type, String unit) {
    }

    /**
     * A fact column of the layout: numbers in one SI unit, or text.
     *
     * @param column {@link MaterialFacts.Fact#column()}, such as "property:tensile strength"
     * @param siUnit the SI unit of the numbers ("" when dimensionless); null for the text column
     */
    public record FactColumn(String column, String siUnit) {

        public FactColumn {
            Objects.requireNonNull(column, "column");
        }

        public static FactColumn number(String column, String siUnit) {
            return new FactColumn(column, siUnit == null ? "" : siUnit);
        }

        public static FactColumn text(String column) {
            return new FactColumn(column, null);
        }

        public boolean isText() {
            return siUnit == null;
        }
    }

    /**
     * A component of the compositions.
     *
     * @param atomic whether an at% column follows the wt% one
     */
    public record CompositionColumn(String component, boolean atomic) {

        public CompositionColumn {
            Objects.requireNonNull(component, "component");
        }
    }

    private final List<CompositionColumn> composition;
    private final List<FactColumn> facts;
    private final List<Column> columns;
    private final Map<String, Integer> componentIndex = new HashMap<>();
    /** By fact name (not the column: hashing a name is cheaper than building "type:step/name" for every fact of every row). */
    private final Map<String, FactSlots> factIndex = new HashMap<>();
    /** By column, for the facts whose name holds a "/" (then "type:step/name" cannot be split back for sure). */
    private final Map<String, FactSlots> columnIndex = new HashMap<>();

    /** Where one fact column's values go: the text column and the number column of each SI unit. */
    private static final class FactSlots {
        final String type;
        final String step;
        final String name;
        /** The slots of another column with the same fact name (a property and a parameter both called "temperature"). */
        FactSlots next;
        int text = -1;
        String unit;
        int number = -1;
        Map<String, Integer> otherUnits;

        FactSlots(String type, String step, String name) {
            this.type = type;
            this.step = step;
            this.name = name;
        }

        boolean holds(MaterialFacts.Fact f) {
            return type.equals(f.type()) && Objects.equals(step, f.step());
        }

        int number(String siUnit) {
            String u = siUnit == null ? "" : siUnit;
            if (u.equals(unit)) {
                return number;
            }
            return otherUnits == null ? -1 : otherUnits.getOrDefault(u, -1);
        }
    }

    private TableLayout(List<CompositionColumn> composition, List<FactColumn> facts) {
        Map<String, Boolean> components = new LinkedHashMap<>();
        composition.forEach(c -> components.merge(c.component(), c.atomic(), Boolean::logicalOr));
        this.composition = components.entrySet().stream().map(e -> new CompositionColumn(e.getKey(), e.getValue())).toList();
        this.facts = List.copyOf(new LinkedHashSet<>(facts));
        List<Column> all = new ArrayList<>(IdentityColumns.ALL);
        Set<String> taken = new HashSet<>();
        IdentityColumns.ALL.forEach(c -> taken.add(c.name().toLowerCase(Locale.ROOT)));
        for (CompositionColumn c : this.composition) {
            componentIndex.put(c.component(), all.size());
            all.add(new Column(unique("composition:" + c.component() + " (wt%)", taken), Type.NUMBER, "wt%"));
            if (c.atomic()) {
                all.add(new Column(unique("composition:" + c.component() + " (at%)", taken), Type.NUMBER, "at%"));
            }
        }
        Set<String> withNumbers = new HashSet<>();
        this.facts.stream().filter(f -> !f.isText()).forEach(f -> withNumbers.add(f.column()));
        for (FactColumn f : this.facts) {
            FactSlots slots = columnIndex.computeIfAbsent(f.column(), this::slots);
            int index = all.size();
            if (f.isText()) {
                if (slots.text >= 0) {
                    continue;
                }
                slots.text = index;
                String name = withNumbers.contains(f.column()) ? f.column() + " (text)" : f.column();
                all.add(new Column(unique(name, taken), Type.TEXT, null));
            } else {
                String unit = f.siUnit().isEmpty() ? "1" : f.siUnit();
                if (slots.number(f.siUnit()) >= 0) {
                    continue;
                }
                if (slots.number < 0) {
                    slots.unit = f.siUnit();
                    slots.number = index;
                } else {
                    if (slots.otherUnits == null) {
                        slots.otherUnits = new HashMap<>();
                    }
                    slots.otherUnits.put(f.siUnit(), index);
                }
                all.add(new Column(unique(f.column() + " [" + unit + "]", taken), Type.NUMBER, unit));
            }
        }
        this.columns = List.copyOf(all);
    }

    /** A layout of these composition and fact columns, in this order, after the identity columns. */
    public static TableLayout of(List<CompositionColumn> composition, List<FactColumn> facts) {
        return new TableLayout(composition, facts);
    }

    /** The layout of a result's columns: mass and atomic percent per component, SI value per fact. */
    public static TableLayout of(List<org.matbank.search.SearchService.Column> columns) {
        List<TableLayout.CompositionColumn> composition = new ArrayList<>();
        List<TableLayout.FactColumn> facts = new ArrayList<>();
        for (org.matbank.search.SearchService.Column c : columns) {
            if (c.isComposition()) {
                composition.add(new TableLayout.CompositionColumn(c.name().substring("composition:".length()), true));
            } else if (c.siUnit() == null) {
                facts.add(TableLayout.FactColumn.text(c.name()));
            } else {
                facts.add(TableLayout.FactColumn.number(c.name(), c.siUnit()));
            }
        }
        return TableLayout.of(composition, facts);
    }

    /** A builder that learns the columns from materials (or is told them), sorting them by name. */
    public static TableLayoutBuilder builder() {
        return new TableLayoutBuilder();
    }

    /** Every column, in order: identity, composition, facts. */
    public List<Column> columns() {
        return columns;
    }

    public List<CompositionColumn> composition() {
        return composition;
    }

    public List<FactColumn> facts() {
        return facts;
    }

    /** Fills the value columns of one material into {@code cells} (the identity columns are read from the material). */
    void fill(MaterialFacts material, Cells cells) {
        cells.clear();
        for (MaterialFacts.Component c : material.composition()) {
            Integer index = componentIndex.get(c.name());
            if (index == null) {
                cells.outside += (c.massFraction() != null ? 1 : 0) + (c.atomicFraction() != null ? 1 : 0);
                continue;
            }
            if (c.massFraction() != null) {
                cells.number(index, percent(c.massFraction()));
            }
            if (c.atomicFraction() != null) {
                if (index + 1 < columns.size() && "at%".equals(columns.get(index + 1).unit())) {
                    cells.number(index + 1, percent(c.atomicFraction()));
                } else {
                    cells.outside++;
                }
            }
        }
        for (MaterialFacts.Fact f : material.facts()) {
            FactSlots slots = factIndex.get(f.name());
            while (slots != null && !slots.holds(f)) {
                slots = slots.next;
            }
            if (slots == null) {
                slots = columnIndex.get(f.column());
            }
            if (f.si() != null) {
                int index = slots == null ? -1 : slots.number(f.siUnit());
                if (index < 0) {
                    cells.outside++;
                } else {
                    cells.number(index, f.si());
                }
            } else if (f.text() != null) {
                if (slots == null || slots.text < 0) {
                    cells.outside++;
                } else {
                    cells.text(slots.text, f.text());
                }
            }
        }
    }

    /** New slots for a column "type:step/name" (or "type:name"), chained under the name. */
    private FactSlots slots(String column) {
        int colon = column.indexOf(':');
        String type = colon < 0 ? "" : column.substring(0, colon);
        String rest = column.substring(colon + 1);
        int slash = rest.indexOf('/');
        FactSlots slots = new FactSlots(type, slash < 0 ? null : rest.substring(0, slash), slash < 0 ? rest : rest.substring(slash + 1));
        slots.next = factIndex.get(slots.name);
        factIndex.put(slots.name, slots);
        return slots;
    }

    /** A fraction as a percentage, rounded to 12 significant digits (0.07 -> 7, not 7.000000000000001). */
    static double percent(double fraction) {
        double p = fraction * 100;
        if (p == 0 || !Double.isFinite(p)) {
            return p;
        }
        double scale = Math.pow(10, 11 - Math.floor(Math.log10(Math.abs(p))));
        double rounded = Math.rint(p * scale) / scale;
        return Double.isFinite(rounded) ? rounded : p;
    }

    /** Headers are unique ignoring case (DuckDB and Excel users compare them so): a repeat gets " (2)". */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}

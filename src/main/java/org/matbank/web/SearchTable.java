package org.matbank.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.search.MaterialFacts;
import org.matbank.search.SearchPage;
import org.matbank.shared.Units;

/**
 * The search page's numbers: the numeric columns the results carry, the chosen ones in the
 * chosen units, and the points of the property-property (Ashby) chart. Values are stored in SI
 * and only converted here, for display.
 */
final class SearchTable {

    /** A numeric column of the results, e.g. {@code property:fatigue strength} in Pa, shown in {@code unit}. */
    record Column(String key, String type, String name, String siUnit, String unit, List<String> units, long count) {

        public String label() {
            return unit.isEmpty() || "dimensionless".equals(unit) ? name : name + " (" + unit + ")";
        }

        Double value(MaterialFacts.Fact fact) {
            return unit.equals(siUnit) || "dimensionless".equals(unit) ? fact.si() : Units.convert(fact.si(), siUnit, unit);
        }
    }

    /** One row of the table: the material and, per chosen column, its values as text. */
    record Row(UUID id, String name, String family, String institution, List<String> cells) {
    }

    /** A point of the chart: a material with a value on both axes. */
    record Point(String id, String name, double x, double y) {
    }

    private static final MathContext SHOWN = new MathContext(4);

    private final Map<String, Column> columns;

    private SearchTable(Map<String, Column> columns) {
        this.columns = columns;
    }

    /** The numeric columns among the hits, most filled first; {@code units} maps a column key to a chosen unit. */
    static SearchTable of(SearchPage page, Map<String, String> units) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, MaterialFacts.Fact> first = new LinkedHashMap<>();
        for (SearchPage.Hit hit : page.hits()) {
            for (MaterialFacts.Fact f : hit.facts()) {
                if (f.si() != null && f.siUnit() != null) {
                    counts.computeIfAbsent(f.column(), k -> new long[1])[0]++;
                    first.putIfAbsent(f.column(), f);
                }
            }
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        first.keySet().stream().sorted(Comparator.comparing((String k) -> rank(first.get(k)))
                .thenComparing(k -> -counts.get(k)[0]).thenComparing(k -> k)).forEach(key -> {
                    MaterialFacts.Fact f = first.get(key);
                    List<String> choices = Display.choices(f.siUnit());
                    if (choices.isEmpty()) {
                        choices = List.of(f.siUnit());
                    }
                    String unit = units.getOrDefault(key, Display.preferred(f.siUnit(), choices));
                    if (!choices.contains(unit)) {
                        unit = choices.get(0);
                    }
                    String name = f.step() == null ? f.name() : f.step() + " / " + f.name();
                    columns.put(key, new Column(key, f.type(), name, choices.get(0), unit, choices, counts.get(key)[0]));
                });
        return new SearchTable(columns);
    }

    /**
     * Which columns come first (and make the default table and chart): properties with a unit
     * (strengths, densities) before process parameters, before dimensionless values (fractions).
     */
    private static int rank(MaterialFacts.Fact f) {
        boolean dimensioned = !f.siUnit().isEmpty();
        if (f.type().equals("property")) {
            return dimensioned ? 0 : 2;
        }
        return dimensioned ? 1 : 3;
    }

    List<Column> columns() {
        return List.copyOf(columns.values());
    }

    Column column(String key) {
        return columns.get(key);
    }

    /** The keys asked for that exist, or the first {@code n} columns when none is asked for. */
    List<String> chosen(List<String> asked, int n) {
        List<String> known = asked == null ? List.of() : asked.stream().filter(columns::containsKey).distinct().toList();
        return known.isEmpty() ? columns.keySet().stream().limit(n).toList() : known;
    }

    List<Row> rows(SearchPage page, List<String> chosen, int limit) {
        List<Row> rows = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits().subList(0, Math.min(limit, page.hits().size()))) {
            List<String> cells = new ArrayList<>();
            for (String key : chosen) {
                Column c = columns.get(key);
                cells.add(String.join("; ", hit.facts().stream().filter(f -> f.si() != null && f.column().equals(key))
                        .limit(3).map(f -> shown(c.value(f))).toList()));
            }
            rows.add(new Row(hit.id(), hit.name(), hit.family(), hit.institution(), cells));
        }
        return rows;
    }

    /** Every hit with a value on both axes (its first value of each), in the axes' units. */
    List<Point> points(SearchPage page, String x, String y) {
        Column cx = columns.get(x);
        Column cy = columns.get(y);
        if (cx == null || cy == null) {
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits()) {
            Double vx = firstValue(hit, cx);
            Double vy = firstValue(hit, cy);
            if (vx != null && vy != null) {
                points.add(new Point(hit.id().toString(), hit.name(), vx, vy));
            }
        }
        return points;
    }

    private static Double firstValue(SearchPage.Hit hit, Column c) {
        return hit.facts().stream().filter(f -> f.si() != null && f.column().equals(c.key())).findFirst()
                .map(c::value).orElse(null);
    }

    static String shown(Double value) {
        return value == null ? "" : new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
    }
}

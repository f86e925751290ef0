package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import's validation report (the JSON the API gives for download) as the page shows it: one
 * row per violation with its place taken apart into file, sheet, row, column and field, so that a
 * researcher can go straight to the cell. Places read as the importers write them:
 * {@code sheet 'Properties' row 7 column 'Hardness'}, {@code bad.csv row 4 column 'Fatigue'},
 * {@code sheet 'Materials' row 3: object 'alloy A'.properties[0].value} (a unit's place, then a field or
 * the cell), or a bare field path.
 */
final class ReportTable {

    /** One violation or warning, placed. Null parts are not known for this violation. */
    record Line(String file, String sheet, Long row, String column, String field, String rule, String value, String message) {
    }

    /** One table of the report: {@code violations} (what stops an import) or {@code warnings}. */
    record Part(String id, List<Line> lines) {
    }

    /** The report: its parts, each capped for the page; how many are left out; the template versions used. */
    record Report(List<Part> parts, long omitted, long notShown, List<String> templateVersions) {

        public List<Line> violations() {
            return parts.get(0).lines();
        }
    }

    /** A page shows this many; the download holds them all. */
    static final int SHOWN = 500;

    private static final Pattern PLACE = Pattern.compile(
            "^(?:sheet '(?<sheet>.*?)'|(?<file>[^:']+?))(?: row (?<row>\\d{1,18}))?(?: column '(?<column>.*?)')?(?:: (?<field>.*))?$");

    private ReportTable() {
    }

    static Report read(JsonMapper json, String report, String fileName) {
        JsonNode root = json.readTree(report);
        List<Line> violations = lines(root.path("violations"), fileName);
        List<Line> warnings = lines(root.path("warnings"), fileName);
        long notShown = Math.max(0, violations.size() - SHOWN) + Math.max(0, warnings.size() - SHOWN);
        List<String> versions = new ArrayList<>();
        root.path("template_versions").forEach(v -> versions.add(v.asString()));
        return new Report(List.of(new Part("violations", violations.subList(0, Math.min(SHOWN, violations.size()))),
                new Part("warnings", warnings.subList(0, Math.min(SHOWN, warnings.size())))), root.path("omitted").asLong(),
                notShown, versions);
    }

    private static List<Line> lines(JsonNode list, String fileName) {
        List<Line> lines = new ArrayList<>();
        list.forEach(v -> lines.add(line(v.path("path").asString(""), v.path("rule").asString(""), value(v.path("value")),
                v.path("message").asString(""), fileName)));
        return lines;
    }

    /** Takes a place apart; a path that names no place is a field of the uploaded file (or of the mapping). */
    static Line line(String path, String rule, String value, String message, String fileName) {
        Matcher m = PLACE.matcher(path);
        boolean placed = m.matches() && (m.group("sheet") != null || m.group("row") != null || fileName.equals(m.group("file")));
        if (!placed) {
            String file = path.startsWith("mapping") ? null : fileName;
            return new Line(file, null, null, null, path.isEmpty() ? null : path, rule, value, message);
        }
        String file = m.group("file") != null ? m.group("file") : fileName;
        String field = m.group("field");
        if (field != null) {
            // a unit's place before the cell's own (sheet 'Materials' row 4: sheet 'Properties' row 4 column 'X'): the cell tells more
            Line inner = line(field, rule, value, message, file);
            if (inner.sheet() != null || inner.row() != null) {
                return inner;
            }
        }
        Long row = m.group("row") == null ? null : Long.valueOf(m.group("row"));
        return new Line(file, m.group("sheet"), row, m.group("column"), field, rule, value, message);
    }

    private static String value(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }
}

package org.matbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads MatBank's filter language (docs/SEARCH.md), a superset of the OPTIMADE filter grammar's
 * comparisons and boolean structure, extended with units, BETWEEN and quoted attribute names:
 * {@code property."tensile strength" >= 0.5 GPa AND composition.Cr BETWEEN 0.5 wt% AND 2 wt%}.
 * A syntax error names the position (0-based character offset) and what was expected there.
 */
final class FilterParser {

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "HAS", "ALL", "ANY", "ONLY",
            "IS", "KNOWN", "UNKNOWN", "CONTAINS", "STARTS", "ENDS", "WITH");

    private final String text;
    private int pos;

    private FilterParser(String text) {
        this.text = text;
    }

    static Filter parse(String text) {
        FilterParser p = new FilterParser(text);
        Filter f = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("AND, OR or the end of the filter");
        }
        return f;
    }

    /** A sort key: a path, then ASC or DESC (or a leading '-' for descending). */
    record SortKey(Filter.Path path, boolean descending) {
    }

    static SortKey parseSort(String text) {
        String t = text.strip();
        boolean minus = t.startsWith("-");
        FilterParser p = new FilterParser(minus ? t.substring(1) : t);
        Filter.Path path = p.path();
        boolean descending = minus;
        if (p.keyword("DESC")) {
            descending = true;
        } else {
            p.keyword("ASC");
        }
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.error("ASC, DESC or the end of the sort");
        }
        return new SortKey(path, descending);
    }

    private Filter or() {
        Filter left = and();
        while (keyword("OR")) {
            int at = pos;
            left = new Filter.Or(left, and(), at);
        }
        return left;
    }

    private Filter and() {
        Filter left = unary();
        while (keyword("AND")) {
            int at = pos;
            left = new Filter.And(left, unary(), at);
        }
        return left;
    }

    private Filter unary() {
        skipSpace();
        int at = pos;
        if (keyword("NOT")) {
            return new Filter.Not(unary(), at);
        }
        if (symbol("(")) {
            Filter inner = or();
            if (!symbol(")")) {
                throw error("')' to close the '(' at position " + at);
            }
            return inner;
        }
        return comparison();
    }

    private Filter comparison() {
        Filter.Path path = path();
        int at = path.position();
        if (keyword("BETWEEN")) {
            Filter.Literal low = literal();
            if (!keyword("AND")) {
                throw error("AND between the two ends of BETWEEN");
            }
            return new Filter.Between(path, low, literal(), at);
        }
        if (keyword("HAS")) {
            String mode = keyword("ALL") ? "ALL" : keyword("ANY") ? "ANY" : keyword("ONLY") ? "ONLY" : "ALL";
            List<Filter.Literal> values = new ArrayList<>();
            values.add(literal());
            while (symbol(",")) {
                values.add(literal());
            }
            return new Filter.Has(path, mode, values, at);
        }
        if (keyword("IS")) {
            if (keyword("KNOWN")) {
                return new Filter.Known(path, true, at);
            }
            if (keyword("UNKNOWN")) {
                return new Filter.Known(path, false, at);
            }
            throw error("KNOWN or UNKNOWN after IS");
        }
        if (keyword("CONTAINS")) {
            return new Filter.Compare(path, "CONTAINS", literal(), at);
        }
        if (keyword("STARTS")) {
            keyword("WITH");
            return new Filter.Compare(path, "STARTS", literal(), at);
        }
        if (keyword("ENDS")) {
            keyword("WITH");
            return new Filter.Compare(path, "ENDS", literal(), at);
        }
        String op = operator();
        if (op == null) {
            throw error("an operator (=, !=, <, <=, >, >=, BETWEEN, HAS, IS KNOWN, CONTAINS, STARTS WITH) after " + path);
        }
        return new Filter.Compare(path, op, literal(), at);
    }

    private Filter.Path path() {
        skipSpace();
        int at = pos;
        List<String> parts = new ArrayList<>();
        parts.add(name("a name such as property.\"tensile strength\", composition.Cr or institution"));
        while (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            parts.add(name("a name after '.'"));
        }
        return new Filter.Path(parts, at);
    }

    private String name(String expected) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '"') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos || KEYWORDS.contains(text.substring(start, pos).toUpperCase(Locale.ROOT))) {
            pos = start;
            throw error(expected);
        }
        return text.substring(start, pos);
    }

    private Filter.Literal literal() {
        skipSpace();
        int at = pos;
        if (pos < text.length() && text.charAt(pos) == '"') {
            return new Filter.Literal(null, null, string(), at);
        }
        int start = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E') && pos > start) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        if (pos > start) {
            double number;
            try {
                number = Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number");
            }
            return new Filter.Literal(number, unit(), null, at);
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start || KEYWORDS.contains(text.substring(start, pos).toUpperCase(Locale.ROOT))) {
            pos = start;
            throw error("a value (a number with its unit, a \"quoted text\", true or false)");
        }
        return new Filter.Literal(null, null, text.substring(start, pos), at);
    }

    /** A unit right after a number: quoted, or a run of characters up to a space, ')' or ','. */
    private String unit() {
        int mark = pos;
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '"') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "(),\"=<>!".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String unit = text.substring(start, pos);
        if (unit.isEmpty() || KEYWORDS.contains(unit.toUpperCase(Locale.ROOT))) {
            pos = mark;
            return null;
        }
        return unit;
    }

    private String string() {
        int start = pos++;
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            b.append(c);
        }
        if (pos >= text.length()) {
            pos = start;
            throw error("a closing '\"' for the text that starts here");
        }
        pos++;
        return b.toString();
    }

    private String operator() {
        skipSpace();
        for (String op : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (end <= text.length() && text.substring(pos, end).equalsIgnoreCase(word)
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        skipSpace();
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FilterException error(String expected) {
        skipSpace();
        String found = pos >= text.length() ? "the end of the filter"
                : "'" + text.substring(pos, Math.min(text.length(), pos + 12)) + (pos + 12 < text.length() ? "…'" : "'");
        return new FilterException(pos, "expected " + expected + " but found " + found);
    }
}

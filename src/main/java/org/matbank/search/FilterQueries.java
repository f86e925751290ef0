package org.matbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/** Translates a parsed {@link Filter} into a Lucene query, converting every quantity to SI. */
final class FilterQueries {

    private static final Set<String> KEYWORD_FIELDS = Set.of(Fields.KIND, Fields.FAMILY, Fields.TEMPLATE,
            Fields.INSTITUTION, Fields.AUTHOR);

    private final Map<String, Set<String>> units;
    private final IndexReader reader;
    private final Attributes attributes;

    FilterQueries(Map<String, Set<String>> units, IndexReader reader) {
        this.units = units;
        this.reader = reader;
        this.attributes = new Attributes(units);
    }

    Query of(Filter f) {
        if (f instanceof Filter.And a) {
            return new BooleanQuery.Builder().add(of(a.left()), Occur.FILTER).add(of(a.right()), Occur.FILTER).build();
        }
        if (f instanceof Filter.Or o) {
            return new BooleanQuery.Builder().add(of(o.left()), Occur.SHOULD).add(of(o.right()), Occur.SHOULD).build();
        }
        if (f instanceof Filter.Not n) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(of(n.inner()), Occur.MUST_NOT).build();
        }
        if (f instanceof Filter.Known k) {
            Query has = known(k.path());
            return k.known() ? has : new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(has, Occur.MUST_NOT).build();
        }
        if (f instanceof Filter.Has h) {
            return has(h);
        }
        if (f instanceof Filter.Between b) {
            return range(b.path(), b.low(), b.high());
        }
        return compare((Filter.Compare) f);
    }

    private Query compare(Filter.Compare c) {
        Filter.Path path = c.path();
        String head = path.head();
        if (Attributes.isAttribute(head) || head.equals("composition") || head.equals("nelements")
                || head.equals("date") || head.equals("created")) {
            if (!c.value().isNumber() && (Attributes.isAttribute(head) && attributes.isText(path))) {
                return textAttribute(c);
            }
            return switch (c.op()) {
                case "=" -> range(path, c.value(), c.value());
                case "!=" -> new BooleanQuery.Builder().add(known(path), Occur.FILTER)
                        .add(range(path, c.value(), c.value()), Occur.MUST_NOT).build();
                case "<", "<=" -> range(path, null, c.value(), c.op().equals("<"));
                case ">", ">=" -> range(path, c.value(), null, c.op().equals(">"));
                default -> throw new FilterException(c.position(), c.op() + " does not apply to " + path + "; use =, <, <=, >, >= or BETWEEN");
            };
        }
        String field = keywordField(path);
        String value = text(c.value());
        Query q = switch (c.op()) {
            case "=", "!=" -> field.equals(Fields.NAME) || field.equals(Fields.INTERMEDIATE)
                    ? new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT))) : new TermQuery(new Term(field, value));
            case "STARTS" -> new PrefixQuery(new Term(field, lowerFor(field, value)));
            case "CONTAINS" -> new WildcardQuery(new Term(field, "*" + escape(lowerFor(field, value)) + "*"));
            case "ENDS" -> new WildcardQuery(new Term(field, "*" + escape(lowerFor(field, value))));
            default -> throw new FilterException(c.position(), c.op() + " does not apply to " + path + "; use = or !=");
        };
        if (c.op().equals("!=")) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(q, Occur.MUST_NOT).build();
        }
        return q;
    }

    private Query textAttribute(Filter.Compare c) {
        String key = attributes.key(c.path());
        Query q = new TermQuery(new Term(Fields.text(key), c.value().text().toLowerCase(Locale.ROOT)));
        return switch (c.op()) {
            case "=" -> q;
            case "!=" -> new BooleanQuery.Builder().add(known(c.path()), Occur.FILTER).add(q, Occur.MUST_NOT).build();
            default -> throw new FilterException(c.position(), c.path() + " holds text: use = or !=");
        };
    }

    private Query range(Filter.Path path, Filter.Literal low, Filter.Literal high) {
        return range(path, low, high, false);
    }

    private Query range(Filter.Path path, Filter.Literal low, Filter.Literal high, boolean exclusive) {
        String head = path.head();
        if (head.equals("date") || head.equals("created")) {
            long lo = low == null ? Long.MIN_VALUE : instant(head, low);
            long hi = high == null ? Long.MAX_VALUE : instant(head, high);
            if (exclusive) {
                lo = low == null ? lo : Math.addExact(lo, 1);
                hi = high == null ? hi : Math.addExact(hi, -1);
            }
            return LongPoint.newRangeQuery(head.equals("date") ? Fields.DATE : Fields.CREATED, lo, hi);
        }
        if (head.equals("nelements")) {
            int lo = low == null ? Integer.MIN_VALUE : integer(low);
            int hi = high == null ? Integer.MAX_VALUE : integer(high);
            if (exclusive) {
                lo = low == null ? lo : lo + 1;
                hi = high == null ? hi : hi - 1;
            }
            return IntPoint.newRangeQuery(Fields.NELEMENTS, lo, hi);
        }
        Attributes.Numeric field = head.equals("composition") ? Attributes.fraction(path, low != null ? low : high)
                : attributes.numeric(path, low != null ? low : high);
        double lo = low == null ? Double.NEGATIVE_INFINITY : field.si(low);
        double hi = high == null ? Double.POSITIVE_INFINITY : field.si(high);
        if (low != null && high != null && low == high) {
            double slack = Math.max(Math.abs(lo) * 1e-9, 1e-12);
            lo -= slack;
            hi += slack;
        } else if (exclusive) {
            lo = low == null ? lo : Math.nextUp(lo);
            hi = high == null ? hi : Math.nextDown(hi);
        }
        return DoublePoint.newRangeQuery(field.field(), lo, hi);
    }

    private Query known(Filter.Path path) {
        String head = path.head();
        if (Attributes.isAttribute(head)) {
            return new TermQuery(new Term(Fields.HAS, attributes.key(path)));
        }
        if (head.equals("composition") && path.parts().size() == 2) {
            return new TermQuery(new Term(Fields.ELEMENT, path.parts().get(1)));
        }
        throw new FilterException(path.position(), "IS KNOWN applies to property, parameter, condition and composition names, not " + path);
    }

    private Query has(Filter.Has h) {
        String head = h.path().head();
        String field = switch (head) {
            case "elements" -> Fields.ELEMENT;
            case "tags" -> Fields.TAG;
            case "origin", "origins" -> Fields.ORIGIN;
            case "uids" -> Fields.UID;
            default -> throw new FilterException(h.position(), "HAS applies to elements, tags, origin and uids, not " + h.path());
        };
        Set<String> values = h.values().stream().map(this::text).collect(Collectors.toSet());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        switch (h.mode()) {
            case "ANY" -> values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
            case "ONLY" -> {
                b.add(new TermQuery(new Term(Fields.HAS_COMPOSITION, "true")), Occur.FILTER);
                termsOf(field).stream().filter(t -> !values.contains(t))
                        .forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.MUST_NOT));
            }
            default -> values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.FILTER));
        }
        return b.build();
    }

    private Set<String> termsOf(String field) {
        try {
            Set<String> all = new HashSet<>();
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    all.add(t.utf8ToString());
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keywordField(Filter.Path path) {
        String head = path.head();
        if (path.parts().size() == 1 && KEYWORD_FIELDS.contains(head)) {
            return head;
        }
        return switch (head) {
            case "name" -> Fields.NAME;
            case "id" -> Fields.ID;
            case "uid" -> Fields.UID;
            case "tag", "tags" -> Fields.TAG;
            case "origin" -> Fields.ORIGIN;
            case "intermediate" -> Fields.INTERMEDIATE;
            case "element", "elements" -> Fields.ELEMENT;
            default -> throw new FilterException(path.position(), "unknown name '" + path + "'; known: " + known());
        };
    }

    static String known() {
        return List.of("property.NAME", "parameter.NAME", "parameter.STEP.NAME", "condition.NAME", "ingredient.NAME", "ingredient.STEP.NAME", "composition.ELEMENT",
                "elements", "nelements", "kind", "family", "template", "institution", "author", "name", "id", "uid",
                "tags", "origin", "date", "created", "intermediate").stream().sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
    }

    private static String lowerFor(String field, String value) {
        return field.equals(Fields.NAME) ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private String text(Filter.Literal literal) {
        return literal.isNumber() ? literal.toString() : literal.text();
    }

    private static long instant(String head, Filter.Literal value) {
        if (value.isNumber()) {
            throw new FilterException(value.position(), head + " takes a date in quotes, e.g. \"2024-03-01\"");
        }
        try {
            if (head.equals("date")) {
                return LocalDate.parse(value.text()).toEpochDay();
            }
            return value.text().length() == 10 ? LocalDate.parse(value.text()).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
                    : Instant.parse(value.text()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new FilterException(value.position(), "'" + value.text() + "' is not a date (YYYY-MM-DD)"
                    + (head.equals("created") ? " or time (YYYY-MM-DDThh:mm:ssZ)" : ""));
        }
    }

    private static int integer(Filter.Literal value) {
        if (!value.isNumber() || value.number() != Math.rint(value.number()) || value.unit() != null) {
            throw new FilterException(value.position(), "nelements takes a whole number, not '" + value + "'");
        }
        return value.number().intValue();
    }
}

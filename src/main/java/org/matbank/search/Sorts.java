package org.matbank.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;

/**
 * Sort orders. Every order ends with the material id, so that no two materials tie and a cursor
 * (the sort values of the last hit) names one place in the order. Materials without the sort
 * value come last either way.
 */
final class Sorts {

    private static final SortField BY_ID = new SortField(Fields.ID, SortField.Type.STRING);

    private Sorts() {
    }

    static Sort of(SearchRequest request, Map<String, Set<String>> units) {
        if (!request.hasSort()) {
            return request.hasText() ? new Sort(SortField.FIELD_SCORE, BY_ID) : new Sort(BY_ID);
        }
        try {
            FilterParser.SortKey key = FilterParser.parseSort(request.sort());
            return new Sort(field(key, units), BY_ID);
        } catch (SortException e) {
            throw e;
        } catch (FilterException e) {
            throw new SortException(e.position(), e.getMessage());
        }
    }

    private static SortField field(FilterParser.SortKey key, Map<String, Set<String>> units) {
        Filter.Path path = key.path();
        boolean desc = key.descending();
        switch (path.head()) {
            case "name":
                return missingLast(new SortField(Fields.NAME, SortField.Type.STRING, desc), desc);
            case "date":
            case "created":
            case "nelements": {
                SortField f = new SortField(path.head().equals("date") ? Fields.DATE : path.head().equals("created")
                        ? Fields.CREATED : Fields.NELEMENTS, SortField.Type.LONG, desc);
                f.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
                return f;
            }
            case "id":
                return new SortField(Fields.ID, SortField.Type.STRING, desc);
            case "composition": {
                Filter.Literal wt = new Filter.Literal(0.0, "wt%", null, path.position());
                return numeric(Attributes.fraction(path, wt).field(), desc);
            }
            case "property":
            case "parameter":
            case "condition":
            case "ingredient": {
                Attributes attributes = new Attributes(units);
                String k = attributes.key(path);
                String unit = units.get(k).stream().filter(u -> !u.equals(Fields.TEXT_UNIT)).sorted().findFirst()
                        .orElseThrow(() -> new FilterException(path.position(), path + " holds text and cannot be sorted by"));
                return numeric(Fields.number(k, unit), desc);
            }
            default:
                throw new FilterException(path.position(), "cannot sort by '" + path + "'; sort by name, date, created, "
                        + "nelements, id, composition.ELEMENT or a property, parameter or condition");
        }
    }

    private static SortField numeric(String field, boolean desc) {
        SortedNumericSortField f = new SortedNumericSortField(Fields.sort(field), SortField.Type.DOUBLE, desc,
                desc ? SortedNumericSelector.Type.MAX : SortedNumericSelector.Type.MIN);
        f.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        return f;
    }

    private static SortField missingLast(SortField f, boolean desc) {
        f.setMissingValue(desc ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return f;
    }
}

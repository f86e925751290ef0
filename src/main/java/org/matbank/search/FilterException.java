package org.matbank.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * A search that cannot be read or answered (a syntax error, an unknown attribute, a unit of the
 * wrong dimension): says where (0-based character offset) and what was wrong.
 */
class FilterException extends RuntimeException {

    private final int position;

    FilterException(int position, String message) {
        super(message);
        this.position = position;
    }

    int position() {
        return position;
    }

    /** As the 400 answer: the request field, the position in it, the text and the message. */
    InvalidInputException toInvalidInput(String field, String text) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("position", position);
        value.put(field, text);
        String where = text == null || text.isEmpty() ? "" : "at position " + position + " of the " + field + ": ";
        return new InvalidInputException(Problem.MALFORMED, new Violation(field, "search." + field, value, where + getMessage()));
    }
}

/** An error in the sort of a search. */
class SortException extends FilterException {
    SortException(int position, String message) {
        super(position, message);
    }
}

/** An error in the cursor of a search. */
class CursorException extends FilterException {
    CursorException(String message) {
        super(0, message);
    }
}

/** An unknown facet dimension. */
class FacetException extends FilterException {
    FacetException(String message) {
        super(0, message);
    }
}

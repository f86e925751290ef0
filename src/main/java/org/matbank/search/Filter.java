package org.matbank.search;

import java.util.List;

/**
 * A parsed filter (MatBank's filter language, modelled on OPTIMADE's). Every node remembers the
 * position in the filter text where it starts, so that an error about it can point there.
 */
sealed interface Filter {

    int position();

    record And(Filter left, Filter right, int position) implements Filter {
    }

    record Or(Filter left, Filter right, int position) implements Filter {
    }

    record Not(Filter inner, int position) implements Filter {
    }

    /** {@code path op value}; op is one of = != < <= > >= CONTAINS STARTS ENDS. */
    record Compare(Path path, String op, Literal value, int position) implements Filter {
    }

    /** {@code path BETWEEN low AND high}, both ends included. */
    record Between(Path path, Literal low, Literal high, int position) implements Filter {
    }

    /** {@code path HAS [ALL | ANY | ONLY] value, value...}. */
    record Has(Path path, String mode, List<Literal> values, int position) implements Filter {
    }

    /** {@code path IS KNOWN} or {@code path IS UNKNOWN}. */
    record Known(Path path, boolean known, int position) implements Filter {
    }

    /** A dotted name: property."tensile strength".measured, composition.Cr, institution. */
    record Path(List<String> parts, int position) {

        String head() {
            return parts.get(0).toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String toString() {
            return String.join(".", parts);
        }
    }

    /** A value: a number with an optional unit, a quoted string, or a bare word (true, false). */
    record Literal(Double number, String unit, String text, int position) {

        boolean isNumber() {
            return number != null;
        }

        @Override
        public String toString() {
            return isNumber() ? (unit == null ? ValueText.number(number) : ValueText.number(number) + " " + unit) : text;
        }
    }
}

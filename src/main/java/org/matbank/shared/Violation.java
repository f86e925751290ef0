package org.matbank.shared;

/**
 * One broken rule: where (a field path such as {@code objects[2].properties[0].value.units}),
 * which rule, the offending value and a sentence a researcher can act on.
 */
public record Violation(String path, String rule, Object value, String message) {

    public Violation prefixed(String prefix) {
        return new Violation(path == null || path.isEmpty() ? prefix : prefix + "." + path, rule, value, message);
    }
}

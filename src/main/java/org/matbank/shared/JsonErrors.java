package org.matbank.shared;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads a JSON parsing failure into a field path, a rule and a position a person can find. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    public static String rule(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "json.field.unknown";
        }
        if (e instanceof InvalidTypeIdException) {
            return "json.type.unknown";
        }
        return e instanceof MismatchedInputException ? "json.field.type" : "json.malformed";
    }

    public static String location(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    public static String message(JacksonException e) {
        String text = e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidTypeIdException t) {
            return "unknown type '" + t.getTypeId() + "'";
        }
        return text == null ? "the request body is not valid JSON" : text.replaceAll("\\s+", " ");
    }
}

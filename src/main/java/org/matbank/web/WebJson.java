package org.matbank.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What page controllers hand to templates as text: data for charts as JSON for a
 * {@code data-series} attribute (read by static/js/matbank.js, so pages carry no inline script),
 * and instants in the server's time zone. Computed in controllers: Thymeleaf 3.1.5 forbids bean
 * calls in attribute expressions.
 */
@Component
class WebJson {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JsonMapper json;

    WebJson(JsonMapper json) {
        this.json = json;
    }

    /** The value as JSON, with the application's naming (snake_case), as the API writes it. */
    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}

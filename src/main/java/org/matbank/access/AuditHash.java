package org.matbank.access;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.matbank.shared.Sha256;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash of an audit event: hex SHA-256 of the UTF-8 bytes of a canonical JSON array
 * {@code [seq,at,actor,actor_user_id,address,action,target,detail,previous_hash]} without spaces,
 * {@code at} as {@code 2026-03-01T09:00:00.123456Z}, detail's keys sorted (Java string order) at
 * every level, numbers as PostgreSQL writes them. The text is written here by hand, not by a
 * configurable serializer, so that no change of library or setting can make old events fail to
 * verify; ADR 0007 states it for anyone who checks the chain with other tools.
 */
final class AuditHash {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Only its parser is used, which reads the detail as stored; it never writes canonical text. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditHash() {
    }

    /** The hash of an event with its detail as PostgreSQL returns it ({@code detail::text}). */
    static String of(long seq, Instant at, String actor, UUID actorUserId, String address, String action, String target,
            String detail, String previousHash) {
        return Sha256.of(canonical(seq, at, actor, actorUserId, address, action, target, detail, previousHash)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String canonical(long seq, Instant at, String actor, UUID actorUserId, String address, String action,
            String target, String detail, String previousHash) {
        StringBuilder text = new StringBuilder(256).append('[').append(seq).append(',');
        string(text, AT.format(at.truncatedTo(ChronoUnit.MICROS))).append(',');
        string(text, actor).append(',');
        string(text, actorUserId == null ? null : actorUserId.toString()).append(',');
        string(text, address).append(',');
        string(text, action).append(',');
        string(text, target).append(',');
        try (JsonParser parser = JSON.createParser(detail)) {
            value(text, parser, parser.nextToken());
        }
        text.append(',');
        return string(text, previousHash).append(']').toString();
    }

    private static void value(StringBuilder text, JsonParser parser, JsonToken token) {
        switch (token) {
            case START_OBJECT -> {
                Map<String, String> sorted = new TreeMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    StringBuilder member = new StringBuilder();
                    value(member, parser, parser.nextToken());
                    sorted.put(key, member.toString());
                }
                text.append('{');
                String comma = "";
                for (Map.Entry<String, String> member : sorted.entrySet()) {
                    string(text.append(comma), member.getKey()).append(':').append(member.getValue());
                    comma = ",";
                }
                text.append('}');
            }
            case START_ARRAY -> {
                text.append('[');
                String comma = "";
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    value(text.append(comma), parser, t);
                    comma = ",";
                }
                text.append(']');
            }
            case VALUE_STRING -> string(text, parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text.append(parser.getString()); // the digits as stored
            case VALUE_TRUE -> text.append("true");
            case VALUE_FALSE -> text.append("false");
            case VALUE_NULL -> text.append("null");
            default -> throw new IllegalArgumentException("not JSON: " + token);
        }
    }

    /** A JSON string: quote, backslash and control characters escaped, everything else as it is. */
    private static StringBuilder string(StringBuilder text, String value) {
        if (value == null) {
            return text.append("null");
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"');
    }
}

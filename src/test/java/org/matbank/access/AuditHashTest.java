package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.shared.Sha256;

/**
 * The canonical text an event's hash covers, pinned as ADR 0007 states it: events recorded today
 * must still verify after any later change of code or libraries, and an auditor must be able to
 * recompute a hash with other tools.
 */
class AuditHashTest {

    private static final UUID USER = UUID.fromString("0198c5a0-0000-7000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00.1234567Z");

    @Test
    void theCanonicalTextIsAFixedJsonArrayWithSortedKeysAndMicroseconds() {
        String detail = "{\"z\": [1, 2.50, {\"b\": true, \"a\": null}], \"a\": \"say \\\"hi\\\"\\n\", \"é\": 100000000000000000000}";

        String text = AuditHash.canonical(7, AT, "user 'kim' (signed in)", USER, "10.0.0.1", "token.created", null, detail,
                "ab12");

        assertThat(text).isEqualTo("[7,\"2026-03-01T09:00:00.123456Z\",\"user 'kim' (signed in)\","
                + "\"0198c5a0-0000-7000-8000-000000000001\",\"10.0.0.1\",\"token.created\",null,"
                + "{\"a\":\"say \\\"hi\\\"\\u000a\",\"z\":[1,2.50,{\"a\":null,\"b\":true}],\"é\":100000000000000000000},\"ab12\"]");
        assertThat(AuditHash.of(7, AT, "user 'kim' (signed in)", USER, "10.0.0.1", "token.created", null, detail, "ab12"))
                .isEqualTo(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameDetailWrittenDifferentlyHashesAlikeAndAnyChangedFieldDoesNot() {
        String one = AuditHash.of(1, AT, "system", null, null, "user.created", "x", "{\"a\": 1, \"b\": \"c\"}", null);

        assertThat(AuditHash.of(1, AT, "system", null, null, "user.created", "x", "{\"b\":\"c\",\"a\":1}", null)).isEqualTo(one);
        assertThat(AuditHash.of(2, AT, "system", null, null, "user.created", "x", "{\"a\": 1, \"b\": \"c\"}", null)).isNotEqualTo(one);
        assertThat(AuditHash.of(1, AT, "system", null, null, "user.created", null, "{\"a\": 1, \"b\": \"c\"}", null)).isNotEqualTo(one);
        assertThat(AuditHash.of(1, AT, "system", null, null, "user.created", "x", "{\"a\": 2, \"b\": \"c\"}", null)).isNotEqualTo(one);
        assertThat(AuditHash.of(1, AT, "system", null, null, "user.created", "x", "{\"a\": 1, \"b\": \"c\"}", "00")).isNotEqualTo(one);
    }
}

package org.matbank.record;

import org.matbank.shared.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fingerprint of an object as it was submitted (before ids, versions and templates are filled
 * in). A re-import that submits the same object again is recognised by it and skipped, instead of
 * making a new version that changes nothing.
 */
final class InputHash {

    private InputHash() {
    }

    static String of(JsonMapper json, RecordObject submitted) {
        RecordObject content = submitted.toBuilder().id(null).version(null).times(null, null).build();
        byte[] bytes = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(content);
        return Sha256.of(bytes);
    }
}

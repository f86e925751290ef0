package org.matbank.ingest;

import java.util.Optional;

/**
 * MatBank fields that GEMD has no place for travel through GEMD as tags
 * {@code matbank::key::value}, so that a MatBank -> GEMD -> MatBank trip keeps them and gemd-python
 * still reads the file (it accepts any tag).
 */
final class GemdTags {

    static final String PREFIX = "matbank::";

    /** Object fields carried as tags; their JSON names are the keys. */
    static final java.util.List<String> OBJECT_FIELDS = java.util.List.of(
            "author", "institution", "date", "step_order", "equipment", "specimen_form", "instrument",
            "template_version");

    private GemdTags() {
    }

    record Tag(String key, String value) {
    }

    static String of(String key, String value) {
        return PREFIX + key + "::" + value;
    }

    static Optional<Tag> parse(String tag) {
        if (tag == null || !tag.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = tag.substring(PREFIX.length());
        int split = rest.indexOf("::");
        return split <= 0 ? Optional.empty() : Optional.of(new Tag(rest.substring(0, split), rest.substring(split + 2)));
    }
}

package org.matbank.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matbank.search.MaterialFacts;

/**
 * The identity columns that begin every table of materials (the same in every format), and their
 * text. The value columns follow them ({@link TableLayout}).
 */
final class IdentityColumns {

    static final String NAMES = "id, kind, name, family, template, author, institution, date, created, "
            + "intermediate, tags, external ids";

    /** The identity columns, in order. */
    static final List<TableLayout.Column> ALL = List.of(
            new TableLayout.Column("id", TableLayout.Type.TEXT, null),
            new TableLayout.Column("kind", TableLayout.Type.TEXT, null),
            new TableLayout.Column("name", TableLayout.Type.TEXT, null),
            new TableLayout.Column("family", TableLayout.Type.TEXT, null),
            new TableLayout.Column("template", TableLayout.Type.TEXT, null),
            new TableLayout.Column("author", TableLayout.Type.TEXT, null),
            new TableLayout.Column("institution", TableLayout.Type.TEXT, null),
            new TableLayout.Column("date", TableLayout.Type.DATE, null),
            new TableLayout.Column("created", TableLayout.Type.TIMESTAMP, null),
            new TableLayout.Column("intermediate", TableLayout.Type.BOOLEAN, null),
            new TableLayout.Column("tags", TableLayout.Type.TEXT, null),
            new TableLayout.Column("external ids", TableLayout.Type.TEXT, null));

    static final int ID = 0;
    static final int KIND = 1;
    static final int NAME = 2;
    static final int FAMILY = 3;
    static final int TEMPLATE = 4;
    static final int AUTHOR = 5;
    static final int INSTITUTION = 6;
    static final int DATE = 7;
    static final int CREATED = 8;
    static final int INTERMEDIATE = 9;
    static final int TAGS = 10;
    static final int EXTERNAL_IDS = 11;

    private IdentityColumns() {
    }

    /** The number of identity columns, after which the value columns begin. */
    static int count() {
        return ALL.size();
    }

    /** The external ids as "scope:id;scope:id", sorted by scope. */
    static String externalIds(Map<String, String> uids) {
        if (uids.isEmpty()) {
            return "";
        }
        if (uids.size() == 1) {
            Map.Entry<String, String> only = uids.entrySet().iterator().next();
            return only.getKey() + ":" + only.getValue();
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(uids).forEach((scope, id) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(scope).append(':').append(id);
        });
        return text.toString();
    }

    static String tags(List<String> tags) {
        return tags.isEmpty() ? "" : tags.size() == 1 ? tags.get(0) : String.join("; ", tags);
    }

    /** The text of an identity column that is text in every format, or null when empty. */
    static String text(MaterialFacts m, int column) {
        return switch (column) {
            case ID -> m.id() == null ? null : m.id().toString();
            case KIND -> m.kind();
            case NAME -> m.name();
            case FAMILY -> m.family();
            case TEMPLATE -> m.template();
            case AUTHOR -> m.author();
            case INSTITUTION -> m.institution();
            case DATE -> m.date() == null ? null : m.date().toString();
            case CREATED -> m.created() == null ? null : m.created().toString();
            case INTERMEDIATE -> Boolean.toString(m.intermediate());
            case TAGS -> m.tags().isEmpty() ? null : tags(m.tags());
            case EXTERNAL_IDS -> m.uids().isEmpty() ? null : externalIds(m.uids());
            default -> throw new IllegalArgumentException("not an identity column: " + column);
        };
    }
}

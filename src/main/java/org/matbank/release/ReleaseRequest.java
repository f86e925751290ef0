package org.matbank.release;

import java.util.List;

/**
 * What to publish: the materials a filter and words choose (as a search would), and how to cite them.
 *
 * @param series lowercase letters, digits and dashes; a new series starts at version 1
 */
public record ReleaseRequest(String series, String title, List<String> creators, String description, String filter,
        String text) {

    public ReleaseRequest {
        creators = creators == null ? List.of() : List.copyOf(creators);
    }
}

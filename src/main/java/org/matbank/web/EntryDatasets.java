package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetService;
import org.matbank.access.DatasetState;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * Which dataset an entered material goes into. The form offers the datasets the caller may add
 * records to (by the API's own rule, {@link DatasetAccess#requireChange}) and "no dataset", which
 * makes the material visible to everyone; a signed-in researcher starts with their first writable
 * dataset, so that a confidential material is not public by an oversight.
 */
@Component
class EntryDatasets {

    /** A dataset the caller may write into. */
    record Choice(UUID id, String name) {
    }

    private final DatasetService datasets;
    private final DatasetAccess access;

    EntryDatasets(DatasetService datasets, DatasetAccess access) {
        this.datasets = datasets;
        this.access = access;
    }

    /** The datasets the caller may add records to, as the API decides it; none for anonymous callers. */
    List<Choice> writable(Caller caller) {
        if (caller == null) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        datasets.list(caller).stream().filter(d -> d.state() != DatasetState.WITHDRAWN).forEach(d -> {
            if (refusal(caller, d.id()).isEmpty()) {
                choices.add(new Choice(d.id(), d.name()));
            }
        });
        return choices;
    }

    /** The form's first choice: the first writable dataset, else no dataset (blank). */
    static String first(List<Choice> choices) {
        return choices.isEmpty() ? "" : choices.get(0).id().toString();
    }

    /**
     * The posted dataset (null: none), refused exactly as {@code POST /api/records/batch?dataset=}
     * refuses it when the caller may not write into it.
     */
    UUID require(Caller caller, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("dataset", "parameter.type", text,
                    "'" + text + "' is not a valid dataset"));
        }
        access.requireChange(caller, id);
        return id;
    }

    private Optional<InvalidInputException> refusal(Caller caller, UUID id) {
        try {
            access.requireChange(caller, id);
            return Optional.empty();
        } catch (InvalidInputException refused) {
            return Optional.of(refused);
        }
    }
}

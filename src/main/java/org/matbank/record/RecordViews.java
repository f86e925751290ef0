package org.matbank.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.AuditLog;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * The one check before an object is shown, to the API and to the pages alike: an object the
 * audience may not see is answered as if it did not exist, and a view of protected core data is
 * written to the audit log.
 */
@Component
public class RecordViews {

    private final RecordService records;
    private final DatasetAccess access;
    private final AuditLog audit;

    RecordViews(RecordService records, DatasetAccess access, AuditLog audit) {
        this.records = records;
        this.access = access;
        this.audit = audit;
    }

    /** Refuses (404, as for an id that does not exist) an object of a dataset the audience may not see. */
    public void require(UUID id, Audience audience, HttpServletRequest http) {
        UUID dataset = records.datasets(List.of(id)).get(id);
        if (dataset == null) {
            return;
        }
        if (!audience.sees(dataset)) {
            // the same answer as for an id that does not exist, so that a hidden id reveals nothing
            throw new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "record.not-found", String.valueOf(id),
                    "no object with this id"));
        }
        if (access.isProtected(dataset)) {
            audit.record("protected.viewed", "object " + id, Map.of("dataset", dataset.toString(),
                    "request", http.getMethod() + " " + http.getRequestURI()));
        }
    }
}

package org.matbank.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.AuditLog;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetRole;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving stored objects into a dataset. The caller needs role contributor in the dataset, and for
 * each object: curator in the dataset it leaves; an object of no dataset (open to everyone) is
 * moved by an administrator only, since moving it hides open data.
 */
@RestController
@Tag(name = "datasets")
class DatasetRecordsController {

    private final RecordService records;
    private final DatasetAccess access;
    private final AuditLog audit;

    DatasetRecordsController(RecordService records, DatasetAccess access, AuditLog audit) {
        this.records = records;
        this.access = access;
        this.audit = audit;
    }

    /** The objects to move. */
    record Move(List<UUID> ids) {
    }

    @PostMapping("/api/datasets/{id}/records")
    @Operation(summary = "Move objects into the dataset", description = """
            Example body: {"ids":["0198c5a0-6f1e-7c3a-9d2b-4e5f60718293"]}. Needs role contributor in the dataset and
            curator in the dataset an object leaves; objects of no dataset are moved by administrators only.""")
    Map<String, Object> move(@PathVariable UUID id, @RequestBody Move move, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        access.require(caller, id, DatasetRole.CONTRIBUTOR, "adding records");
        if (move.ids() == null || move.ids().isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("ids", "dataset.records.empty", null,
                    "list the ids of the objects to move"));
        }
        Map<UUID, UUID> from = records.datasets(move.ids());
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < move.ids().size(); i++) {
            UUID object = move.ids().get(i);
            UUID source = from.get(object);
            if (source == null && !administrator(caller)) {
                refused.add(new Violation("ids[" + i + "]", "dataset.records.open", object,
                        "this object is open to everyone (in no dataset): only an administrator may move it into a dataset"));
            } else if (source != null && !source.equals(id)) {
                access.require(caller, source, DatasetRole.CURATOR, "moving a record out");
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(Problem.FORBIDDEN, refused);
        }
        int moved = records.assignDataset(move.ids(), id);
        audit.record("dataset.records.moved", "dataset " + id, Map.of("objects", moved));
        return Map.of("dataset", id, "moved", moved);
    }

    private static boolean administrator(Caller caller) {
        return caller != null && caller.has(org.matbank.access.Scope.ADMIN);
    }
}

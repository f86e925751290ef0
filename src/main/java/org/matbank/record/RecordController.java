package org.matbank.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the material history graph. */
@RestController
@RequestMapping("/api/records")
@Tag(name = "records", description = "Materials, processes, ingredients and measurements (spec and run), versioned")
class RecordController {

    private static final String LEVEL = "How bounds violations are treated: fail (default: nothing is written), "
            + "warn (written, listed as warnings) or ignore. Unit, reference, template and cycle errors always fail.";

    private static final String DATASET = "The dataset the new objects go into (role contributor there; curator once "
            + "it is embargoed or public); without one they are open to everyone.";

    private final RecordService records;
    private final DatasetAccess access;
    private final RecordViews views;

    RecordController(RecordService records, DatasetAccess access, RecordViews views) {
        this.records = records;
        this.access = access;
        this.views = views;
    }

    /** A batch of objects that may reference each other by external id. */
    record Batch(List<RecordObject> objects) {
    }

    @PostMapping
    @Operation(summary = "Create one object")
    ResponseEntity<SaveResult> create(@RequestBody RecordObject object,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation,
            @Parameter(description = DATASET) @RequestParam(required = false) UUID dataset, HttpServletRequest http) {
        checkDataset(dataset, http);
        SaveResult saved = unprefixed(object, ValidationLevel.parse(validation), dataset, access.audience(http));
        return ResponseEntity.created(URI.create("/api/records/" + saved.objects().get(0).id())).body(saved);
    }

    @PostMapping("/batch")
    @Operation(summary = "Create many objects at once, all or nothing (e.g. a whole history)")
    ResponseEntity<SaveResult> createBatch(@RequestBody Batch batch,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation,
            @Parameter(description = DATASET) @RequestParam(required = false) UUID dataset, HttpServletRequest http) {
        checkDataset(dataset, http);
        if (batch.objects() == null || batch.objects().isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("objects", "batch.empty", null,
                    "a batch lists at least one object"));
        }
        return ResponseEntity.status(201).body(records.create(batch.objects(), ValidationLevel.parse(validation), dataset,
                access.audience(http)));
    }

    @GetMapping
    @Operation(summary = "List objects in id order; pass the last id of a page as 'after' for the next")
    List<RecordObject> list(@RequestParam(required = false) String type, @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "100") int limit, HttpServletRequest http) {
        ObjectKind kind = null;
        if (type != null) {
            try {
                kind = ObjectKind.fromJson(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Problem.MALFORMED, new Violation("type", "type.unknown", type, "unknown object type"));
            }
        }
        Audience audience = access.audience(http);
        return records.seenBy(records.list(kind, after, limit, audience), audience);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read the current version of an object")
    RecordObject get(@PathVariable UUID id, HttpServletRequest http) {
        checkVisible(id, http);
        return records.seenBy(List.of(records.get(id)), access.audience(http)).get(0);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Store a new version; the body's version must be the current one, else 409 (the old version is kept)")
    SaveResult update(@PathVariable UUID id, @RequestBody RecordObject object,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation, HttpServletRequest http) {
        checkVisible(id, http);
        UUID dataset = records.datasets(List.of(id)).get(id);
        if (dataset != null) {
            access.requireChange(Caller.of(http).orElse(null), dataset);
        }
        return records.update(id, object, ValidationLevel.parse(validation), access.audience(http));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Read every version of an object, oldest first")
    List<RecordObject> versions(@PathVariable UUID id, HttpServletRequest http) {
        checkVisible(id, http);
        return records.seenBy(records.versions(id), access.audience(http));
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of an object")
    RecordObject version(@PathVariable UUID id, @PathVariable int version, HttpServletRequest http) {
        checkVisible(id, http);
        return records.seenBy(List.of(records.get(id, version)), access.audience(http)).get(0);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Read the whole history of an object in one call: every object upstream to the raw "
            + "materials, the measurements of the materials on the way, and the edges")
    History history(@PathVariable UUID id, HttpServletRequest http) {
        checkVisible(id, http);
        return records.history(id, access.audience(http));
    }

    private void checkVisible(UUID id, HttpServletRequest http) {
        views.require(id, access.audience(http), http);
    }

    private void checkDataset(UUID dataset, HttpServletRequest http) {
        if (dataset != null) {
            // contributors add to drafts and shared datasets; once public (or embargoed), curators
            access.requireChange(Caller.of(http).orElse(null), dataset);
        }
    }

    // a single object's errors name its fields directly, not objects[0].field
    private SaveResult unprefixed(RecordObject object, ValidationLevel level, UUID dataset, Audience writer) {
        try {
            SaveResult saved = records.create(List.of(object), level, dataset, writer);
            return new SaveResult(saved.objects(), unprefixed(saved.warnings()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problem(), unprefixed(e.violations()));
        }
    }

    private static List<Violation> unprefixed(List<Violation> violations) {
        return violations.stream().map(v -> new Violation(
                v.path().replaceFirst("^objects\\[0]\\.?", ""), v.rule(), v.value(), v.message())).toList();
    }
}

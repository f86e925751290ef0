package org.matbank.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

    private final RecordService records;

    RecordController(RecordService records) {
        this.records = records;
    }

    /** A batch of objects that may reference each other by external id. */
    record Batch(List<RecordObject> objects) {
    }

    @PostMapping
    @Operation(summary = "Create one object")
    ResponseEntity<SaveResult> create(@RequestBody RecordObject object,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation) {
        SaveResult saved = unprefixed(object, ValidationLevel.parse(validation));
        return ResponseEntity.created(URI.create("/api/records/" + saved.objects().get(0).id())).body(saved);
    }

    @PostMapping("/batch")
    @Operation(summary = "Create many objects at once, all or nothing (e.g. a whole history)")
    ResponseEntity<SaveResult> createBatch(@RequestBody Batch batch,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation) {
        if (batch.objects() == null || batch.objects().isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("objects", "batch.empty", null,
                    "a batch lists at least one object"));
        }
        return ResponseEntity.status(201).body(records.create(batch.objects(), ValidationLevel.parse(validation)));
    }

    @GetMapping
    @Operation(summary = "List objects in id order; pass the last id of a page as 'after' for the next")
    List<RecordObject> list(@RequestParam(required = false) String type, @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "100") int limit) {
        ObjectKind kind = null;
        if (type != null) {
            try {
                kind = ObjectKind.fromJson(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Problem.MALFORMED, new Violation("type", "type.unknown", type, "unknown object type"));
            }
        }
        return records.list(kind, after, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read the current version of an object")
    RecordObject get(@PathVariable UUID id) {
        return records.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Store a new version; the body's version must be the current one, else 409 (the old version is kept)")
    SaveResult update(@PathVariable UUID id, @RequestBody RecordObject object,
            @Parameter(description = LEVEL) @RequestParam(required = false) String validation) {
        return records.update(id, object, ValidationLevel.parse(validation));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Read every version of an object, oldest first")
    List<RecordObject> versions(@PathVariable UUID id) {
        return records.versions(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of an object")
    RecordObject version(@PathVariable UUID id, @PathVariable int version) {
        return records.get(id, version);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Read the whole history of an object in one call: every object upstream to the raw "
            + "materials, the measurements of the materials on the way, and the edges")
    History history(@PathVariable UUID id) {
        return records.history(id);
    }

    // a single object's errors name its fields directly, not objects[0].field
    private SaveResult unprefixed(RecordObject object, ValidationLevel level) {
        try {
            SaveResult saved = records.create(List.of(object), level);
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

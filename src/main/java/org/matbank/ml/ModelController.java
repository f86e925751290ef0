package org.matbank.ml;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.AuditLog;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The model registry over HTTP: train, list, inspect, predict and export (docs/MODELS.md). */
@RestController
@Tag(name = "models")
class ModelController {

    private final ModelService models;
    private final DatasetAccess access;
    private final AuditLog audit;

    ModelController(ModelService models, DatasetAccess access, AuditLog audit) {
        this.models = models;
        this.access = access;
        this.audit = audit;
    }

    /** Rows to predict: table column to a number in SI, or to {"value": ..., "unit": ...}. */
    record PredictionRequest(List<Map<String, Object>> rows) {
    }

    @PostMapping("/api/models")
    @Operation(summary = "Train a model on a table", description = """
            Example body: {"name":"nims-fatigue","table":{"filter":"template = \\"steel\\""},
            "target":"property:fatigue strength","kind":"gradient-boosting","folds":5,"seed":0}.
            Leave out "kind" to choose the model by nested cross-validation. Trains on the rows the caller sees.""")
    ResponseEntity<Model> train(@RequestBody TrainRequest request, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        Model model = models.train(request, access.audience(http), caller == null ? "anonymous" : caller.describe());
        return ResponseEntity.status(HttpStatus.CREATED).body(model);
    }

    @GetMapping("/api/models")
    @Operation(summary = "The models the caller may see, newest first")
    List<Model> list(HttpServletRequest http) {
        return models.list(access.audience(http));
    }

    @GetMapping("/api/models/{id}")
    @Operation(summary = "A model: provenance, cross-validated metrics, parity data and feature importance")
    Model get(@PathVariable UUID id, HttpServletRequest http) {
        return models.get(id, access.audience(http));
    }

    @PostMapping("/api/models/{id}/predictions")
    @Operation(summary = "Predict rows", description = """
            Example body: {"rows":[{"parameter:tempering/temperature":{"value":550,"unit":"degC"},"composition:C":0.0042}]}.
            Each prediction has its value and sigma in the target's SI unit, and names the features outside the
            training domain. A read: a read-only token may predict.""")
    Map<String, Object> predict(@PathVariable UUID id, @RequestBody PredictionRequest request, HttpServletRequest http) {
        return Map.of("model", id, "predictions", models.predict(id, request.rows(), access.audience(http)));
    }

    /** A what-if question: the column to move, the values of other columns (SI; default the training medians), the grid size. */
    record WhatIfRequest(String column, Map<String, Double> set, Integer points) {
    }

    @PostMapping("/api/models/{id}/what-if")
    @Operation(summary = "What-if: predictions as one input column moves over its training range", description = """
            Example body: {"column":"parameter:tempering/temperature","set":{"composition:C":0.004},"points":25}.
            The other input columns keep the values set, or their training medians. A read.""")
    InputSweep.Curve whatIf(@PathVariable UUID id, @RequestBody WhatIfRequest request, HttpServletRequest http) {
        return models.whatIf(id, request.set(), request.column(), request.points() == null ? 25 : request.points(),
                access.audience(http));
    }

    @GetMapping("/api/models/{id}/artifact")
    @Operation(summary = "The model as a standalone artifact (ZIP): model document, manifest, table definition, Python predictor")
    ResponseEntity<StreamingResponseBody> artifact(@PathVariable UUID id, HttpServletRequest http) {
        Model model = get(id, http);
        String file = ModelArtifact.folder(model) + ".zip";
        // a model leaves MatBank: logged like every export, with what it learnt from
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("model", model.id());
        detail.put("name", model.name());
        detail.put("version", model.version());
        detail.put("datasets", model.datasets().keySet());
        detail.put("snapshot", model.snapshot());
        audit.record("export", "model artifact", detail);
        StreamingResponseBody body = out -> models.export(id, access.audience(http), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }
}

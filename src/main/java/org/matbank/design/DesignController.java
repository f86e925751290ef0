package org.matbank.design;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.Scope;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
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

/** Designs over HTTP: run, inspect, close the loop, save candidates as planned experiments, export (docs/INVERSE-DESIGN.md). */
@RestController
@Tag(name = "designs")
class DesignController {

    private final DesignService designs;
    private final DatasetAccess access;

    DesignController(DesignService designs, DatasetAccess access) {
        this.designs = designs;
        this.access = access;
    }

    /** Which candidates of a round to save, and where. */
    record SpecRequest(UUID dataset, List<Integer> candidates) {
    }

    @PostMapping("/api/designs")
    @Operation(summary = "Run a design's first round", description = """
            Example body: {"name":"tough steel","models":["<model id>"],
            "targets":[{"property":"property:fatigue strength","kind":"at-least","low":700,"unit":"MPa"}],
            "strategy":"sampling","samples":2000,"candidates":10,"seed":0}. Without "space" the first model's training
            ranges are searched. Strategies: sampling, cma-es, nsga2; acquisitions: probability, expected-improvement,
            upper-confidence-bound, expected-value.""")
    ResponseEntity<Design> create(@RequestBody DesignRequest request, HttpServletRequest http) {
        UUID owner = Caller.of(http).map(Caller::userId).orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).body(designs.create(request, access.audience(http), author(http), owner));
    }

    @GetMapping("/api/designs")
    @Operation(summary = "The designs the caller may see, newest first")
    List<Design.Summary> list(HttpServletRequest http) {
        return designs.list(access.audience(http));
    }

    @GetMapping("/api/designs/{id}")
    @Operation(summary = "A design with all its rounds")
    Design get(@PathVariable UUID id, HttpServletRequest http) {
        return designs.get(id, access.audience(http));
    }

    @PostMapping("/api/designs/{id}/rounds")
    @Operation(summary = "Close the loop: retrain every model on the data as it is now and search again")
    ResponseEntity<Design> nextRound(@PathVariable UUID id, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).body(designs.nextRound(id, access.audience(http), author(http),
                caller == null ? null : caller.userId(), admin(caller)));
    }

    @PostMapping("/api/designs/{id}/rounds/{round}/specs")
    @Operation(summary = "Save candidates as planned experiments (specs) in a dataset", description = """
            Example body: {"dataset":"<dataset id>","candidates":[1,2,3]}. Only the design's owner or an administrator; needs the right to add records to the dataset (contributor, curator once it is embargoed or public).
            Answers each candidate's material spec; a material run that names it as its spec realises it.""")
    ResponseEntity<Map<String, Object>> saveSpecs(@PathVariable UUID id, @PathVariable int round, @RequestBody SpecRequest request,
            HttpServletRequest http) {
        if (request.dataset() == null) {
            throw new InvalidInputException(Problem.INVALID, new Violation("dataset", "design.spec.dataset", null,
                    "name the dataset the planned experiments belong to"));
        }
        Caller caller = Caller.of(http).orElse(null);
        access.requireChange(caller, request.dataset());
        Map<Integer, UUID> specs = designs.saveSpecs(id, round, request.candidates(), request.dataset(), access.audience(http), author(http),
                caller == null ? null : caller.userId(), admin(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("specs", specs));
    }

    @GetMapping("/api/designs/{id}/rounds/{round}/candidates.csv")
    @Operation(summary = "A round's candidates as CSV: rank, score, probability, each variable, each target's mean and sigma")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable int round, HttpServletRequest http) {
        Design design = designs.get(id, access.audience(http));
        if (round < 1 || round > design.rounds().size()) {
            throw new InvalidInputException(Problem.NOT_FOUND, new Violation("round", "design.round.unknown", round,
                    "the design has rounds 1 to " + design.rounds().size()));
        }
        byte[] body = CandidateCsv.of(design.rounds().get(round - 1).outcome()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("design-" + id + "-round-" + round + ".csv").build().toString()).body(body);
    }

    private static boolean admin(Caller caller) {
        return caller != null && caller.has(Scope.ADMIN);
    }

    private static String author(HttpServletRequest http) {
        return Caller.of(http).map(Caller::describe).orElse("anonymous");
    }
}

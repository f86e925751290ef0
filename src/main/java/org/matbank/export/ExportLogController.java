package org.matbank.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/exports: the export log, newest first; administrators only (the access rule says so for the whole path). */
@RestController
class ExportLogController {

    static final int MAX = 1000;

    private final ExportLog log;

    ExportLogController(ExportLog log) {
        this.log = log;
    }

    @Operation(summary = "The export log, newest first (scope admin)", description = """
            Every export that left MatBank: fingerprint, time, outcome (started, complete, cut off; served for a
            release file), recipient with user and token ids and address, format, query, record count, and the
            size and SHA-256 of the data file. 'matbank export identify FILE' finds the export a file came from.""")
    @GetMapping("/api/exports")
    List<ExportLogEntry> list(@Parameter(description = "How many, 1 to " + MAX) @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("limit", "export.limit", limit,
                    "between 1 and " + MAX));
        }
        return log.newest(limit);
    }
}

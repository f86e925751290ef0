package org.matbank.release;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.export.ExportFormat;
import org.matbank.export.ExportLog;
import org.matbank.export.Recipient;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Releases: publish (POST), list, read, download their bulk files. There is no PUT or DELETE. */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {

    private final ReleaseService releases;
    private final ExportLog exports;

    ReleaseController(ReleaseService releases, ExportLog exports) {
        this.releases = releases;
        this.exports = exports;
    }

    @Operation(summary = "Publish a release", description = """
            Freezes the materials a filter (and words) choose into an immutable release: MatBank JSON, CSV and
            Parquet files with checksums, a persistent identifier and a citation. Publishing again in the same
            series makes the next version; earlier versions never change. Example body:
            {"series":"nims-fatigue","title":"NIMS steel fatigue","creators":["Agrawal, A."],"filter":"tags HAS \\"demo\\""}""")
    @PostMapping
    ResponseEntity<Release> publish(@RequestBody ReleaseRequest request, HttpServletRequest http) {
        // who publishes: the token's owner; anonymous in local single-user mode (accounts come with issue 5)
        String createdBy = Caller.of(http).map(Caller::describe).orElse("anonymous");
        Release release = releases.publish(request, createdBy);
        return ResponseEntity.created(URI.create("/api/releases/" + release.id())).body(release);
    }

    @GetMapping
    List<Release> list(@RequestParam(required = false) String series) {
        return releases.list(series);
    }

    @GetMapping("/{id}")
    Release get(@PathVariable UUID id) {
        return releases.find(id).orElseThrow(() -> notFound(id.toString()));
    }

    @Operation(summary = "Download a bulk file of a release (a ZIP with its manifest)", description = """
            Release files carry no fingerprint (they are public and cited by one checksum); each download is
            recorded in the export log with the caller and address.""")
    @GetMapping("/{id}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable String name, HttpServletRequest http) {
        Release release = releases.find(id).orElseThrow(() -> notFound(id.toString()));
        Release.ReleaseFile described = release.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> notFound(id + "/" + name));
        Path file = releases.file(id, name).orElseThrow(() -> notFound(id + "/" + name));
        exports.served(Recipient.of(http), ExportFormat.parse(described.format()),
                Map.of("release", release.id(), "pid", release.pid(), "file", name), release.recordCount(), described.sha256(),
                described.size());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(new FileSystemResource(file));
    }

    private static InvalidInputException notFound(String what) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "release.unknown", what, "no such release or file"));
    }
}

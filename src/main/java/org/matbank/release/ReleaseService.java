package org.matbank.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.export.ExportFormat;
import org.matbank.export.ExportQuery;
import org.matbank.export.ExportRequest;
import org.matbank.export.ExportService;
import org.matbank.export.TableLayout;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Sha256;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes releases: the materials a search chooses, frozen on one index snapshot into MatBank
 * JSON (whole histories, re-importable), CSV and Parquet files under data-dir/releases/ID (read-only),
 * with checksums, a persistent identifier and a citation, then one row that is never changed.
 */
@Service
public class ReleaseService {

    static final List<ExportFormat> FORMATS = List.of(ExportFormat.MATBANK_JSON, ExportFormat.CSV, ExportFormat.PARQUET);

    private final ReleaseRepository releases;
    private final SearchService search;
    private final ExportService exports;
    private final TransactionTemplate transaction;
    private final Path root;
    private final String pidPrefix;
    private final DatasetAccess access;

    ReleaseService(ReleaseRepository releases, SearchService search, ExportService exports, DatasetAccess access,
            TransactionTemplate transaction,
            @Value("${matbank.data-dir}") String dataDir, @Value("${matbank.db.ephemeral:false}") boolean ephemeral,
            @Value("${matbank.release.pid-prefix:urn:matbank:release:}") String pidPrefix) throws IOException {
        this.releases = releases;
        this.search = search;
        this.exports = exports;
        this.access = access;
        this.transaction = transaction;
        this.root = ephemeral ? Files.createTempDirectory("matbank-releases") : Path.of(dataDir).resolve("releases");
        this.pidPrefix = pidPrefix;
    }

    public Release publish(ReleaseRequest request, String createdBy) {
        check(request);
        // a release is a public, citable file: it holds what everyone may see, whoever publishes it
        Visibility visibility = Visibility.of(access.audience((Caller) null).forExport());
        SearchRequest query = SearchRequest.of(request.filter(), request.text(), null);
        UUID id = Ids.next();
        Path folder = root.resolve(id.toString());
        try (SearchService.Snapshot snapshot = search.snapshot()) {
            long count = snapshot.count(query, visibility);
            if (count == 0) {
                throw new InvalidInputException(Problem.INVALID, new Violation("filter", "release.empty", request.filter(),
                        "no material matches: a release needs at least one"));
            }
            Files.createDirectories(folder);
            List<Release.ReleaseFile> files = new ArrayList<>();
            TableLayout layout = TableLayout.of(search.columns(query, visibility));
            Map<UUID, Long> byDataset = search.countsByDataset(request.filter(), request.text(), visibility);
            for (ExportFormat format : FORMATS) {
                files.add(write(folder, format, request, snapshot, query, visibility, layout));
            }
            Release release = transaction.execute(tx -> {
                int version = releases.nextVersion(request.series());
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String pid = pidPrefix + id;
                Release r = new Release(id, request.series(), version, request.title().strip(), request.creators(),
                        request.description(), request.filter(), request.text(), pid,
                        citation(request, version, now, pid), count, files, createdBy, now);
                releases.insert(r);
                releases.datasets(id, byDataset);
                return r;
            });
            try (var paths = Files.list(folder)) {
                paths.forEach(p -> p.toFile().setReadOnly());
            }
            return release;
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw e;
        }
    }

    public List<Release> list(String series) {
        return releases.list(series);
    }

    public Optional<Release> find(UUID id) {
        return releases.find(id);
    }

    /** A bulk file of a release, if both exist. */
    public Optional<Path> file(UUID id, String name) {
        return releases.find(id).flatMap(r -> r.files().stream().filter(f -> f.name().equals(name)).findFirst())
                .map(f -> root.resolve(id.toString()).resolve(f.name())).filter(Files::isRegularFile);
    }

    private Release.ReleaseFile write(Path folder, ExportFormat format, ReleaseRequest request, SearchService.Snapshot snapshot,
            SearchRequest query, Visibility visibility, TableLayout layout) throws IOException {
        String name = format.fileName() + ".zip";
        Path file = folder.resolve(name);
        var digest = Sha256.digest();
        // unmarked: a release file is public and cited by one checksum; its downloads are logged instead
        ExportRequest export = ExportRequest.unmarked(format, new ExportQuery(request.filter(), request.text(), null))
                .seenBy(access.audience((Caller) null).forExport());
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            if (format.isTabular()) {
                exports.table(export, layout, sink -> snapshot.forEach(query, visibility, sink), out);
            } else {
                exports.histories(export, sink -> snapshot.forEach(query, visibility, m -> sink.accept(m.id())), out);
            }
        }
        return new Release.ReleaseFile(name, format.json(), Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }

    private static String citation(ReleaseRequest request, int version, Instant at, String pid) {
        return String.join("; ", request.creators()) + " (" + at.atZone(ZoneOffset.UTC).getYear() + "). "
                + request.title().strip() + " (version " + version + ") [Data set]. MatBank. " + pid;
    }

    private static void check(ReleaseRequest r) {
        List<Violation> problems = new ArrayList<>();
        if (r.series() == null || !r.series().matches("[a-z0-9][a-z0-9-]{0,99}")) {
            problems.add(new Violation("series", "release.series", r.series(),
                    "lowercase letters, digits and dashes, starting with a letter or digit (at most 100)"));
        }
        if (r.title() == null || r.title().isBlank()) {
            problems.add(new Violation("title", "release.title", r.title(), "a release needs a title to be cited by"));
        }
        if (r.creators().isEmpty() || r.creators().stream().anyMatch(c -> c == null || c.isBlank())) {
            problems.add(new Violation("creators", "release.creators", r.creators(), "name at least one creator, none blank"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }
}

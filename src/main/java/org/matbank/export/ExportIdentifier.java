package org.matbank.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Names the export a file came from (issue 5): by the fingerprints it carries, looked up in the
 * export log; failing that, by its SHA-256 (or an entry's, for a ZIP) against the data files the
 * log recorded, which finds files that are byte for byte what was sent, such as a release file,
 * which has no fingerprint. An edited file whose fingerprint was removed matches neither.
 */
@Service
public class ExportIdentifier {

    private final ExportLog log;

    ExportIdentifier(ExportLog log) {
        this.log = log;
    }

    /** Reads the whole file once (any size) and looks up what it carries; the file is not changed. */
    public Identification identify(Path file) throws IOException {
        FileScan scan = FileScan.of(file);
        List<Identification.Carried> carried = new ArrayList<>();
        List<ExportLogEntry> exports = new ArrayList<>();
        scan.fingerprints().forEach((fingerprint, places) -> {
            Optional<ExportLogEntry> entry = log.find(fingerprint);
            entry.ifPresent(exports::add);
            carried.add(new Identification.Carried(fingerprint, places, entry.isPresent()));
        });
        if (!exports.isEmpty()) {
            exports.sort(Comparator.comparing(ExportLogEntry::at).reversed());
            return new Identification(Identification.How.FINGERPRINT, carried, exports, scan.sha256());
        }
        List<ExportLogEntry> same = log.withChecksum(scan.checksums().keySet());
        return new Identification(same.isEmpty() ? Identification.How.NOTHING : Identification.How.CHECKSUM, carried, same,
                scan.sha256());
    }
}

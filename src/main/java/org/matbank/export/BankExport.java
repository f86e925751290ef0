package org.matbank.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.ingest.GemdService;
import org.matbank.ingest.MatBankJson;
import org.matbank.shared.Sha256;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exports that are not of a search result, marked and logged like those: the whole bank as
 * MatBank JSON (streamed bare, without ZIP or manifest, as another MatBank imports it), and chosen
 * records or templates as one GEMD document. The fingerprint is a top-level field of the document.
 */
@Service
public class BankExport {

    private final MatBankJson matbankJson;
    private final GemdService gemd;
    private final ExportLog log;
    private final JsonMapper json;

    BankExport(MatBankJson matbankJson, GemdService gemd, ExportLog log, JsonMapper json) {
        this.matbankJson = matbankJson;
        this.gemd = gemd;
        this.log = log;
        this.json = json;
    }

    /** Writes every template version, attached file and current record; returns the number of objects. */
    public long wholeBank(ExportRequest request, OutputStream out) {
        if (request.format() != ExportFormat.MATBANK_JSON || !request.marked()) {
            throw new IllegalArgumentException("the whole bank leaves as marked MatBank JSON");
        }
        ExportRun run = ExportRun.start(log, request, now(), Map.of("whole_bank", true));
        Measured measured = new Measured(out);
        run.measuring(() -> measured.size);
        long objects = run.write(() -> {
            long written = matbankJson.export(measured, request.fingerprint());
            measured.flush();
            return written;
        });
        run.complete(objects, measured.file("bank.matbank.json"));
        return objects;
    }

    /**
     * One GEMD document of the given records (with their histories when asked) or templates, as
     * bytes: it is small enough to be made whole before it is logged and sent.
     */
    public byte[] gemd(ExportRequest request, List<UUID> ids, boolean history) {
        if (request.format() != ExportFormat.GEMD_JSON || !request.marked()) {
            throw new IllegalArgumentException("records leave as marked GEMD JSON");
        }
        JsonNode document = gemd.export(ids, history, request.audience() == null ? new Audience(true, Set.of()) : request.audience());
        ObjectNode marked = json.createObjectNode().put(ExportFingerprint.FIELD, request.fingerprint());
        marked.setAll((ObjectNode) document);
        byte[] bytes = json.writeValueAsBytes(marked);
        ExportRun.start(log, request, now(), Map.of("ids", ids, "history", history))
                .complete(ids.size(), new ExportManifest.DataFile("gemd.json", bytes.length, Sha256.of(bytes)));
        return bytes;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Counts and digests what goes through it, for the log; closing it leaves the caller's stream open. */
    private static final class Measured extends FilterOutputStream {

        private final MessageDigest digest = Sha256.digest();
        private long size;

        Measured(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        ExportManifest.DataFile file(String name) {
            return new ExportManifest.DataFile(name, size, HexFormat.of().formatHex(digest.digest()));
        }
    }
}

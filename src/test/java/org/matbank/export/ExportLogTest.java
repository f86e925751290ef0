package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.search.MaterialFacts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export log keeps every marked export on record: one cut off midway (a client that leaves
 * before the end holds most of the file) as well as one written to the end, and its rows cannot
 * be edited or deleted afterwards.
 */
class ExportLogTest extends HttpApiTest {

    @Autowired
    ExportService exports;

    @Autowired
    ExportLog log;

    private static final List<MaterialFacts> POOL = ExportThroughput.pool(50);

    private static TableLayout layout() {
        TableLayoutBuilder builder = TableLayout.builder();
        POOL.forEach(builder::add);
        return builder.build();
    }

    private static MaterialSource materials(int n) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(POOL.get(i % POOL.size()));
            }
        };
    }

    @Test
    void anExportCutOffMidwayIsOnRecordWithWhatHadBeenWritten() {
        ExportRequest request = ExportRequest.to(new Recipient("leaver", null, null, "192.0.2.9"), ExportFormat.CSV, ExportQuery.none());
        OutputStream breaks = new OutputStream() {
            private long sent;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                sent += len;
                if (sent > 200_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };

        assertThatThrownBy(() -> exports.csv(request, layout(), materials(20_000), breaks)).hasRootCauseMessage("Broken pipe");

        ExportLogEntry entry = log.find(request.fingerprint()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo("cut off");
        assertThat(entry.recipient()).isEqualTo("leaver");
        assertThat(entry.address()).isEqualTo("192.0.2.9");
        assertThat(entry.recordCount()).as("part of the rows had gone to the writer").isBetween(1L, 19_999L);
        assertThat(entry.dataSize()).isPositive();
        assertThat(entry.dataSha256()).as("no checksum of a file that was never whole").isNull();
        assertThat(entry.finishedAt()).isNotNull();
    }

    @Test
    void aLoggedExportCannotBeEditedOrDeleted() {
        ExportRequest request = ExportRequest.to(new Recipient("kim", null, null, "192.0.2.10"), ExportFormat.CSV, ExportQuery.none());
        ExportManifest manifest = exports.csv(request, layout(), materials(3), new ByteArrayOutputStream());
        ExportLogEntry entry = log.find(manifest.fingerprint()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo("complete");
        assertThat(entry.recordCount()).isEqualTo(3);

        assertThatThrownBy(() -> jdbc.sql("update export_log set recipient = 'someone else' where id = ?").param(entry.id()).update())
                .hasMessageContaining("is on record");
        assertThatThrownBy(() -> jdbc.sql("update export_log set record_count = 0 where id = ?").param(entry.id()).update())
                .hasMessageContaining("is on record");
        assertThatThrownBy(() -> jdbc.sql("delete from export_log where id = ?").param(entry.id()).update())
                .hasMessageContaining("never deleted");
        assertThat(log.find(manifest.fingerprint())).contains(entry);
    }
}

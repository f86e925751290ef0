package org.matbank.ingest;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.matbank.record.RecordObject;
import tools.jackson.core.JsonGenerator;

/**
 * The common part of the history exports: ids are taken in pages of {@value #PAGE}, each page's
 * new objects serialised and appended, comma-separated, to a temporary file; at the end the
 * format writes its document around them ({@link #copyObjects}).
 */
abstract class SpooledHistoryExport implements HistoryExport {

    private static final int PAGE = 100;

    final HistoryCollector collector;
    private final OutputStream out;
    private final List<UUID> pending = new ArrayList<>(PAGE);
    private final Path spool;
    private final OutputStream spooled;
    private long spooledObjects;
    private boolean finished;

    SpooledHistoryExport(HistoryCollector collector, OutputStream out) {
        this.collector = collector;
        this.out = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();   // the caller owns the stream
            }
        };
        try {
            this.spool = Files.createTempFile("matbank-export", ".objects");
            this.spooled = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One object as the format writes it. */
    abstract byte[] serialise(RecordObject object);

    /** Writes the whole document to {@code out}, calling {@link #copyObjects} where the objects go. */
    abstract void writeDocument(OutputStream out);

    @Override
    public void add(UUID id) {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        pending.add(id);
        if (pending.size() == PAGE) {
            spoolPage();
        }
    }

    @Override
    public Summary finish() {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        spoolPage();
        finished = true;
        try {
            spooled.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeDocument(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(collector.roots().size(), collector.objects(), collector.templates().keySet().stream().sorted().toList(),
                collector.files().size());
    }

    /**
     * Writes the spooled objects as the next values of the array {@code g} is in. The generator
     * writes the separator before them and is flushed; the bytes are then copied as they are.
     */
    void copyObjects(JsonGenerator g, OutputStream target) {
        if (spooledObjects == 0) {
            return;
        }
        g.writeRawValue("");
        g.flush();
        try {
            Files.copy(spool, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            spooled.close();
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spoolPage() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            for (RecordObject o : collector.page(pending)) {
                if (spooledObjects++ > 0) {
                    spooled.write(',');
                }
                spooled.write(serialise(o));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.clear();
    }
}

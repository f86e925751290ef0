package org.matbank.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP an export is delivered in, streamed: data entries first, each measured (size and
 * SHA-256 of the bytes as written, before compression) while it is written, then the manifest.
 * The caller's stream is not closed.
 */
final class ExportZip {

    /** Deflate level for text (CSV, JSON): the fastest; a level-6 pass costs more than writing the rows. */
    static final int TEXT = Deflater.BEST_SPEED;
    /** For files that are compressed already (XLSX is a ZIP, Parquet is zstd inside): stored as they are. */
    static final int COMPRESSED = Deflater.NO_COMPRESSION;

    private final ZipOutputStream zip;
    private final FileTime time;

    ExportZip(OutputStream out, Instant created) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();   // the caller owns the stream
            }
        }, 1 << 16));
        this.time = FileTime.from(created);
    }

    /** Starts a data entry; write it, then close it (the ZIP stays open) and read {@link Entry#file()}. */
    Entry entry(String name, int level) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.setLevel(level);
        zip.putNextEntry(entry);
        return new Entry(name);
    }

    /** Writes the manifest as the last entry and ends the ZIP. */
    void finish(ExportManifest manifest) throws IOException {
        ZipEntry entry = new ZipEntry(ExportManifest.ENTRY);
        entry.setLastModifiedTime(time);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry);
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.close();
    }

    /** One data entry being written: counts and digests what goes through it. */
    final class Entry extends OutputStream {

        private final String name;
        private final MessageDigest digest = sha256();
        private final OutputStream out = new BufferedOutputStream(new DigestOutputStream(zip, digest) {
            @Override
            public void close() {
                // closing the entry must not close the ZIP
            }
        }, 1 << 16);
        private long size;
        private ExportManifest.DataFile file;

        private Entry(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            size += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Ends the entry; writing to a closed entry is an error, closing it twice is not. */
        @Override
        public void close() throws IOException {
            if (file == null) {
                out.flush();
                zip.closeEntry();
                file = new ExportManifest.DataFile(name, size, HexFormat.of().formatHex(digest.digest()));
            }
        }

        /** The bytes written so far. */
        long size() {
            return size;
        }

        /** The name, size and SHA-256 of the entry, once closed. */
        ExportManifest.DataFile file() {
            if (file == null) {
                throw new IllegalStateException(name + " is still being written");
            }
            return file;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

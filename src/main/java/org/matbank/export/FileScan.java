package org.matbank.export;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.matbank.shared.Sha256;

/**
 * What a file holds that can name an export: every fingerprint in it, with where each was seen,
 * and the SHA-256 of the file and of each top-level ZIP entry. The bytes are searched for the
 * fingerprint's pattern rather than parsed per format: one search finds it in a CSV column
 * (renamed, moved, or without its header), a JSON field, Parquet key-value metadata (stored
 * uncompressed in the footer), and inside ZIPs (an export's manifest and data file, a workbook's
 * sheets, shared strings and properties), and it finds every fingerprint of a file pasted together
 * from several exports. UTF-16 text (a spreadsheet's "Unicode text") is decoded first.
 *
 * @param fingerprints each fingerprint found, in order of discovery, with the places it was seen
 * @param checksums the SHA-256 of the file and of each top-level ZIP entry, with the place it is of
 * @param sha256 the SHA-256 of the whole file
 */
record FileScan(Map<String, List<String>> fingerprints, Map<String, String> checksums, String sha256) {

    /** ZIPs inside ZIPs are opened this deep: an export ZIP holding a workbook is two levels. */
    private static final int DEPTH = 3;
    private static final int CHUNK = 1 << 16;

    static FileScan of(Path file) throws IOException {
        FileScan scan = new FileScan(new LinkedHashMap<>(), new LinkedHashMap<>(), null);
        String name = file.getFileName().toString();
        String sha256 = Sha256.of(file);
        scan.checksums.put(sha256, name);
        scan.read(file, name, 0);
        return new FileScan(scan.fingerprints, scan.checksums, sha256);
    }

    /** A ZIP by its central directory (POI's workbooks have local headers a streamed read rejects), else text. */
    private void read(Path file, String place, int depth) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (depth < DEPTH && isZip(head)) {
            // names are only shown: ISO-8859-1 reads any name (a ZIP made on Korean Windows names its entries in CP949)
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            readEntry(in, place + "!/" + entry.getName(), depth);
                        }
                    }
                }
                return;
            } catch (ZipException noDirectory) {
                try (InputStream in = Files.newInputStream(file)) {
                    readCutZip(in, place, depth);
                }
                return;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            search(in, head, place);
        }
    }

    /** A ZIP without its central directory (a download broken off): its entries in order, as far as they go. */
    private void readCutZip(InputStream in, String place, int depth) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
                // the file is closed by its owner
            }
        }, StandardCharsets.ISO_8859_1)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    readEntry(zip, place + "!/" + entry.getName(), depth);
                }
            }
        } catch (ZipException | EOFException e) {
            // the break: what came before it has been searched
        }
    }

    /** One entry of a ZIP at {@code depth}: a ZIP itself (a workbook) is copied out and opened, anything else searched. */
    private void readEntry(InputStream entry, String place, int depth) throws IOException {
        DigestInputStream digested = new DigestInputStream(entry, Sha256.digest());
        PushbackInputStream in = new PushbackInputStream(digested, 4);
        byte[] head = in.readNBytes(4);
        in.unread(head);
        if (depth + 1 < DEPTH && isZip(head)) {
            Path copy = Files.createTempFile("matbank-identify", ".zip");
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                read(copy, place, depth + 1);
            } finally {
                Files.deleteIfExists(copy);
            }
        } else {
            search(in, head, place);
        }
        digested.transferTo(OutputStream.nullOutputStream());
        if (depth == 0) {
            checksums.put(HexFormat.of().formatHex(digested.getMessageDigest().digest()), place);
        }
    }

    /** Finds the fingerprints in a text read in chunks; a chunk keeps the previous one's tail so that none is cut in two. */
    private void search(InputStream in, byte[] head, String place) throws IOException {
        boolean utf16 = head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF);
        // ISO-8859-1 maps every byte to one char: the ASCII fingerprint is found in UTF-8, CP949 or binary alike
        Reader reader = new InputStreamReader(in, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
        int keep = ExportFingerprint.LENGTH + 1;
        char[] buffer = new char[CHUNK + keep];
        int held = 0;
        for (int n = reader.read(buffer, held, CHUNK); n > 0; n = reader.read(buffer, held, CHUNK)) {
            held += n;
            Matcher m = ExportFingerprint.PATTERN.matcher(CharBuffer.wrap(buffer, 0, held));
            while (m.find()) {
                List<String> places = fingerprints.computeIfAbsent(m.group(), f -> new ArrayList<>());
                if (!places.contains(place)) {
                    places.add(place);
                }
            }
            int tail = Math.min(keep, held);
            System.arraycopy(buffer, held - tail, buffer, 0, tail);
            held = tail;
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}

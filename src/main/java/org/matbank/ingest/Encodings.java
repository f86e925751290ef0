package org.matbank.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * The character set of a text file. Korean legacy files are often CP949 (Excel's "CSV" on a Korean
 * Windows); a file that is not valid UTF-8 is taken as CP949, which is a superset of EUC-KR.
 */
final class Encodings {

    static final Charset CP949 = Charset.forName("x-windows-949");

    private Encodings() {
    }

    static Charset of(Path file, String declared) throws IOException {
        String name = declared == null ? "auto" : declared.trim();
        if (name.equalsIgnoreCase("auto")) {
            return isUtf8(file) ? StandardCharsets.UTF_8 : CP949;
        }
        if (name.equalsIgnoreCase("CP949") || name.equalsIgnoreCase("MS949") || name.equalsIgnoreCase("EUC-KR")) {
            return CP949;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.INVALID, new Violation("encoding", "mapping.encoding", declared,
                    "unknown encoding; use auto, UTF-8 or CP949"));
        }
    }

    /** Reads the whole file once through a strict decoder; streaming, so a big file costs time, not memory. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            for (int n = stream.read(chunk); n >= 0; n = stream.read(chunk)) {
                in.put(chunk, 0, n).flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

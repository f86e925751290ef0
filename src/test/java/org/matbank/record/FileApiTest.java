package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;

/** Attachments are stored once per content, named by their SHA-256. */
class FileApiTest extends HttpApiTest {

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void uploadIsNamedByItsSha256AndTheSameBytesAreStoredOnce() throws Exception {
        byte[] spectrum = ("2theta,intensity\n20.0,13\n44.7,981\n65.0,140\n" + unique()).getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = rowCounts();

        Answer first = upload("xrd-ferrite.csv", "text/csv", spectrum);
        Answer again = upload("same-pattern-renamed.csv", "text/csv", spectrum);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        String sha = sha256(spectrum);
        assertThat(first.body().path("sha256").asString()).isEqualTo(sha);
        assertThat(again.body().path("sha256").asString()).isEqualTo(sha);
        assertThat(first.body().path("size").asLong()).isEqualTo(spectrum.length);
        assertThat(rowCounts().get("stored_file")).isEqualTo(before.get("stored_file") + 1);
        // the first name is kept
        assertThat(again.body().path("filename").asString()).isEqualTo("xrd-ferrite.csv");

        HttpResponse<byte[]> downloaded = download("/api/files/" + sha);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(spectrum);
        assertThat(downloaded.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElse("")).contains("xrd-ferrite.csv");
    }

    @Test
    void differentBytesAreDifferentFiles() throws Exception {
        Answer a = upload("a.bin", "application/octet-stream", ("A" + unique()).getBytes(StandardCharsets.UTF_8));
        Answer b = upload("a.bin", "application/octet-stream", ("B" + unique()).getBytes(StandardCharsets.UTF_8));

        assertThat(a.body().path("sha256").asString()).isNotEqualTo(b.body().path("sha256").asString());
    }

    @Test
    void emptyUploadIsRefused() {
        Map<String, Long> before = rowCounts();

        assertRefused(upload("empty.csv", "text/csv", new byte[0]), 422, "file.empty");

        assertNothingWritten(before);
    }

    @Test
    void unknownHashIs404() {
        assertThat(download("/api/files/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    }
}

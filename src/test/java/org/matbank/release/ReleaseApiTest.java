package org.matbank.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.matbank.search.SearchFixture;
import org.matbank.shared.Sha256;
import tools.jackson.databind.JsonNode;

/** Releases: frozen, checksummed, citable; a later change is a new version and never alters an old one. */
class ReleaseApiTest extends SearchFixture {

    @Test
    void aReleaseIsFrozenAndALaterChangeIsANewVersion() throws IOException {
        String tag = "rel-" + unique();
        String series = "steels-" + unique();
        create(tag, steel("R1", "\"Fe\":99,\"C\":1", 550, "900 MPa"), steel("R2", "\"Fe\":98,\"C\":1,\"Cr\":1", 450, "1.1 GPa"));
        String body = """
                {"series":"%s","title":"Tempered steels","creators":["Kim, Min-ji","Lee, Seo-yeon"],
                 "filter":"tags HAS \\"%s\\" AND kind = \\"material_run\\""}""".formatted(series, tag);

        Answer first = post("/api/releases", body);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        JsonNode v1 = first.body();
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("record_count").asLong()).isEqualTo(2);
        assertThat(v1.path("pid").asString()).isEqualTo("urn:matbank:release:" + v1.path("id").asString());
        assertThat(v1.path("citation").asString()).isEqualTo("Kim, Min-ji; Lee, Seo-yeon (" + java.time.Year.now(java.time.ZoneOffset.UTC)
                + "). Tempered steels (version 1) [Data set]. MatBank. " + v1.path("pid").asString());
        Map<String, byte[]> v1Files = downloadAll(v1);
        assertThat(v1Files.keySet()).containsExactlyInAnyOrder("records.matbank.json.zip", "records.csv.zip", "records.parquet.zip");
        String csv = new String(unzip(v1Files.get("records.csv.zip")).get("records.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("R1", "R2");
        assertThat(unzip(v1Files.get("records.matbank.json.zip")).get("records.matbank.json")).isNotEmpty();

        // the data changes: a third steel; publishing again makes version 2 and leaves version 1 as it was
        create(tag, steel("R3", "\"Fe\":99,\"C\":1", 600, "800 MPa"));
        Answer second = post("/api/releases", body);
        assertThat(second.status()).as("%s", second).isEqualTo(201);
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(second.body().path("record_count").asLong()).isEqualTo(3);
        assertThat(second.body().path("pid").asString()).isNotEqualTo(v1.path("pid").asString());

        JsonNode v1Again = get("/api/releases/" + v1.path("id").asString()).body();
        assertThat(v1Again).isEqualTo(v1);
        assertThat(downloadAll(v1Again)).allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(v1Files.get(name)));
        assertThat(get("/api/releases?series=" + series).body().size()).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARelease() {
        String tag = "imm-" + unique();
        create(tag, steel("I1", "\"Fe\":99,\"C\":1", 550, "900 MPa"));
        Answer published = post("/api/releases", """
                {"series":"imm-%s","title":"One steel","creators":["Park"],"filter":"tags HAS \\"%s\\""}""".formatted(unique(), tag));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String id = published.body().path("id").asString();

        assertThatThrownBy(() -> jdbc.sql("update release set title = 'changed' where id = cast(? as uuid)").param(id).update())
                .hasMessageContaining("is immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from release where id = cast(? as uuid)").param(id).update())
                .hasMessageContaining("is immutable");
        assertThat(get("/api/releases/" + id).body().path("title").asString()).isEqualTo("One steel");
    }

    @Test
    void aBadReleaseRequestWritesNothing() {
        Map<String, Long> before = rowCounts();
        long releases = jdbc.sql("select count(*) from release").query(Long.class).single();

        Answer bad = post("/api/releases", """
                {"series":"Bad Series!","title":" ","creators":[]}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().path("errors").values()).extracting(e -> e.path("path").asString())
                .containsExactlyInAnyOrder("series", "title", "creators");
        Answer empty = post("/api/releases", """
                {"series":"empty-%s","title":"Nothing","creators":["Choi"],"filter":"tags HAS \\"no-such-tag-%s\\""}"""
                .formatted(unique(), unique()));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body().path("errors").path(0).path("rule").asString()).isEqualTo("release.empty");
        Answer malformed = post("/api/releases", """
                {"series":"bad-filter","title":"Bad","creators":["Choi"],"filter":"nelements >"}""");
        assertThat(malformed.status()).isEqualTo(400);

        assertNothingWritten(before);
        assertThat(jdbc.sql("select count(*) from release").query(Long.class).single()).isEqualTo(releases);
    }

    private Map<String, byte[]> downloadAll(JsonNode release) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (JsonNode f : release.path("files").values()) {
            HttpResponse<byte[]> r = download("/api/releases/" + release.path("id").asString() + "/files/" + f.path("name").asString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Sha256.of(r.body())).as("checksum of %s", f.path("name")).isEqualTo(f.path("sha256").asString());
            assertThat((long) r.body().length).isEqualTo(f.path("size").asLong());
            files.put(f.path("name").asString(), r.body());
        }
        return files;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

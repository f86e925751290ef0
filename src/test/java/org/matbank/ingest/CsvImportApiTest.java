package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Legacy flat tables become full material histories through a column mapping. */
class CsvImportApiTest extends ImportTestSupport {

    @Test
    void nimsRowsBecomeFullHistoriesAndTheImportIsRecorded() throws Exception {
        String scope = "nims-" + unique();
        byte[] file = nimsRows(12).getBytes(StandardCharsets.UTF_8);
        JsonNode job = importFile("?author=Lee%20Ji-eun", "nims.csv", file, nimsMapping(scope));

        assertThat(job.path("status").asString()).as("%s", job).isEqualTo("succeeded");
        assertThat(job.path("units_read").asLong()).isEqualTo(12);
        assertThat(job.path("units_written").asLong()).isEqualTo(12);
        assertThat(job.path("author").asString()).isEqualTo("Lee Ji-eun");
        assertThat(job.path("sha256").asString()).isEqualTo(ImportService.sha256(writeTemp(file)));
        assertThat(job.path("template_versions").size()).as("template versions used are recorded").isGreaterThan(10);

        JsonNode fatigue = get("/api/records/" + idOf(scope, "steel-1/fatigue-test")).body();
        assertThat(fatigue.path("properties").get(0).path("value").path("nominal").asDouble()).isEqualTo(232);
        assertThat(fatigue.path("properties").get(0).path("si").path("value").asDouble()).isEqualTo(232e6);
        JsonNode normalizing = get("/api/records/" + idOf(scope, "steel-1/normalizing")).body();
        assertThat(normalizing.path("parameters").get(0).path("si").path("value").asDouble()).isEqualTo(1158.15);
        assertThat(normalizing.path("step_order").asInt()).as("melting 1, hot working 2, normalizing 3").isEqualTo(3);
        JsonNode carbon = get("/api/records/" + idOf(scope, "steel-1/melting/c")).body();
        assertThat(carbon.path("mass_fraction").path("nominal").asDouble()).isEqualTo(0.0026);
        JsonNode spec = get("/api/records/" + idOf(scope, "steel-1/spec")).body();
        assertThat(spec.path("properties").get(0).path("value").path("quantities").path("Fe").asDouble())
                .as("iron is the balance").isCloseTo(99.011, org.assertj.core.data.Offset.offset(1e-9));

        JsonNode history = get("/api/records/" + idOf(scope, "steel-1/fatigue-test") + "/history").body();
        assertThat(history.path("nodes").toString()).contains("steel-1 (mixed)", "melting of steel-1", "\"Fe\"");
    }

    @Test
    void reimportingTheSameRowsChangesNothingAndAChangedRowMakesANewVersion() throws Exception {
        String scope = "nims-" + unique();
        String rows = nimsRows(5);
        assertThat(importFile("", "nims.csv", rows.getBytes(StandardCharsets.UTF_8), nimsMapping(scope))
                .path("status").asString()).isEqualTo("succeeded");
        long objects = objectsInScope(scope);

        JsonNode again = importFile("", "nims.csv", rows.getBytes(StandardCharsets.UTF_8), nimsMapping(scope));
        assertThat(again.path("status").asString()).isEqualTo("succeeded");
        assertThat(again.path("units_skipped").asLong()).isEqualTo(5);
        assertThat(again.path("objects_created").asLong()).isZero();
        assertThat(objectsInScope(scope)).as("no duplicates").isEqualTo(objects);

        String changed = rows.replaceFirst(",232\n", ",240\n");
        JsonNode third = importFile("", "nims.csv", changed.getBytes(StandardCharsets.UTF_8), nimsMapping(scope));
        assertThat(third.path("units_written").asLong()).isEqualTo(1);
        assertThat(third.path("objects_updated").asLong()).isEqualTo(1);
        JsonNode fatigue = get("/api/records/" + idOf(scope, "steel-1/fatigue-test")).body();
        assertThat(fatigue.path("version").asInt()).isEqualTo(2);
        assertThat(fatigue.path("properties").get(0).path("value").path("nominal").asDouble()).isEqualTo(240);
        assertThat(objectsInScope(scope)).isEqualTo(objects);
    }

    @Test
    void anyBadRowMeansNothingIsWrittenAndTheReportNamesRowColumnValueAndRule() throws Exception {
        String scope = "nims-" + unique();
        List<String> lines = new java.util.ArrayList<>(List.of(nimsRows(6).split("\n")));
        lines.set(3, lines.get(3).replaceFirst(",\\d+$", ",abc"));          // row 3: fatigue is not a number
        lines.set(5, lines.get(5).replaceFirst("^5,885,", "5,5000,"));     // row 5: normalized at 5000 °C
        byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        var before = rowCounts();

        JsonNode job = importFile("", "bad.csv", file, nimsMapping(scope));
        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("units_failed").asLong()).isEqualTo(2);
        assertThat(job.path("message").asString()).contains("nothing was written");
        JsonNode violations = report(job).path("violations");
        assertThat(violations.toString()).contains("bad.csv row 4 column 'Fatigue'", "csv.number", "abc",
                "bad.csv row 6", "normalizing temperature", "bounds.range", "5000");
        before.put("import_job", before.getOrDefault("import_job", 0L));
        assertThat(objectsInScope(scope)).isZero();
        assertThat(rowCounts().get("record_object")).isEqualTo(before.get("record_object"));

        JsonNode kept = importFile("?mode=keep-valid", "bad.csv", file, nimsMapping(scope));
        assertThat(kept.path("status").asString()).isEqualTo("succeeded");
        assertThat(kept.path("units_written").asLong()).isEqualTo(4);
        assertThat(kept.path("units_failed").asLong()).isEqualTo(2);
        assertThat(report(kept).path("violations").toString()).contains("bad.csv row 4 column 'Fatigue'");
        assertThat(objectsInScope(scope)).isPositive();
    }

    @Test
    void koreanHeadersReadTheSameFromCp949AndFromUtf8WithBom() throws Exception {
        String table = "시료번호,인장강도,열처리 온도\nA-1,612.5,450\nA-2,598,480\n";
        String mapping = """
                {"scope":"%s","key":"{시료번호}","material":{"name":"시편 {시료번호}"},
                 "steps":[{"name":"열처리","parameters":[{"column":"열처리 온도","name":"열처리 온도","unit":"℃"}]}],
                 "measurements":[{"name":"인장시험","properties":[{"column":"인장강도","name":"인장강도","unit":"MPa"}]}]}""";
        String cp949Scope = "kr-" + unique();
        String bomScope = "kr-" + unique();
        byte[] cp949 = table.getBytes(Charset.forName("x-windows-949"));
        byte[] bom = ("\uFEFF" + table).getBytes(StandardCharsets.UTF_8);

        assertThat(importFile("", "시험.csv", cp949, mapping.formatted(cp949Scope)).path("status").asString()).isEqualTo("succeeded");
        assertThat(importFile("", "시험.csv", bom, mapping.formatted(bomScope)).path("status").asString()).isEqualTo("succeeded");
        for (String scope : List.of(cp949Scope, bomScope)) {
            JsonNode test = get("/api/records/" + idOf(scope, "A-1/인장시험")).body();
            assertThat(test.path("name").asString()).isEqualTo("인장시험 of 시편 A-1");
            assertThat(test.path("properties").get(0).path("name").asString()).isEqualTo("인장강도");
            assertThat(test.path("properties").get(0).path("si").path("value").asDouble()).isEqualTo(612.5e6);
            JsonNode heat = get("/api/records/" + idOf(scope, "A-1/열처리")).body();
            assertThat(heat.path("parameters").get(0).path("si").path("value").asDouble()).isEqualTo(723.15);
        }
    }

    @Test
    void tabSeparatedConcreteWithoutHeaderBecomesMixesWithCuring() throws Exception {
        List<String> lines = Files.readAllLines(CONCRETE).subList(0, 8);
        byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        String mapping = resource("/mappings/concrete-uci.json");
        String used = "concrete-uci";

        JsonNode job = importFile("", "data.txt", file, mapping);
        assertThat(job.path("status").asString()).as("%s", report(job)).isEqualTo("succeeded");
        assertThat(job.path("units_written").asLong()).isEqualTo(8);
        JsonNode cement = get("/api/records/" + idOf(used, "mix-1/mixing/cement")).body();
        assertThat(cement.path("absolute_quantity").path("nominal").asDouble()).isEqualTo(540);
        assertThat(cement.path("absolute_quantity").path("units").asString()).isEqualTo("kg/m^3");
        JsonNode curing = get("/api/records/" + idOf(used, "mix-1/curing")).body();
        assertThat(curing.path("parameters").get(0).path("si").path("value").asDouble()).isEqualTo(28 * 86400.0);
        JsonNode strength = get("/api/records/" + idOf(used, "mix-1/compression-test")).body();
        assertThat(strength.path("properties").get(0).path("value").path("nominal").asDouble()).isEqualTo(79.99);
    }

    @Test
    void aMappingThatIsNotJsonOrLacksItsKeyIsRefusedBeforeAnythingIsRead() throws Exception {
        JsonNode broken = importFile("", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "{\"scope\": ");
        assertThat(broken.path("status").asString()).isEqualTo("failed");
        assertThat(report(broken).path("violations").toString()).contains("json.malformed");
        JsonNode keyless = importFile("", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "{\"scope\":\"s\"}");
        assertThat(report(keyless).path("violations").toString()).contains("mapping.key", "mapping.required");
    }

    private static java.nio.file.Path writeTemp(byte[] content) throws java.io.IOException {
        java.nio.file.Path file = Files.createTempFile("matbank-test", ".csv");
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }
}

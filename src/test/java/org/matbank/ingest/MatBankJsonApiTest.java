package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.MatBankApplication;
import org.matbank.access.TokenRequest;
import org.matbank.access.TokenService;
import org.matbank.record.RecordService;
import org.matbank.shared.ValidationLevel;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A whole bank moves to another MatBank (a closed network, say) through MatBank JSON without loss. */
class MatBankJsonApiTest extends ImportTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    TokenService tokens;

    @TempDir
    Path folder;

    @Test
    void exportedBankImportsIntoAnotherMatBankWithEveryFieldAndTwiceChangesNothing() throws Exception {
        String s = unique();
        String template = propertyTemplate("stress-strain " + s, "{\"type\":\"real_bounds\",\"lower_bound\":0,"
                + "\"upper_bound\":5000,\"default_units\":\"MPa\"}");
        Answer created = post("/api/records/batch", """
                {"objects":[
                  {"type":"material_run","name":"coupon %1$s","uids":{"x-%1$s":"m"},"author":"Choi","institution":"KIST",
                   "date":"2026-01-15","tags":["round robin"],"notes":"들어간 그대로"},
                  {"type":"measurement_run","name":"tensile %1$s","uids":{"x-%1$s":"t"},"material":{"scope":"x-%1$s","id":"m"},
                   "specimen_form":"dog bone","instrument":"UTM",
                   "properties":[{"name":"stress-strain %1$s","template":%2$s,"origin":"measured",
                     "value":{"type":"curve","x_name":"strain","x":[0,0.01,0.02],"x_units":"","y_name":"stress","y":[0,410,505],"y_units":"MPa"}},
                     {"name":"ultimate strength","origin":"measured","value":{"type":"normal_real","mean":0.51,"std":0.01,"units":"GPa"}}]}]}"""
                .formatted(s, link(template)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode original = created.body().path("objects").get(1);

        assertThat(download("/api/export/matbank-json").statusCode()).as("the whole bank is for administrators").isEqualTo(401);
        String admin = tokens.create(new TokenRequest("backup " + s, "operator", List.of("admin"), null)).secret();
        HttpResponse<byte[]> export = download("/api/export/matbank-json", "Authorization", "Bearer " + admin);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        Path file = folder.resolve("bank.json");
        Files.write(file, export.body());

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(MatBankApplication.class)
                .web(WebApplicationType.NONE).run("--matbank.data-dir=" + folder.resolve("other"), "--matbank.db.url=")) {
            ImportService imports = other.getBean(ImportService.class);
            ImportSettings settings = new ImportSettings("json", "bank.json", null, false, ValidationLevel.FAIL, "test");
            ImportJob first = imports.run(file, null, settings, p -> { });
            assertThat(first.status()).as("%s", imports.report(first.id()).orElse("")).isEqualTo("succeeded");

            JsonNode copy = other.getBean(tools.jackson.databind.json.JsonMapper.class).valueToTree(other.getBean(RecordService.class).get(UUID.fromString(original.path("id").asString())));
            for (String field : List.of("name", "uids", "author", "institution", "date", "tags", "notes", "material",
                    "specimen_form", "instrument", "properties")) {
                assertThat(sameJson(copy.path(field), original.path(field)))
                        .as("%s\n original: %s\n copy: %s", field, original.path(field), copy.path(field)).isTrue();
            }

            ImportJob second = imports.run(file, null, settings, p -> { });
            assertThat(second.status()).isEqualTo("succeeded");
            assertThat(second.objectsCreated()).isZero();
            assertThat(second.unitsSkipped()).isEqualTo(second.unitsRead());
        }
    }
}

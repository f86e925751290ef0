package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A filled workbook uploaded as an import job: written once, and a second upload changes nothing. */
class WorkbookImportJobApiTest extends WorkbookTestBase {

    @Autowired
    Workbooks workbooks;

    @Test
    void uploadedWorkbookIsImportedAndReuploadingItDuplicatesNothing() throws Exception {
        TemplateSet set = templateSet();
        byte[] filled;
        try (WorkbookFixture w = new WorkbookFixture(workbooks.generate(set.ids()))) {
            w.set("Materials", 3, "Material id / 시료 ID", "S1").set("Materials", 3, "Name / 이름", "sample 1");
            w.set("Process", 3, "Material id / 시료 ID", "S1").set("Process", 3, "Step order / 공정 순서", 1)
             .set("Process", 3, "Process template / 공정 템플릿", set.processName())
             .set("Process", 3, WorkbookImportApiTest.TEMPERATURE, 650);
            w.set("Properties", 3, "Material id / 시료 ID", "S1")
             .set("Properties", 3, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 3, WorkbookImportApiTest.TENSILE, 720);
            filled = w.bytes();
        }
        String scope = "lab-" + set.suffix();

        JsonNode first = importFile("?scope=" + scope + "&author=Park", "tests.xlsx", filled, null);
        assertThat(first.path("status").asString()).as("%s", first).isEqualTo("succeeded");
        assertThat(first.path("format").asString()).isEqualTo("xlsx");
        assertThat(first.path("objects_created").asLong()).isPositive();
        long objects = objectsInScope(scope);
        JsonNode measured = get("/api/records/" + idOf(scope, "S1/measurement/1")).body();
        assertThat(measured.path("properties").get(0).path("si").path("value").asDouble()).isEqualTo(720e6);

        JsonNode second = importFile("?scope=" + scope, "tests.xlsx", filled, null);
        assertThat(second.path("status").asString()).isEqualTo("succeeded");
        assertThat(second.path("units_written").asLong()).isZero();
        assertThat(second.path("units_skipped").asLong()).isEqualTo(second.path("units_read").asLong());
        assertThat(objectsInScope(scope)).isEqualTo(objects);
    }
}

package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.record.RecordService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A generated workbook, filled as a researcher would, read back into material histories. */
class WorkbookImportApiTest extends WorkbookTestBase {

    static final String TEMPERATURE = "Temperature / 온도";
    static final String TENSILE = "Tensile strength / 인장강도";

    @Autowired
    Workbooks workbooks;

    @Autowired
    RecordService records;

    @Test
    void filledWorkbookBecomesOneHistoryPerMaterialWithUnitsSiValuesAndStepOrder() throws Exception {
        TemplateSet set = templateSet();
        String scope = "workbook-" + set.suffix() + ".xlsx";
        byte[] filled;
        try (WorkbookFixture w = new WorkbookFixture(workbooks.generate(set.ids()))) {
            w.set("Raw materials", 3, "Raw material id / 원료 ID", "R-Fe").set("Raw materials", 3, "Name / 이름", "iron powder")
             .set("Raw materials", 4, "Raw material id / 원료 ID", "R-Ni").set("Raw materials", 4, "Name / 이름", "nickel powder");
            w.set("Materials", 3, "Material id / 시료 ID", "M1").set("Materials", 3, "Name / 이름", "alloy A")
             .set("Materials", 3, "Material template / 소재 템플릿", set.materialName())
             .set("Materials", 3, "Sample type / 시료 유형", "experimental").set("Materials", 3, "Author / 작성자", "Kim Min-ji")
             .set("Materials", 3, "Date (YYYY-MM-DD) / 날짜", "2026-05-04")
             .set("Materials", 4, "Material id / 시료 ID", "M2").set("Materials", 4, "Name / 이름", "alloy B");
            w.set("Composition", 3, "Material id / 시료 ID", "M1").set("Composition", 3, "Ingredient (raw material or material id) / 원료", "R-Fe")
             .set("Composition", 3, "Amount / 양", 0.7).set("Composition", 3, "Amount kind / 양의 종류", "mass fraction / 질량분율")
             .set("Composition", 4, "Material id / 시료 ID", "M1").set("Composition", 4, "Ingredient (raw material or material id) / 원료", "nickel powder")
             .set("Composition", 4, "Amount / 양", 30).set("Composition", 4, "Amount kind / 양의 종류", "mass fraction / 질량분율")
             .set("Composition", 4, "Unit / 단위", "wt%")
             .set("Composition", 5, "Material id / 시료 ID", "M2").set("Composition", 5, "Ingredient (raw material or material id) / 원료", "R-Ni")
             .set("Composition", 5, "Amount / 양", 0.5)
             .set("Composition", 6, "Material id / 시료 ID", "M2").set("Composition", 6, "Ingredient (raw material or material id) / 원료", "M1")
             .set("Composition", 6, "Amount / 양", 50).set("Composition", 6, "Unit / 단위", "%");
            // step 2 is listed above step 1: the step order column decides
            w.set("Process", 3, "Material id / 시료 ID", "M1").set("Process", 3, "Step order / 공정 순서", 2)
             .set("Process", 3, "Process template / 공정 템플릿", set.processName()).set("Process", 3, TEMPERATURE, 1123.15)
             .set("Process", 3, TEMPERATURE + " unit / 단위", "K").set("Process", 3, "Atmosphere / 분위기", "air")
             .set("Process", 4, "Material id / 시료 ID", "M1").set("Process", 4, "Step order / 공정 순서", 1)
             .set("Process", 4, "Process template / 공정 템플릿", set.processName()).set("Process", 4, TEMPERATURE, 1200)
             .set("Process", 4, "Number of passes / 패스 횟수", 3).set("Process", 4, "Atmosphere / 분위기", "argon")
             .set("Process", 4, "Equipment / 장비", "tube furnace TF-2")
             .set("Process", 5, "Material id / 시료 ID", "M2").set("Process", 5, "Step order / 공정 순서", 1)
             .set("Process", 5, "Process template / 공정 템플릿", set.processName()).set("Process", 5, TEMPERATURE, "900");
            w.set("Properties", 3, "Material id / 시료 ID", "M1").set("Properties", 3, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 3, TENSILE, "850 ± 12").set("Properties", 3, "Loading mode / 하중 방식", "tension")
             .set("Properties", 3, "Instrument / 측정 장비", "UTM-100")
             .set("Properties", 4, "Material id / 시료 ID", "M2").set("Properties", 4, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 4, TENSILE, 1.2).set("Properties", 4, TENSILE + " unit / 단위", "GPa");
            filled = w.bytes();
        }

        List<SourceUnit> units = readAll(filled, scope);
        assertThat(units).extracting(SourceUnit::place).containsExactly("sheet 'Raw materials'",
                "sheet 'Materials' row 3", "sheet 'Materials' row 4");
        assertThat(units).flatExtracting(SourceUnit::violations).isEmpty();
        units.forEach(u -> records.create(u.objects(), ValidationLevel.FAIL));

        String m1 = records.findByUid(scope, "M1").orElseThrow().id().toString();
        JsonNode history = get("/api/records/" + m1 + "/history").body();
        Map<String, JsonNode> byUid = new HashMap<>();
        history.path("nodes").forEach(n -> byUid.put(n.path("uids").path(scope).asString(), n));
        assertThat(byUid).containsKeys("raw/R-Fe", "raw/R-Ni", "M1/ingredient/1", "M1/ingredient/2", "M1/process/1",
                "M1/after/1", "M1/process/2/input", "M1/process/2", "M1", "M1/measurement/1");

        JsonNode material = byUid.get("M1");
        assertThat(material.path("author").asString()).isEqualTo("Kim Min-ji");
        assertThat(material.path("date").asString()).isEqualTo("2026-05-04");
        assertThat(material.path("template").path("id").asString()).isEqualTo(set.material());
        assertThat(byUid.get("M1/ingredient/1").path("mass_fraction").path("nominal").asDouble()).isEqualTo(0.7);
        assertThat(byUid.get("M1/ingredient/2").path("mass_fraction").path("units").asString()).isEqualTo("wt%");
        assertThat(byUid.get("M1/ingredient/2").path("name").asString()).as("named by the raw material").isEqualTo("nickel powder");

        JsonNode step1 = byUid.get("M1/process/1");
        assertThat(step1.path("step_order").asInt()).isEqualTo(1);
        assertThat(step1.path("equipment").asString()).isEqualTo("tube furnace TF-2");
        assertThat(step1.path("template").path("id").asString()).isEqualTo(set.process());
        JsonNode temperature1 = attribute(step1, "parameters", "temperature");
        assertThat(temperature1.path("value").path("nominal").asDouble()).isEqualTo(1200);
        assertThat(temperature1.path("value").path("units").asString()).isEqualTo("°C");
        assertThat(temperature1.path("si").path("value").asDouble()).isCloseTo(1473.15, within(1e-9));
        assertThat(temperature1.path("si").path("unit").asString()).isEqualTo("K");
        assertThat(attribute(step1, "parameters", "passes").path("value").path("nominal").asInt()).isEqualTo(3);
        assertThat(attribute(step1, "conditions", "atmosphere").path("value").path("category").asString()).isEqualTo("argon");
        JsonNode step2 = byUid.get("M1/process/2");
        assertThat(step2.path("step_order").asInt()).isEqualTo(2);
        assertThat(attribute(step2, "parameters", "temperature").path("value").path("units").asString()).isEqualTo("K");

        // raw materials -> step 1 -> intermediate -> step 2 -> M1
        List<String> edges = new ArrayList<>();
        Map<String, String> uidOf = new HashMap<>();
        byUid.forEach((uid, node) -> uidOf.put(node.path("id").asString(), uid));
        history.path("edges").forEach(e -> edges.add(uidOf.get(e.path("downstream").asString()) + " "
                + e.path("relation").asString() + " " + uidOf.get(e.path("upstream").asString())));
        assertThat(edges).contains("M1 produced_by M1/process/2", "M1/process/2 consumes M1/process/2/input",
                "M1/process/2/input uses M1/after/1", "M1/after/1 produced_by M1/process/1",
                "M1/process/1 consumes M1/ingredient/1", "M1/ingredient/1 uses raw/R-Fe", "M1/ingredient/2 uses raw/R-Ni");

        JsonNode test1 = get("/api/records/" + records.findByUid(scope, "M1/measurement/1").orElseThrow().id()).body();
        JsonNode strength1 = attribute(test1, "properties", "tensile strength");
        assertThat(strength1.path("value").path("type").asString()).isEqualTo("normal_real");
        assertThat(strength1.path("value").path("mean").asDouble()).isEqualTo(850);
        assertThat(strength1.path("value").path("std").asDouble()).isEqualTo(12);
        assertThat(strength1.path("si").path("value").asDouble()).isCloseTo(8.5e8, within(1e-3));
        assertThat(test1.path("instrument").asString()).isEqualTo("UTM-100");
        assertThat(attribute(test1, "conditions", "loading mode").path("value").path("category").asString()).isEqualTo("tension");
        JsonNode test2 = get("/api/records/" + records.findByUid(scope, "M2/measurement/1").orElseThrow().id()).body();
        JsonNode strength2 = attribute(test2, "properties", "tensile strength");
        assertThat(strength2.path("value").path("units").asString()).isEqualTo("GPa");
        assertThat(strength2.path("si").path("value").asDouble()).isCloseTo(1.2e9, within(1e-3));
        assertThat(strength2.path("si").path("unit").asString()).isEqualTo("Pa");

        // a material listed above may be an ingredient of a later one
        String m2 = records.findByUid(scope, "M2").orElseThrow().id().toString();
        JsonNode history2 = get("/api/records/" + m2 + "/history").body();
        List<String> upstream2 = new ArrayList<>();
        history2.path("nodes").forEach(n -> upstream2.add(n.path("uids").path(scope).asString()));
        assertThat(upstream2).contains("M2/ingredient/2", "M1", "M1/process/2", "raw/R-Fe");

        // the same workbook read again names the same records
        List<SourceUnit> again = readAll(filled, scope);
        assertThat(again.get(1).objects()).extracting(o -> o.uids().get(scope))
                .containsExactlyElementsOf(units.get(1).objects().stream().map(o -> o.uids().get(scope)).toList());
        assertThatThrownBy(() -> records.create(again.get(2).objects(), ValidationLevel.FAIL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CONFLICT));
    }

    @Test
    void badCellsAreViolationsNamingSheetRowColumnAndValue() {
        TemplateSet set = templateSet();
        byte[] filled;
        try (WorkbookFixture w = new WorkbookFixture(workbooks.generate(set.ids()))) {
            w.set("Materials", 3, "Material id / 시료 ID", "M1").set("Materials", 3, "Name / 이름", "alloy A");
            w.set("Composition", 3, "Material id / 시료 ID", "M1")
             .set("Composition", 3, "Ingredient (raw material or material id) / 원료", "R-missing").set("Composition", 3, "Amount / 양", 1);
            w.set("Process", 3, "Material id / 시료 ID", "M1").set("Process", 3, "Step order / 공정 순서", 1)
             .set("Process", 3, "Process template / 공정 템플릿", set.processName()).set("Process", 3, "Atmosphere / 분위기", "helium");
            w.set("Properties", 3, "Material id / 시료 ID", "M1").set("Properties", 3, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 3, TENSILE, "strong");
            w.set("Properties", 4, "Material id / 시료 ID", "M1").set("Properties", 4, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 4, TENSILE, 800).set("Properties", 4, TENSILE + " unit / 단위", "bananas");
            w.set("Properties", 5, "Material id / 시료 ID", "M9").set("Properties", 5, "Measurement template / 측정 템플릿", set.measurementName())
             .set("Properties", 5, TENSILE, 700);
            w.set("Process", 4, "Material id / 시료 ID", "M1").set("Process", 4, "Step order / 공정 순서", 1)
             .set("Process", 4, "Process template / 공정 템플릿", set.processName()).set("Process", 4, TEMPERATURE, 500);
            w.set("Composition", 4, "Ingredient (raw material or material id) / 원료", "R-Fe");
            filled = w.bytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<Violation> violations = readAll(filled, "bad-" + set.suffix()).stream().flatMap(u -> u.violations().stream()).toList();
        assertThat(violations).extracting(Violation::path, Violation::rule, Violation::value).contains(
                tuple("sheet 'Properties' row 3 column 'Tensile strength / 인장강도'", "cell.not-a-number", "strong"),
                tuple("sheet 'Properties' row 4 column 'Tensile strength / 인장강도 unit / 단위'", "unit.unknown", "bananas"),
                tuple("sheet 'Properties' row 5 column 'Material id / 시료 ID'", "material.unknown", "M9"),
                tuple("sheet 'Composition' row 3 column 'Ingredient (raw material or material id) / 원료'",
                        "material.unknown", "R-missing"),
                tuple("sheet 'Process' row 3 column 'Atmosphere / 분위기'", "category.not-allowed", "helium"),
                tuple("sheet 'Process' row 3 column 'Temperature / 온도'", "cell.required", null),
                tuple("sheet 'Process' row 4 column 'Step order / 공정 순서'", "step-order.duplicate", 1L),
                tuple("sheet 'Composition' row 4 column 'Material id / 시료 ID'", "cell.required", null));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    private List<SourceUnit> readAll(byte[] workbook, String scope) {
        List<SourceUnit> units = new ArrayList<>();
        try (HistorySource source = workbooks.read(new ByteArrayInputStream(workbook), scope)) {
            for (SourceUnit unit = source.next(); unit != null; unit = source.next()) {
                units.add(unit);
            }
        }
        return units;
    }

    /** The attribute of an object whose name starts with {@code prefix} (template names carry a suffix). */
    private static JsonNode attribute(JsonNode object, String field, String prefix) {
        for (JsonNode a : object.path(field)) {
            if (a.path("name").asString().startsWith(prefix)) {
                return a;
            }
        }
        throw new AssertionError("no " + prefix + " in " + field + " of " + object);
    }
}

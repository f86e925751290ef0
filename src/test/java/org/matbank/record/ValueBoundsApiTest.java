package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Every value kind against every bounds kind, over HTTP: a value inside its attribute template's
 * bounds is stored as entered, a value outside is refused with a violation naming path, rule and
 * value, and nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueBoundsApiTest extends HttpApiTest {

    private final Map<String, String> templates = new java.util.HashMap<>();
    private String micrographSha;

    @BeforeAll
    void templates() {
        String s = unique();
        templates.put("strength", propertyTemplate("tensile strength " + s,
                """
                {"type":"real_bounds","lower_bound":0,"upper_bound":3000,"default_units":"MPa"}"""));
        templates.put("grain", propertyTemplate("ASTM grain size number " + s,
                """
                {"type":"integer_bounds","lower_bound":1,"upper_bound":14}"""));
        templates.put("structure", propertyTemplate("crystal structure " + s,
                """
                {"type":"categorical_bounds","categories":["bcc","fcc","hcp"]}"""));
        templates.put("composition", propertyTemplate("alloy composition " + s,
                """
                {"type":"composition_bounds","components":["Fe","C","Mn","Ni","Cr"]}"""));
        templates.put("molecule", propertyTemplate("binder molecule " + s,
                """
                {"type":"molecular_structure_bounds"}"""));
        templates.put("micrograph", propertyTemplate("micrograph " + s,
                """
                {"type":"categorical_bounds","categories":["optical","SEM"]}"""));
        Answer uploaded = upload("micrograph.png", "image/png", ("fake png " + s).getBytes());
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
        micrographSha = uploaded.body().path("sha256").asString();
    }

    static Stream<Arguments> inside() {
        return Stream.of(
                Arguments.of("nominal_real", "strength", """
                        {"type":"nominal_real","nominal":850,"units":"MPa"}"""),
                Arguments.of("nominal_real in GPa, converted before the check", "strength", """
                        {"type":"nominal_real","nominal":1.2,"units":"GPa"}"""),
                Arguments.of("normal_real", "strength", """
                        {"type":"normal_real","mean":850,"std":25,"units":"MPa"}"""),
                Arguments.of("uniform_real", "strength", """
                        {"type":"uniform_real","lower_bound":800,"upper_bound":900,"units":"MPa"}"""),
                Arguments.of("uniform_real touching the upper bound", "strength", """
                        {"type":"uniform_real","lower_bound":2900,"upper_bound":3000,"units":"MPa"}"""),
                Arguments.of("nominal_integer", "grain", """
                        {"type":"nominal_integer","nominal":7}"""),
                Arguments.of("uniform_integer", "grain", """
                        {"type":"uniform_integer","lower_bound":5,"upper_bound":8}"""),
                Arguments.of("nominal_categorical", "structure", """
                        {"type":"nominal_categorical","category":"fcc"}"""),
                Arguments.of("discrete_categorical", "structure", """
                        {"type":"discrete_categorical","probabilities":{"bcc":0.7,"fcc":0.3}}"""),
                Arguments.of("nominal_composition", "composition", """
                        {"type":"nominal_composition","quantities":{"Fe":97.9,"C":0.4,"Mn":0.7,"Cr":1.0},"basis":"mass"}"""),
                Arguments.of("empirical_formula with fractional subscripts", "composition", """
                        {"type":"empirical_formula","formula":"Fe0.7Ni0.3"}"""),
                Arguments.of("smiles (ethanol)", "molecule", """
                        {"type":"smiles","smiles":"CCO"}"""),
                Arguments.of("smiles (aromatic ring)", "molecule", """
                        {"type":"smiles","smiles":"c1ccccc1O"}"""),
                Arguments.of("inchi (ethanol)", "molecule", """
                        {"type":"inchi","inchi":"InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3"}"""),
                Arguments.of("curve within real bounds", "strength", """
                        {"type":"curve","x_name":"strain","x":[0,0.002,0.01],"x_units":"",
                         "y_name":"stress","y":[0,400,850],"y_units":"MPa"}"""));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @MethodSource("inside")
    void valueInsideBoundsIsStoredAsEntered(String kind, String template, String valueJson) {
        Answer created = post("/api/records", materialWithProperty("sample " + unique(), "p",
                templates.get(template), valueJson));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.body().path("warnings").size()).isZero();
        JsonNode stored = get("/api/records/" + created.object().path("id").asString()).body();
        JsonNode value = stored.path("properties").path(0).path("value");
        assertThat(sameJson(value, JSON.readTree(valueJson))).as("stored %s, sent %s", value, valueJson).isTrue();
        assertThat(stored.path("properties").path(0).path("template_version").asInt()).isEqualTo(1);
    }

    static Stream<Arguments> outside() {
        return Stream.of(
                Arguments.of("nominal_real above the range", "strength", """
                        {"type":"nominal_real","nominal":3500,"units":"MPa"}""", "bounds.range"),
                Arguments.of("nominal_real in GPa above the range", "strength", """
                        {"type":"nominal_real","nominal":3.5,"units":"GPa"}""", "bounds.range"),
                Arguments.of("negative nominal_real", "strength", """
                        {"type":"nominal_real","nominal":-5,"units":"MPa"}""", "bounds.range"),
                Arguments.of("normal_real with mean above the range", "strength", """
                        {"type":"normal_real","mean":3100,"std":10,"units":"MPa"}""", "bounds.range"),
                Arguments.of("uniform_real reaching past the upper bound", "strength", """
                        {"type":"uniform_real","lower_bound":2900,"upper_bound":3100,"units":"MPa"}""", "bounds.range"),
                Arguments.of("nominal_integer above the range", "grain", """
                        {"type":"nominal_integer","nominal":20}""", "bounds.range"),
                Arguments.of("uniform_integer reaching below the range", "grain", """
                        {"type":"uniform_integer","lower_bound":0,"upper_bound":3}""", "bounds.range"),
                Arguments.of("nominal_categorical not listed", "structure", """
                        {"type":"nominal_categorical","category":"amorphous"}""", "bounds.category"),
                Arguments.of("discrete_categorical naming an unlisted category", "structure", """
                        {"type":"discrete_categorical","probabilities":{"bcc":0.5,"sigma phase":0.5}}""", "bounds.category"),
                Arguments.of("nominal_composition with a component not allowed", "composition", """
                        {"type":"nominal_composition","quantities":{"Fe":90,"W":10},"basis":"mass"}""", "bounds.component"),
                Arguments.of("empirical_formula with an element not allowed", "composition", """
                        {"type":"empirical_formula","formula":"Fe0.7Co0.3"}""", "bounds.component"),
                Arguments.of("curve with a point above the range", "strength", """
                        {"type":"curve","x_name":"strain","x":[0,0.01],"x_units":"","y_name":"stress","y":[0,3200],"y_units":"MPa"}""",
                        "bounds.range"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("outside")
    void valueOutsideBoundsIsRefusedAndNothingWritten(String kind, String template, String valueJson, String rule) {
        Map<String, Long> before = rowCounts();
        String name = "sample " + unique();

        Answer refused = post("/api/records", materialWithProperty(name, "p", templates.get(template), valueJson));

        JsonNode violation = assertRefused(refused, 422, rule);
        assertThat(violation.path("path").asString()).startsWith("properties[0].value");
        assertThat(violation.path("value").isNull()).isFalse();
        assertNothingWritten(before);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("SMILES with an unclosed ring", "molecule", """
                        {"type":"smiles","smiles":"C1CC"}""", "smiles.malformed", "properties[0].value.smiles"),
                Arguments.of("SMILES with an unknown element", "molecule", """
                        {"type":"smiles","smiles":"CXxO"}""", "smiles.malformed", "properties[0].value.smiles"),
                Arguments.of("InChI without its prefix", "molecule", """
                        {"type":"inchi","inchi":"C2H6O"}""", "inchi.malformed", "properties[0].value.inchi"),
                Arguments.of("formula in lower case", "composition", """
                        {"type":"empirical_formula","formula":"fe2o3"}""", "formula.malformed", "properties[0].value.formula"),
                Arguments.of("real value for a molecular attribute", "molecule", """
                        {"type":"nominal_real","nominal":1,"units":""}""", "value.type-mismatch", "properties[0].value.type"),
                Arguments.of("structure for a real attribute", "strength", """
                        {"type":"smiles","smiles":"CCO"}""", "value.type-mismatch", "properties[0].value.type"),
                Arguments.of("curve with more x than y", "strength", """
                        {"type":"curve","x":[0,1,2],"x_units":"","y":[0,1],"y_units":"MPa"}""", "curve.length", "properties[0].value"),
                Arguments.of("normal_real with negative std", "strength", """
                        {"type":"normal_real","mean":100,"std":-1,"units":"MPa"}""", "value.std.negative", "properties[0].value.std"),
                Arguments.of("uniform_real with bounds reversed", "strength", """
                        {"type":"uniform_real","lower_bound":900,"upper_bound":800,"units":"MPa"}""", "value.interval.reversed", "properties[0].value"),
                Arguments.of("unknown unit", "strength", """
                        {"type":"nominal_real","nominal":100,"units":"furlongs"}""", "unit.unknown", "properties[0].value.units"),
                Arguments.of("file value with a malformed hash", "micrograph", """
                        {"type":"file","sha256":"not-a-hash","filename":"x.png"}""", "file.hash.malformed", "properties[0].value.sha256"),
                Arguments.of("file value naming no uploaded file", "micrograph", """
                        {"type":"file","sha256":"%s","filename":"x.png"}""".formatted("ab".repeat(32)), "file.unknown",
                        "properties[0].value.sha256"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("malformed")
    void malformedValueIsRefusedEvenWhenBoundsAreIgnored(String kind, String template, String valueJson, String rule,
            String path) {
        Map<String, Long> before = rowCounts();

        Answer refused = post("/api/records?validation=ignore", materialWithProperty("sample " + unique(), "p",
                templates.get(template), valueJson));

        JsonNode violation = assertRefused(refused, 422, rule);
        assertThat(violation.path("path").asString()).isEqualTo(path);
        assertNothingWritten(before);
    }

    @org.junit.jupiter.api.Test
    void fileValueNamingAnUploadIsAccepted() {
        String value = """
                {"type":"file","sha256":"%s","filename":"micrograph.png","media_type":"image/png"}""".formatted(micrographSha);

        Answer created = post("/api/records", materialWithProperty("etched sample " + unique(), "micrograph",
                templates.get("micrograph"), value));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.object().path("properties").path(0).path("value").path("sha256").asString()).isEqualTo(micrographSha);
        assertThat(download("/api/files/" + micrographSha).statusCode()).isEqualTo(200);
    }
}

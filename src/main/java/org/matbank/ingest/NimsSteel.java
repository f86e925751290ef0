package org.matbank.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.record.Attribute;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;

/**
 * Turns one row of the NIMS fatigue table into a full material history: raw elements ->
 * melting (ingredients with mass fractions) -> hot working -> the heat-treatment steps applied
 * (normalizing, through hardening, carburizing, tempering; a step with temperature 30 °C was not
 * applied, by the data set's convention) -> fatigue and inclusion measurements.
 */
final class NimsSteel {

    static final String SCOPE = "nims-fatigue";
    static final List<String> ELEMENTS = List.of("C", "Si", "Mn", "P", "S", "Ni", "Cr", "Cu", "Mo");
    static final String AUTHOR = "NIMS MatNavi fatigue data sheets (compiled by Agrawal et al. 2014)";
    static final String INSTITUTION = "National Institute for Materials Science (NIMS), Japan";
    private static final double NOT_APPLIED = 30;

    private final Map<String, Double> row;
    private final String steel;
    private final List<RecordObject> objects = new ArrayList<>();
    private Link material;
    private int step;

    private NimsSteel(Map<String, Double> row) {
        this.row = row;
        this.steel = "steel-" + row.get("Sl. No.").intValue();
    }

    /** The raw material run of an element, shared by every steel. */
    static RecordObject rawElement(String element) {
        return common(RecordObject.builder(ObjectKind.MATERIAL_RUN, element + " (raw material)"))
                .uid(SCOPE, "raw-" + element).sampleType("production").tag("raw material").build();
    }

    static List<RecordObject> history(Map<String, Double> row) {
        NimsSteel history = new NimsSteel(row);
        history.build();
        return history.objects;
    }

    private void build() {
        int number = row.get("Sl. No.").intValue();
        Map<String, Double> composition = new LinkedHashMap<>();
        double alloy = 0;
        for (String element : ELEMENTS) {
            composition.put(element, row.get(element));
            alloy += row.get(element);
        }
        composition.put("Fe", Math.round((100 - alloy) * 1e6) / 1e6);
        objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, "NIMS steel " + number))
                .uid(SCOPE, steel + "/spec").template(link("steel"))
                .property(Attribute.of("composition", link("composition"), new NominalComposition(composition, "mass"), Origin.SPECIFIED))
                .build());

        Link melting = process("melting", "melting", Map.of());
        composition.forEach((element, percent) -> {
            if (percent > 0) {
                ingredient(melting, new Link(SCOPE, "raw-" + element), element, percent / 100);
            }
        });
        material = output(melting, "ingot");
        step("hot-working", "hot working", Map.of("reduction-ratio", param("RedRatio", "")), "bar");
        if (applied("NT")) {
            step("normalizing", "normalizing", Map.of("normalizing-temperature", param("NT", "°C")), "normalized");
        }
        if (applied("THT")) {
            step("through-hardening", "through hardening", Map.of(
                    "through-hardening-temperature", param("THT", "°C"), "through-hardening-time", param("THt", "min"),
                    "through-hardening-cooling-rate", param("THQCr", "")), "hardened");
        }
        if (applied("CT")) {
            step("carburizing", "carburizing", Map.of(
                    "carburizing-temperature", param("CT", "°C"), "carburizing-time", param("Ct", "min"),
                    "diffusion-temperature", param("DT", "°C"), "diffusion-time", param("Dt", "min"),
                    "quenching-media-temperature", param("QmT", "°C")), "carburized");
        }
        if (applied("TT")) {
            step("tempering", "tempering", Map.of("tempering-temperature", param("TT", "°C"),
                    "tempering-time", param("Tt", "min"), "tempering-cooling-rate", param("TCr", "")), "tempered");
        }
        finish(number);
    }

    private void finish(int number) {
        RecordObject last = objects.get(objects.size() - 1);
        objects.set(objects.size() - 1, last.toBuilder().name("NIMS steel " + number)
                .spec(new Link(SCOPE, steel + "/spec")).build());
        objects.add(common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, "fatigue test of NIMS steel " + number))
                .uid(SCOPE, steel + "/fatigue").template(link("fatigue-test")).material(material)
                .specimenForm("rotating-bending specimen").instrument("rotating-bending fatigue machine")
                .property(Attribute.of("fatigue strength", link("fatigue-strength"), new NominalReal(row.get("Fatigue"), "MPa"), Origin.MEASURED))
                .condition(Attribute.of("number of stress cycles", link("stress-cycles"), new NominalReal(1e7, ""), Origin.SPECIFIED))
                .condition(Attribute.of("loading mode", link("loading-mode"), new NominalCategorical("rotating bending"), Origin.SPECIFIED))
                .build());
        objects.add(common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, "inclusion rating of NIMS steel " + number))
                .uid(SCOPE, steel + "/inclusions").template(link("inclusion-rating")).material(material)
                .property(Attribute.of("area fraction of deformed inclusions (dA)", link("inclusions-deformed"), new NominalReal(row.get("dA"), "%"), Origin.MEASURED))
                .property(Attribute.of("area fraction of discontinuous inclusions (dB)", link("inclusions-discontinuous"), new NominalReal(row.get("dB"), "%"), Origin.MEASURED))
                .property(Attribute.of("area fraction of isolated inclusions (dC)", link("inclusions-isolated"), new NominalReal(row.get("dC"), "%"), Origin.MEASURED))
                .build());
    }

    private void step(String template, String name, Map<String, NominalReal> parameters, String state) {
        Link process = process(template, name, parameters);
        ingredient(process, material, "steel", 1.0);
        material = output(process, state);
    }

    private Link process(String template, String name, Map<String, NominalReal> parameters) {
        step++;
        RecordBuilder process = common(RecordObject.builder(ObjectKind.PROCESS_RUN, name + " of " + steel))
                .uid(SCOPE, steel + "/" + template).template(link(template)).stepOrder(step);
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> process.parameter(
                Attribute.of(p.getKey().replace('-', ' '), link(p.getKey()), p.getValue(), Origin.MEASURED)));
        objects.add(process.build());
        return new Link(SCOPE, steel + "/" + template);
    }

    private void ingredient(Link process, Link input, String name, double massFraction) {
        String uid = steel + "/" + process.id().substring(process.id().indexOf('/') + 1) + "/" + name;
        objects.add(common(RecordObject.builder(ObjectKind.INGREDIENT_RUN, name))
                .uid(SCOPE, uid).process(process).material(input)
                .massFraction(new NominalReal(Math.round(massFraction * 1e8) / 1e8, "")).label(name.equals("steel") ? "workpiece" : "alloying element")
                .build());
    }

    private Link output(Link process, String state) {
        String uid = steel + "/" + state;
        objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN, steel + " (" + state + ")"))
                .uid(SCOPE, uid).process(process).sampleType("experimental").build());
        return new Link(SCOPE, uid);
    }

    private boolean applied(String column) {
        return row.get(column) > NOT_APPLIED;
    }

    private NominalReal param(String column, String unit) {
        return new NominalReal(row.get(column), unit);
    }

    private static Link link(String uid) {
        return new Link(SCOPE, uid);
    }

    private static RecordBuilder common(RecordBuilder builder) {
        return builder.author(AUTHOR).institution(INSTITUTION).tag("demo").tag("nims-fatigue")
                .notes("From the NIMS fatigue data set as compiled by Agrawal et al. 2014, doi:10.1186/2193-9772-3-8");
    }
}

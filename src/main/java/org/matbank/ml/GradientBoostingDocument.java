package org.matbank.ml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document of a gradient-boosting model (format in docs/models/gradient_boosting.md):
 * format, kind, features, parameters, and each booster's own XGBoost JSON model as an object.
 */
final class GradientBoostingDocument {

    static final String FORMAT = "matbank-model/1";
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GradientBoostingDocument() {
    }

    static byte[] write(List<String> features, GradientBoosting parameters, List<JsonNode> models) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("kind", ModelKind.GRADIENT_BOOSTING.json());
        ArrayNode names = doc.putArray("features");
        features.forEach(names::add);
        doc.set("parameters", MAPPER.valueToTree(parameters.parameters()));
        ArrayNode boosters = doc.putArray("boosters");
        models.forEach(boosters::add);
        return MAPPER.writeValueAsBytes(doc);
    }

    static GradientBoostingRegressor read(byte[] json) {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw refused(Problem.MALFORMED, "", "model.json", null, "the model document is not JSON: " + e.getOriginalMessage());
        }
        expect(doc, "format", FORMAT);
        expect(doc, "kind", ModelKind.GRADIENT_BOOSTING.json());
        List<String> features = new ArrayList<>();
        JsonNode names = doc.path("features");
        if (!names.isArray() || names.isEmpty()) {
            throw refused(Problem.INVALID, "features", "model.features", null, "a model document needs its feature names as an array");
        }
        names.forEach(n -> features.add(n.asString()));
        Map<String, Number> p = new HashMap<>();
        for (String name : GradientBoosting.defaults().parameters().keySet()) {
            JsonNode v = doc.path("parameters").path(name);
            if (!v.isNumber()) {
                throw refused(Problem.INVALID, "parameters." + name, "model.parameter", null,
                        "a gradient-boosting document needs the number parameters." + name);
            }
            p.put(name, v.numberValue());
        }
        GradientBoosting parameters = GradientBoosting.of(p);
        JsonNode boosters = doc.path("boosters");
        if (!boosters.isArray() || boosters.size() != parameters.ensembleSize()) {
            throw refused(Problem.INVALID, "boosters", "model.boosters", boosters.size(),
                    "a gradient-boosting document needs an array of " + parameters.ensembleSize() + " XGBoost models (ensembleSize)");
        }
        List<JsonNode> models = new ArrayList<>();
        boosters.forEach(models::add);
        return regressor(features, parameters, models);
    }

    /** Loads each model into XGBoost, for one thread and no output. */
    static GradientBoostingRegressor regressor(List<String> features, GradientBoosting parameters, List<JsonNode> models) {
        List<Booster> boosters = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            String path = "boosters[" + m + "]";
            long width;
            try {
                Booster b = XGBoost.loadModel(MAPPER.writeValueAsBytes(models.get(m)));
                boosters.add(b);
                b.setParams(new HashMap<>(GradientBoostingRegressor.RUNTIME));
                width = b.getNumFeature();
            } catch (XGBoostError | IOException e) {
                boosters.forEach(Booster::dispose);
                throw refused(Problem.INVALID, path, "model.booster", null,
                        "booster " + m + " is not an XGBoost JSON model: " + e.getMessage());
            }
            if (width != features.size()) {
                boosters.forEach(Booster::dispose);
                throw refused(Problem.INVALID, path, "model.booster-features", width,
                        "booster " + m + " expects " + width + " features, the document names " + features.size());
            }
        }
        return new GradientBoostingRegressor(features, parameters, models, boosters);
    }

    private static void expect(JsonNode doc, String field, String value) {
        if (!value.equals(doc.path(field).asString(null))) {
            throw refused(Problem.INVALID, field, "model." + field, doc.path(field).asString(null),
                    "a gradient-boosting document has \"" + field + "\": \"" + value + "\"");
        }
    }

    private static InvalidInputException refused(Problem problem, String path, String rule, Object value, String message) {
        return new InvalidInputException(problem, new Violation(path, rule, value, message));
    }
}

package org.matbank.ml;

import java.util.ArrayList;
import java.util.List;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The random forest's JSON document, format "matbank-model/1" (docs/models/random_forest.md). */
final class ForestJson {

    static final String FORMAT = "matbank-model/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ForestJson() {
    }

    record Parameters(int trees, double maxFeatures, int minLeaf, int maxDepth, boolean noise, long seed) {
    }

    record Uncertainty(String method, double ijWeight, double noiseVariance) {
    }

    record TreeDocument(int[] feature, double[] threshold, int[] left, int[] right, double[] value,
            boolean[] nanLeft, int[] inBag) {
    }

    record Document(String format, String kind, List<String> features, Parameters parameters, int trainingRows,
            Uncertainty uncertainty, double[] importance, List<TreeDocument> trees) {
    }

    static byte[] write(RandomForestRegressor model) {
        RandomForest p = model.provenance().parameters();
        List<TreeDocument> trees = new ArrayList<>();
        for (int b = 0; b < model.trees().length; b++) {
            Tree t = model.trees()[b];
            trees.add(new TreeDocument(t.feature(), t.threshold(), t.left(), t.right(), t.value(), t.nanLeft(),
                    model.inBag()[b]));
        }
        Document d = new Document(FORMAT, ModelKind.RANDOM_FOREST.json(), model.features(),
                new Parameters(p.trees(), p.maxFeatures(), p.minLeaf(), p.maxDepth(), p.noise(), model.provenance().seed()),
                model.inBag()[0].length,
                new Uncertainty("wager2014-mean-ij-u-j-u", RandomForestRegressor.IJ_WEIGHT, model.noiseVariance()),
                model.importance(), trees);
        return JSON.writeValueAsBytes(d);
    }

    static RandomForestRegressor read(byte[] json) {
        Document d;
        try {
            d = JSON.readValue(json, Document.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("model", "model.json", null,
                    "the random-forest document is not readable JSON of its format: " + e.getOriginalMessage()));
        }
        ForestDocumentCheck.check(d);
        Parameters p = d.parameters();
        int n = d.trainingRows();
        Tree[] trees = new Tree[d.trees().size()];
        int[][] inBag = new int[trees.length][];
        for (int b = 0; b < trees.length; b++) {
            TreeDocument t = d.trees().get(b);
            trees[b] = new Tree(t.feature(), t.threshold(), t.left(), t.right(), t.value(), t.nanLeft());
            inBag[b] = t.inBag();
        }
        RandomForest params = new RandomForest(p.trees(), p.maxFeatures(), p.minLeaf(), p.maxDepth(), p.noise());
        return new RandomForestRegressor(d.features(), trees, inBag, d.uncertainty().noiseVariance(),
                d.importance(), new ForestProvenance(params, p.seed()));
    }
}

package org.matbank.ml;

import java.util.ArrayList;
import java.util.List;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/** Refuses a random-forest document that would predict wrongly or loop: the rules of its format. */
final class ForestDocumentCheck {

    private ForestDocumentCheck() {
    }

    static void check(ForestJson.Document d) {
        List<Violation> problems = new ArrayList<>();
        if (!ForestJson.FORMAT.equals(d.format())) {
            problems.add(v("model.format", d.format(), "the format must be " + ForestJson.FORMAT));
        }
        if (!ModelKind.RANDOM_FOREST.json().equals(d.kind())) {
            problems.add(v("model.kind", d.kind(), "the kind must be random-forest"));
        }
        if (d.features() == null || d.parameters() == null || d.uncertainty() == null || d.trees() == null
                || d.importance() == null) {
            problems.add(v("model", null, "features, parameters, uncertainty, importance and trees are required"));
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        int p = d.features().size();
        if (d.importance().length != p) {
            problems.add(v("model.importance", d.importance().length, "needs one value per feature (" + p + ")"));
        }
        if (d.trees().size() < 2 || d.trees().size() != d.parameters().trees()) {
            problems.add(v("model.trees", d.trees().size(), "needs parameters.trees (at least 2) trees"));
        }
        if (d.uncertainty().ijWeight() != RandomForestRegressor.IJ_WEIGHT || !(d.uncertainty().noiseVariance() >= 0)) {
            problems.add(v("model.uncertainty", d.uncertainty(),
                    "ijWeight must be " + RandomForestRegressor.IJ_WEIGHT + " and noiseVariance a number >= 0"));
        }
        for (int b = 0; b < d.trees().size() && problems.size() < 10; b++) {
            tree(d.trees().get(b), "model.trees[" + b + "]", p, d.trainingRows(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }

    private static void tree(ForestJson.TreeDocument t, String path, int p, int rows, List<Violation> problems) {
        if (t.feature() == null || t.threshold() == null || t.left() == null || t.right() == null || t.value() == null
                || t.nanLeft() == null || t.inBag() == null) {
            problems.add(v(path, null, "feature, threshold, left, right, value, nanLeft and inBag are required"));
            return;
        }
        int size = t.feature().length;
        if (size == 0 || t.threshold().length != size || t.left().length != size || t.right().length != size
                || t.value().length != size || t.nanLeft().length != size) {
            problems.add(v(path, size, "the node arrays must be non-empty and of equal length"));
            return;
        }
        if (t.inBag().length != rows) {
            problems.add(v(path + ".inBag", t.inBag().length, "needs one count per training row (" + rows + ")"));
        }
        for (int node = 0; node < size; node++) {
            int f = t.feature()[node];
            boolean leaf = f == Tree.LEAF;
            // children after their parent: no cycles, every walk ends at a leaf
            boolean children = leaf || t.left()[node] > node && t.left()[node] < size && t.right()[node] > node
                    && t.right()[node] < size;
            if (f < Tree.LEAF || f >= p || !children || !Double.isFinite(t.value()[node])) {
                problems.add(v(path + ".node[" + node + "]", f,
                        "a node needs a feature in [-1, " + p + "), a finite value and children after it"));
                return;
            }
        }
    }

    private static Violation v(String path, Object value, String message) {
        return new Violation(path, "model.randomForest", value, message);
    }
}

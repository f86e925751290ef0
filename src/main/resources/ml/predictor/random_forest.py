"""MatBank random forest predictor (format matbank-model/1, kind random-forest).

Standard library only. predict(model, rows) returns (means, sigmas) as the Java model does;
docs/models/random_forest.md defines the document and the formulas. This module computes the
jackknife variances in their defining form (cost trees x training rows per prediction), the Java
model in an equivalent quadratic form.
"""
import math


def _tree_predict(tree, row):
    feature, threshold = tree["feature"], tree["threshold"]
    left, right, nan_left = tree["left"], tree["right"], tree["nanLeft"]
    node = 0
    while feature[node] != -1:
        v = row[feature[node]]
        go_left = nan_left[node] if v != v else v <= threshold[node]
        node = left[node] if go_left else right[node]
    return tree["value"][node]


def _variance(model, t, mean):
    trees = model["trees"]
    b_count = len(trees)
    n = model["trainingRows"]
    w = model["uncertainty"]["ijWeight"]
    d = [tb - mean for tb in t]
    squares = sum(x * x for x in d)
    v_ij = 0.0
    v_j = 0.0
    for i in range(n):
        cov = 0.0
        out_sum = 0.0
        out_count = 0
        for b in range(b_count):
            c = trees[b]["inBag"][i]
            cov += c * d[b]
            if c == 0:
                out_sum += d[b]
                out_count += 1
        cov /= b_count
        v_ij += cov * cov
        if out_count > 0:
            v_j += (out_sum / out_count) ** 2
    v_ij_u = v_ij - n / b_count ** 2 * squares
    v_j_u = (n - 1.0) / n * v_j - (math.e - 1) * n / b_count ** 2 * squares
    v = w * v_ij_u + (1 - w) * v_j_u
    return max(v, squares / b_count ** 2)


def predict(model, rows):
    """Means and sigmas of rows (lists of floats in the model's feature order, nan if missing)."""
    if model.get("format") != "matbank-model/1" or model.get("kind") != "random-forest":
        raise ValueError("not a matbank-model/1 random-forest document")
    width = len(model["features"])
    noise = model["uncertainty"]["noiseVariance"]
    means, sigmas = [], []
    for r, row in enumerate(rows):
        if len(row) != width:
            raise ValueError("row %d has %d values for %d features" % (r, len(row), width))
        t = [_tree_predict(tree, row) for tree in model["trees"]]
        mean = 0.0
        for tb in t:
            mean += tb
        mean /= len(t)
        means.append(mean)
        sigmas.append(math.sqrt(_variance(model, t, mean) + noise))
    return means, sigmas

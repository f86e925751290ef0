"""Standalone predictor for MatBank gradient-boosting models (kind "gradient-boosting").

Evaluates the XGBoost JSON trees embedded in the model document with the standard library only.
The format is documented in docs/models/gradient_boosting.md. XGBoost works in float32: features
are rounded to float32 before they are compared with a split, and each booster's sum of leaf values
is rounded to float32 after every tree, as XGBoost's own CPU predictor does.
"""
import math
import struct

FORMAT = "matbank-model/1"
KIND = "gradient-boosting"


def _f32(value):
    """The float32 nearest to value (what XGBoost sees); beyond the float32 range, an infinity."""
    try:
        return struct.unpack("f", struct.pack("f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def _base_score(booster):
    # XGBoost 3 writes a vector such as "[5.529E2]", older versions a plain number "5.529E2".
    text = str(booster["learner"]["learner_model_param"]["base_score"]).strip("[] ")
    return _f32(float(text.split(",")[0]))


def _trees(booster):
    objective = booster["learner"]["objective"]["name"]
    if objective != "reg:squarederror":
        raise ValueError("only reg:squarederror boosters are supported, not " + objective)
    return [_compiled(t) for t in booster["learner"]["gradient_booster"]["model"]["trees"]]


def _compiled(tree):
    # JSON prints float32 values in their shortest decimal form ("0.12"): as a double that is not the
    # float32 XGBoost compares with, so every split value and leaf value is rounded back to float32.
    return (tree["left_children"], tree["right_children"], tree["split_indices"],
            [_f32(c) for c in tree["split_conditions"]], tree["default_left"])


def _leaf(tree, row):
    # split_conditions hold the split value of an inner node and the leaf value of a leaf
    left, right, feature, condition, default_left = tree
    node = 0
    while left[node] != -1:
        value = row[feature[node]]
        if math.isnan(value):
            node = left[node] if default_left[node] else right[node]
        else:
            node = left[node] if value < condition[node] else right[node]
    return condition[node]


def _booster_predict(booster, rows32):
    base = _base_score(booster)
    trees = _trees(booster)
    out = []
    for row in rows32:
        total = base
        for tree in trees:
            total = _f32(total + _leaf(tree, row))
        out.append(total)
    return out


def predict(model, rows):
    """(means, sigmas) of rows: the mean of the boosters' predictions and their sample standard deviation."""
    if model.get("format") != FORMAT or model.get("kind") != KIND:
        raise ValueError("not a MatBank gradient-boosting model: format %r, kind %r"
                         % (model.get("format"), model.get("kind")))
    width = len(model["features"])
    rows32 = []
    for i, row in enumerate(rows):
        if len(row) != width:
            raise ValueError("row %d has %d values for %d features" % (i, len(row), width))
        rows32.append([_f32(float(v)) for v in row])
    members = [_booster_predict(b, rows32) for b in model["boosters"]]
    n = len(members)
    means, sigmas = [], []
    for i in range(len(rows32)):
        mean = sum(m[i] for m in members) / n
        squares = sum((m[i] - mean) * (m[i] - mean) for m in members)
        means.append(mean)
        sigmas.append(math.sqrt(squares / (n - 1)))
    return means, sigmas

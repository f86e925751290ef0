#!/usr/bin/env python3
"""MatBank standalone predictor: runs an exported MatBank model without the server.

Usage:  python3 predict.py INPUT.csv [OUTPUT.csv]

INPUT.csv has a header row naming the model's input columns (manifest.json "inputs", the table
columns the model was trained on, values in SI units as in MatBank tables; an empty cell is a
missing value). OUTPUT.csv (default: standard output) repeats the input columns and adds
<target> (the prediction), <target> sigma (its standard uncertainty, recalibrated as the model
was) and outside_domain (the features outside the training range, ';'-separated; empty when the
row is inside). Needs Python 3.8+ and nothing else. Format: README.md and manifest.json here.
"""
import csv
import importlib
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = {
    "gradient-boosting": "gradient_boosting",
    "random-forest": "random_forest",
    "gaussian-process": "gaussian_process",
    "linear": "linear",
}


def load(directory=HERE):
    """The manifest and the model document of an artifact folder."""
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(directory, "model.json"), encoding="utf-8") as f:
        model = json.load(f)
    return manifest, model


def number(cell):
    if cell is None:
        return float("nan")
    cell = str(cell).strip()
    return float(cell) if cell else float("nan")


def features(manifest, row):
    """The model's feature vector for one input row (a dict of column -> cell)."""
    inputs = manifest["inputs"]
    values = [number(row.get(c)) for c in inputs["columns"]]
    magpie = inputs.get("magpie")
    if magpie:
        import magpie as mp
        fractions = {}
        for element, column in magpie["columns"].items():
            v = number(row.get(column))
            if v == v and v > 0:
                fractions[element] = v
        values.extend(mp.features(fractions, os.path.join(HERE, magpie["table"])))
    molecules = inputs.get("molecules")
    if molecules:
        # CDK descriptors are computed by MatBank (Java); the input file carries them as "<column>|<descriptor>"
        for column in molecules["columns"]:
            values.extend(number(row.get(column + "|" + d)) for d in molecules["descriptors"])
    return values


def outside(manifest, vector):
    domain = manifest["domain"]
    names = manifest["features"]
    out = []
    for j, v in enumerate(vector):
        lo, hi, missing = domain["min"][j], domain["max"][j], domain["missing"][j]
        if v != v:
            inside = missing
        else:
            inside = lo is not None and v >= lo - abs(lo) * 1e-9 and v <= hi + abs(hi) * 1e-9
        if not inside:
            out.append(names[j])
    return out


def predict_rows(manifest, model, rows):
    """Predictions for input rows (dicts): a list of (mean, sigma, outside features)."""
    vectors = [features(manifest, r) for r in rows]
    module = importlib.import_module(MODULES[manifest["kind"]])
    means, sigmas = module.predict(model, vectors)
    scale = manifest["sigma_scale"]
    return [(m, s * scale, outside(manifest, v)) for m, s, v in zip(means, sigmas, vectors)]


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    manifest, model = load()
    with open(argv[1], newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        rows = list(reader)
    needed = list(manifest["inputs"]["columns"])
    for column in (manifest["inputs"].get("molecules") or {}).get("columns", []):
        needed.extend(column + "|" + d for d in manifest["inputs"]["molecules"]["descriptors"])
    missing = [c for c in needed if c not in header]
    if missing:
        print("input columns missing from %s: %s" % (argv[1], ", ".join(missing)), file=sys.stderr)
        return 2
    results = predict_rows(manifest, model, rows)
    target = manifest["target"]
    out = open(argv[2], "w", newline="", encoding="utf-8") if len(argv) > 2 else sys.stdout
    try:
        writer = csv.writer(out)
        writer.writerow(header + [target, target + " sigma", "outside_domain"])
        for row, (m, s, o) in zip(rows, results):
            writer.writerow([row.get(c, "") for c in header] + [repr(m), repr(s), ";".join(o)])
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

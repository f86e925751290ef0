"""Magpie composition features (Ward et al. 2016), as MatBank computes them (ml.MagpieFeatures):
for each elemental property the mean, average deviation, min, max, range and mode (value of the
most abundant element; of equal fractions the smaller value) over atomic fractions. A property
unknown for one element makes its six features NaN."""
import csv

_TABLES = {}


def _table(path):
    if path not in _TABLES:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            values = {}
            for cells in reader:
                row = []
                for cell in cells[2:]:
                    cell = cell.strip()
                    row.append(float("nan") if not cell or cell.startswith("Missing[") or cell.startswith('"Missing[') else float(cell))
                values[cells[1].strip()] = row
        _TABLES[path] = (header[2:], values)
    return _TABLES[path]


def features(fractions, path):
    names, table = _table(path)
    elements = sorted(fractions)
    total = sum(fractions[e] for e in elements)
    if not elements or total <= 0:
        return [float("nan")] * (6 * len(names))
    weights = [fractions[e] / total for e in elements]
    rows = [table[e] for e in elements]
    out = []
    for p in range(len(names)):
        xs = [r[p] for r in rows]
        if any(x != x for x in xs):
            out.extend([float("nan")] * 6)
            continue
        mean = sum(w * x for w, x in zip(weights, xs))
        mode, best = float("nan"), -1.0
        for w, x in zip(weights, xs):
            if w > best or (w == best and x < mode):
                mode, best = x, w
        dev = sum(w * abs(x - mean) for w, x in zip(weights, xs))
        out.extend([mean, dev, min(xs), max(xs), max(xs) - min(xs), mode])
    return out

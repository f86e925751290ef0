"""Standalone predictor for MatBank Gaussian-process models (document format: docs/models/gaussian_process.md).

Standard library only. predict(model, rows) -> (means, sigmas), equal to the Java predictions.
"""
import math

_SQRT5 = math.sqrt(5.0)


def _kernel(name, r2):
    if name == "squared-exponential":
        return math.exp(-0.5 * r2)
    if name == "matern-52":
        r = math.sqrt(r2)
        return (1 + _SQRT5 * r + 5 * r2 / 3) * math.exp(-_SQRT5 * r)
    raise ValueError("unknown kernel " + str(name))


def predict(model, rows):
    if model.get("format") != "matbank-model/1" or model.get("kind") != "gaussian-process":
        raise ValueError("not a MatBank Gaussian-process model")
    mean_x = model["feature_mean"]
    scale_x = model["feature_scale"]
    ell = model["length_scales"]
    d = len(model["features"])
    signal = model["signal_variance"]
    noise = model["noise_variance"]
    kernel = model["kernel"]
    alpha = model["alpha"]
    inverse = model["inverse_factor"]
    scaled = [[row[j] / ell[j] for j in range(d)] for row in model["training_x"]]
    means, sigmas = [], []
    for row in rows:
        if len(row) != d:
            raise ValueError("row has %d values for %d features" % (len(row), d))
        z = []
        for j in range(d):
            v = row[j]
            z.append((0.0 if v != v else (v - mean_x[j]) / scale_x[j]) / ell[j])
        k = []
        for xt in scaled:
            r2 = 0.0
            for j in range(d):
                diff = z[j] - xt[j]
                r2 += diff * diff
            k.append(signal * _kernel(kernel, r2))
        m = 0.0
        for a, kt in zip(alpha, k):
            m += a * kt
        explained = 0.0
        for t, inv_row in enumerate(inverse):
            v = 0.0
            for s in range(t + 1):
                v += inv_row[s] * k[s]
            explained += v * v
        means.append(model["target_mean"] + model["target_scale"] * m)
        sigmas.append(model["target_scale"] * math.sqrt(max(0.0, signal - explained) + noise))
    return means, sigmas

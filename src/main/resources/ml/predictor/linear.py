"""Standalone predictor for MatBank linear (ridge) models (document format: docs/models/linear.md).

Standard library only. predict(model, rows) -> (means, sigmas), equal to the Java predictions.
"""
import math


def predict(model, rows):
    if model.get("format") != "matbank-model/1" or model.get("kind") != "linear":
        raise ValueError("not a MatBank linear model")
    mean_x = model["feature_mean"]
    scale_x = model["feature_scale"]
    beta = model["coefficients"]
    cov = model["covariance"]
    d = len(model["features"])
    means, sigmas = [], []
    for row in rows:
        if len(row) != d:
            raise ValueError("row has %d values for %d features" % (len(row), d))
        z = [0.0 if row[j] != row[j] else (row[j] - mean_x[j]) / scale_x[j] for j in range(d)]
        m = model["intercept"]
        quad = 0.0
        for a in range(d):
            m += beta[a] * z[a]
            acc = 0.0
            for b in range(d):
                acc += cov[a][b] * z[b]
            quad += z[a] * acc
        means.append(m)
        sigmas.append(math.sqrt(model["noise_variance"] + model["intercept_variance"] + max(0.0, quad)))
    return means, sigmas

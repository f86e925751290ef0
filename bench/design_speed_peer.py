"""The scikit-learn peer of bench/design-speed.sh: scoring candidates with uncertainty.

Fits scikit-learn models on the NIMS fatigue table (the published 25 features) and times what a
design's sampling does with them: predict N candidates (uniform in the training ranges) with a
mean and a sigma, and the probability of fatigue strength >= 700 MPa. RandomForestRegressor(100)
gives sigma as the spread of its trees (the usual recipe); GradientBoostingRegressor has none, so
it is timed for the mean only. Prints one line per model: seconds (median of RUNS), rows/s.

    /usr/bin/python3 bench/design_speed_peer.py DATA_DIR [N] [RUNS]
"""
import statistics
import sys
import time

import numpy as np
import pandas as pd
from scipy.stats import norm
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor

data = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
f = pd.read_csv(f"{data}/nims-fatigue/nims_fatigue_agrawal2014.csv")
X = f.drop(columns=["Sl. No.", "Fatigue"]).values
y = f["Fatigue"].values
rng = np.random.default_rng(0)
candidates = rng.uniform(X.min(axis=0), X.max(axis=0), size=(n, X.shape[1]))


def timed(score):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        score()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


forest = RandomForestRegressor(100, n_jobs=1, random_state=0).fit(X, y)


def forest_score():
    trees = np.stack([t.predict(candidates) for t in forest.estimators_])
    mean, sigma = trees.mean(axis=0), trees.std(axis=0)
    return norm.sf(700, mean, np.maximum(sigma, 1e-9))


boosting = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8, random_state=0).fit(X, y)
for name, score in [("sklearn RF100 mean+sigma+P", forest_score), ("sklearn GBR500 mean only", lambda: boosting.predict(candidates))]:
    s = timed(score)
    print(f"{name:32s} {n} candidates  {s:7.3f} s  {n / s:10.0f} rows/s")

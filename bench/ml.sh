#!/usr/bin/env bash
# MatBank ML benchmark (issue 7). One command, prints figures and keeps them in bench/results/ml-<utc>.txt.
#
#   bench/ml.sh [DATA_DIR]            default /work/shared/data (the public datasets with their SOURCE.md)
#   ML_ARGS="--inner 5 --batch 1000000 --variants true --concrete true --seed 0"   passed to bench/MlBench.java
#   ML_SKLEARN=1 (0: no peer)   ML_HEAP=2g   MATBANK_JAR=... (skip the build; target/classes is used either way)
#
# Steps:
#   1. build (mvn -o package, tests skipped) and the classpath of the bench program.
#   2. bench/MlBench.java: NIMS fatigue 10-fold CV and concrete's 20 standard splits, per model kind and
#      for the automatic choice (nested CV), then batch prediction rows/s; see its Javadoc.
#   3. the peer in the same run: /usr/bin/python3 /work/shared/bench/sklearn_baseline.py DATA_DIR
#      (scikit-learn RandomForest(500) and GradientBoosting), and the ratio of times.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath -m "${1:-/work/shared/data}")"
sklearn="${ML_SKLEARN:-1}"
heap="${ML_HEAP:-2g}"
read -r -a ml_args <<< "${ML_ARGS:-}"
results="$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/ml-$stamp.txt"
mkdir -p "$results"

# shellcheck source=bench/common.sh
source "$root/bench/common.sh"
bench_classpath

bench_header "MatBank ML benchmark" "$heap" "$data" "${ml_args[*]}" | tee "$out"

start=$(date +%s.%N)
java "-Xmx$heap" -cp "$cp" "$root/bench/MlBench.java" "$data" "${ml_args[@]}" 2>&1 | tee -a "$out"
matbank_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "# MatBank bench wall: $matbank_s s; load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out"

if [[ "$sklearn" == 1 ]]; then
    echo | tee -a "$out"
    echo "## peer: scikit-learn, same data, same folds ($(/usr/bin/python3 -c 'import sklearn; print("scikit-learn", sklearn.__version__)'))" | tee -a "$out"
    /usr/bin/python3 /work/shared/bench/sklearn_baseline.py "$data" 2>&1 | tee -a "$out.peer"
    cat "$out.peer" >> "$out"
    rm -f "$out.peer"
    # ratio of times: scikit-learn GBR's 10-fold fit+predict on NIMS over MatBank's raw outer fits of gradient boosting
    sk=$(sed -n 's/^nims-fatigue(10cv) *GBR .*fit+predict= *\([0-9.]*\)s.*/\1/p' "$out" | head -1)
    mb=$(awk '$1 == "gradient-boosting" && !seen { print $NF; seen = 1 }' "$out")
    mbn=$(awk '$1 == "gradient-boosting" && !seen { print $(NF - 6); seen = 1 }' "$out")
    if [[ -n "$sk" && -n "$mb" ]]; then
        echo "# ratio NIMS 10-fold: sklearn GBR fit+predict $sk s / MatBank gradient-boosting outer fits $mb s = $(echo "scale=2; $sk / $mb" | bc) (>= 1: MatBank as fast or faster); with nested recalibration $mbn s = $(echo "scale=2; $sk / $mbn" | bc)" | tee -a "$out"
    fi
fi
echo "# results: $out"

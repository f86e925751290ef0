#!/usr/bin/env bash
# MatBank inverse-design benchmark (issue 8): simulated sequential learning on a pool of measured
# materials (NIMS fatigue and the five pvlab sets) against random search. One command; prints the
# figures and keeps them in bench/results/design-<utc>.txt.
#
#   bench/design.sh [DATA_DIR] [args...]    default /work/shared/data; args go to bench/DesignBench.java, e.g.
#       --seeds 30 --trees 100 --strategies ei,ucb2 --sets nims,agnp,autoam,crossed,p3ht,perovskite
#       --learner random-forest|gaussian-process --noise true
#   DESIGN_HEAP=1g   MATBANK_JAR=... (skip the build; target/classes is used either way)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath -m "${1:-/work/shared/data}")"
shift || true
heap="${DESIGN_HEAP:-1g}"
results="$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/design-$stamp.txt"
mkdir -p "$results"

# shellcheck source=bench/common.sh
source "$root/bench/common.sh"
bench_classpath

bench_header "MatBank inverse-design benchmark" "$heap" "$data" "$*" | tee "$out"

start=$(date +%s.%N)
java "-Xmx$heap" -cp "$cp" "$root/bench/DesignBench.java" "$data" "$@" 2>&1 | tee -a "$out"
echo "# wall: $(echo "$(date +%s.%N) - $start" | bc) s; load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out"
echo "# results: $out"

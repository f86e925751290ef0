#!/usr/bin/env bash
# MatBank inverse-design speed benchmark (issue 8). One command; prints figures and keeps them in
# bench/results/design-speed-<utc>.txt.
#
#   bench/design-speed.sh [DATA_DIR]     default /work/shared/data (for the scikit-learn peer)
#   DESIGN_RUNS=3  MATBANK_JAR=path (default target/matbank.jar, built if missing)
#
# What it does, end to end through the HTTP API of a real server (`serve --demo`, embedded PostgreSQL):
#   1. trains, on the 437 demo steels, one model per kind (linear, random-forest, gradient-boosting;
#      defaults, 5 folds) of fatigue strength, and the same kinds of the inclusion area fraction dA;
#   2. scoring: a design with strategy sampling, 100,000 candidates of the model's default space,
#      target fatigue strength >= 700 MPa (probability), 10 proposed; per kind, DESIGN_RUNS seeds;
#   3. NSGA-II: population 100 x 300 generations, maximise fatigue strength and minimise dA, per kind;
#   4. the peer in the same run: bench/design_speed_peer.py (scikit-learn scoring 100,000 candidates).
# Figures: "engine s" = the design's own wall time (DesignOutcome.seconds: sampling, prediction,
# scoring, ranking, front, diversity); "http s" = the whole request (JSON of the round, storing it).
# Medians over the runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath -m "${1:-/work/shared/data}")"
runs="${DESIGN_RUNS:-3}"
jar="${MATBANK_JAR:-$root/target/matbank.jar}"
results="$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/design-speed-$stamp.txt"
mkdir -p "$results"
if [[ ! -f "$jar" ]]; then
    (cd "$root" && mvn -q -B -o -Dstyle.color=never -DskipTests package)
fi
work="$(mktemp -d /tmp/matbank-design-bench.XXXXXX)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
server=""
cleanup() {
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"; for _ in $(seq 1 300); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

exec > >(tee "$out") 2>&1
echo "# MatBank design speed, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# java: $(java -version 2>&1 | head -1); runs per figure: $runs (median)"
java -jar "$jar" serve --demo --data-dir "$work/data" --port "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    grep -q -E "Loaded the demo data|Demo data already loaded" "$work/server.log" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done
api="http://127.0.0.1:$port/api"
steels='tags HAS \"demo\" AND tags HAS \"nims-fatigue\"'

# post PATH JSON -> prints the answer's body; fails on a non-2xx status
post() {
    curl -sS --fail-with-body -m 1800 -H 'Content-Type: application/json' -X POST "$api$1" -d "$2"
}

json() {  # json EXPR: evaluates EXPR on the JSON of stdin as `d`
    python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}

median() { python3 -c "import statistics,sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.3f}')" "$@"; }

for kind in linear random-forest gradient-boosting; do
    t0=$EPOCHREALTIME
    fatigue=$(post /models "{\"name\":\"bench fatigue $kind\",\"table\":{\"filter\":\"$steels\"},\"target\":\"property:fatigue strength\",\"kind\":\"$kind\"}" | json 'd["id"]')
    t1=$EPOCHREALTIME
    inclusions=$(post /models "{\"name\":\"bench dA $kind\",\"table\":{\"filter\":\"$steels\"},\"target\":\"property:area fraction of deformed inclusions (dA)\",\"kind\":\"$kind\"}" | json 'd["id"]')
    printf '%-18s models trained (fatigue %.1f s)\n' "$kind" "$(python3 -c "print($t1-$t0)")"
    engine=(); http=(); evaluated=0
    for seed in $(seq 1 "$runs"); do
        t0=$EPOCHREALTIME
        answer=$(post /designs "{\"name\":\"bench scoring $kind\",\"models\":[\"$fatigue\"],\"targets\":[{\"property\":\"property:fatigue strength\",\"kind\":\"at-least\",\"low\":700,\"unit\":\"MPa\"}],\"samples\":100000,\"candidates\":10,\"seed\":$seed}")
        t1=$EPOCHREALTIME
        engine+=("$(echo "$answer" | json 'd["rounds"][0]["outcome"]["seconds"]')")
        evaluated=$(echo "$answer" | json 'd["rounds"][0]["outcome"]["evaluated"]')
        http+=("$(python3 -c "print($t1-$t0)")")
    done
    printf '%-18s scoring  %6d candidates  engine %7s s  http %7s s  (%s)\n' "$kind" "$evaluated" "$(median "${engine[@]}")" "$(median "${http[@]}")" "${engine[*]}"
    engine=(); http=()
    for seed in $(seq 1 "$runs"); do
        t0=$EPOCHREALTIME
        answer=$(post /designs "{\"name\":\"bench nsga2 $kind\",\"models\":[\"$fatigue\",\"$inclusions\"],\"targets\":[{\"property\":\"property:fatigue strength\",\"kind\":\"maximise\"},{\"property\":\"property:area fraction of deformed inclusions (dA)\",\"kind\":\"minimise\"}],\"strategy\":\"nsga2\",\"population\":100,\"generations\":300,\"candidates\":10,\"seed\":$seed}")
        t1=$EPOCHREALTIME
        engine+=("$(echo "$answer" | json 'd["rounds"][0]["outcome"]["seconds"]')")
        evaluated=$(echo "$answer" | json 'd["rounds"][0]["outcome"]["evaluated"]')
        front=$(echo "$answer" | json 'len(d["rounds"][0]["outcome"]["front"])')
        http+=("$(python3 -c "print($t1-$t0)")")
    done
    printf '%-18s nsga2 100x300  %6d evaluated, front %3d  engine %7s s  http %7s s  (%s)\n' "$kind" "$evaluated" "$front" "$(median "${engine[@]}")" "$(median "${http[@]}")" "${engine[*]}"
done
echo "# peer: /usr/bin/python3 bench/design_speed_peer.py $data 100000 $runs"
/usr/bin/python3 "$root/bench/design_speed_peer.py" "$data" 100000 "$runs"
echo "# results: $out"

#!/usr/bin/env bash
# MatBank search benchmark (issue 4). One command, prints figures.
#
#   bench/search.sh [DATA_DIR]          default /work/bench-data/search-1m (outside the repo: ~10 GB at 1 M)
#   SEARCH_N=5000000 bench/search.sh /work/bench-data/search-5m
#   SEARCH_SEED=42  SEARCH_RUNS=30  SEARCH_WARMUPS=3  SEARCH_PORT=18101  MATBANK_JAR=path
#
# Steps:
#   1. build the jar (mvn -o package, tests skipped) and the classpath of the bench programs.
#   2. start MatBank on DATA_DIR (`serve --data-dir DATA_DIR --port PORT`) and wait for HTTP 200.
#   3. if DATA_DIR holds no generated data yet (no DATA_DIR/search-data.done): generate SEARCH_N
#      synthetic steel histories with bench/SearchData.java (COPY straight into the embedded
#      PostgreSQL, templates through the API; ~10 GB and ~20 min per million on 2 vCPUs). A data
#      dir with bench-steel rows but no marker is a cut-off load: the script stops (delete it,
#      or finish it with `SearchData.java load --from K`).
#   4. `matbank reindex` (TODO lead: the command does not exist yet).
#   5. the SQL peer: bench/SqlPeer.java runs the ten hand-written queries of bench/search-sql.sql,
#      SEARCH_WARMUPS + SEARCH_RUNS times each, p50/p95 per query; plans and answers are kept.
#   6. the same ten questions through GET /api/search (TODO lead), ratio to the SQL peer.
# Raw outputs go to bench/results/search-N-<utc stamp>.*; the server's log to DATA_DIR/../<name>-server.log.
#
# The embedded PostgreSQL of a running data dir: port = line 4 of DATA_DIR/postgres/postmaster.pid,
# database matbank, user postgres, no password:
#   psql -h localhost -p "$(sed -n 4p DATA_DIR/postgres/postmaster.pid)" -U postgres matbank
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath -m "${1:-/work/bench-data/search-1m}")"
n="${SEARCH_N:-1000000}"
seed="${SEARCH_SEED:-42}"
runs="${SEARCH_RUNS:-30}"
warmups="${SEARCH_WARMUPS:-3}"
jar="${MATBANK_JAR:-$root/target/matbank.jar}"
results="$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/search-$n-$stamp"
server_log="$(dirname "$data")/$(basename "$data")-server.log"
mkdir -p "$results" "$(dirname "$data")"

# 1. build
if [[ -z "${MATBANK_JAR:-}" ]]; then
    (cd "$root" && mvn -q -B -o -Dstyle.color=never -DskipTests package)
fi
cpfile="$root/target/bench-classpath.txt"
if [[ ! -s "$cpfile" ]]; then
    (cd "$root" && mvn -q -B -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$cpfile") >/dev/null
fi
cp="$root/target/classes:$(cat "$cpfile")"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
port="${SEARCH_PORT:-$(free_port)}"
api="http://localhost:$port"
server_pid=""

start_server() {
    java -jar "$jar" serve --data-dir "$data" --port "$port" >> "$server_log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 600); do
        if curl -sf -o /dev/null --max-time 5 "$api/api/templates"; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "MatBank exited; see $server_log" >&2; exit 1; }
        sleep 0.5
    done
    echo "MatBank did not answer within 300 s; see $server_log" >&2
    exit 1
}

# SIGTERM: the JVM's shutdown hook stops the embedded PostgreSQL cleanly
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 600); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    fi
    server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

{
    echo "# MatBank search benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC'), commit $(git -C "$root" rev-parse --short HEAD)"
    echo "# machine: $(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
    echo "# java:    $(java -version 2>&1 | head -n 1)"
    echo "# os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "# disk:    $(df -h "$(dirname "$data")" | tail -1)"
    echo "# load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    echo "# data dir: $data, materials wanted: $n, seed $seed"
} | tee "$out.txt"

# 2. server
start_server
echo "# MatBank up on port $port (pid $server_pid), PostgreSQL on port $(sed -n 4p "$data/postgres/postmaster.pid")" | tee -a "$out.txt"

# 3. data
if [[ ! -f "$data/search-data.done" ]]; then
    existing="$(java -cp "$cp" "$root/bench/SqlPeer.java" --data-dir "$data" --only none 2>/dev/null | sed -n 's/^# objects by kind \(.*\), database.*/\1/p')"
    if [[ "$existing" == *material_run* ]]; then
        echo "$data holds materials but no search-data.done marker (a cut-off load?): $existing" >&2
        exit 1
    fi
    java -Xmx1g -cp "$cp" "$root/bench/SearchData.java" load --n "$n" --seed "$seed" --api "$api" --data-dir "$data" \
        2>&1 | tee "$out.load.txt"
    echo "n=$n seed=$seed commit=$(git -C "$root" rev-parse --short HEAD) finished=$(date -u +%FT%TZ)" > "$data/search-data.done"
fi
echo "# data: $(cat "$data/search-data.done")" | tee -a "$out.txt"

# 4. search index
# TODO(lead): rebuild the Lucene index from PostgreSQL, timed. If `reindex` needs the data dir to
# itself (the embedded PostgreSQL is locked by the running server), stop the server around it:
#   stop_server
#   /usr/bin/time -v java -jar "$jar" reindex --data-dir "$data" 2>&1 | tee "$out.reindex.txt"
#   start_server

# 5. SQL peer
java -cp "$cp" "$root/bench/SqlPeer.java" --data-dir "$data" --runs "$runs" --warmups "$warmups" \
    --explain "$out.plans.txt" --results "$out.sql-answers.tsv" 2>&1 | tee -a "$out.txt"

# 6. MatBank's search over HTTP
# TODO(lead): the same ten questions through GET /api/search, SEARCH_WARMUPS + SEARCH_RUNS times
# each, p50/p95 (curl -w '%{time_total}' or a small Java client), the count and first 50 ids
# compared with $out.sql-answers.tsv (same data, so the same answers), and ratio = MatBank p50 / SQL p50.
# The questions, as bench/search-sql.sql asks them (filter syntax is the lead's to fill in):
#   q01 tensile strength >= 1.2 GPa                 q06 q01 and institution = KIMS
#   q02 composition Cr 0.5..2 wt%                   q07 q04 and q02
#   q03 elements include Cr and Mo, <= 6 components q08 yield strength 500..800 MPa, sort tensile desc
#   q04 tempering temperature 400..600 °C           q09 test temperature = 20 °C and elongation >= 15 %
#   q05 text '인장강도' (SQL: notes ILIKE)            q10 q01 with facets (SQL: counts by institution)
# Each with &facets=family,template,institution,element,property&limit=50, e.g.
#   curl -s -o /dev/null -w '%{time_total}\n' "$api/api/search?filter=...&facets=family,template,institution,element,property&limit=50"
# Export throughput (issue 4) also belongs here: TODO(lead).

echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out.txt"
echo "# outputs: $out.*"

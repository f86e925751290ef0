#!/usr/bin/env bash
# MatBank search benchmark (issue 4). One command, prints figures.
#
#   bench/search.sh [DATA_DIR]          default /work/bench-data/search-1m (outside the repo: ~10 GB at 1 M)
#   SEARCH_N=5000000 bench/search.sh /work/bench-data/search-5m
#   SEARCH_SEED=42  SEARCH_RUNS=30  SEARCH_WARMUPS=3  SEARCH_PORT=18101  MATBANK_JAR=path
#   SEARCH_REINDEX=1  SEARCH_EXPORT=1  SEARCH_HEAP=  (e.g. 4g: -Xmx of the reindex and the server)
#   SEARCH_SQL=1 (0: no SQL peer)  SEARCH_PAGES=0 (1: also the web application's search page, issue 6)
#   The search page alone on data already indexed:
#     SEARCH_REINDEX=0 SEARCH_SQL=0 SEARCH_EXPORT=0 SEARCH_PAGES=1 bench/search.sh
#
# Steps:
#   1. build the jar (mvn -o package, tests skipped) and the classpath of the bench programs.
#   2. if DATA_DIR holds no generated data yet (no DATA_DIR/search-data.done): start MatBank on it
#      (`serve --data-dir DATA_DIR --port PORT`), generate SEARCH_N synthetic steel histories with
#      bench/SearchData.java (COPY straight into the embedded PostgreSQL, templates through the API;
#      ~10 GB and ~17 min per million on 2 vCPUs), stop MatBank. A data dir with bench-steel rows
#      but no marker is a cut-off load: the script stops (delete it, or finish it with
#      `SearchData.java load --from K`).
#   3. `matbank reindex --data-dir DATA_DIR`, server stopped, timed with /usr/bin/time -v: the
#      Lucene index rebuilt from PostgreSQL (material runs and specs: 2 per history), materials/s,
#      peak RSS, index size. SEARCH_REINDEX=0 keeps the index as it is (only to iterate on queries).
#   4. start MatBank on DATA_DIR, wait for HTTP 200 and an index that is not rebuilding.
#   5. the SQL peer: bench/SqlPeer.java runs the ten hand-written queries of bench/search-sql.sql,
#      SEARCH_WARMUPS + SEARCH_RUNS times each, p50/p95 per query; plans, answers and timings kept.
#   6. the same ten questions through GET /api/search with bench/SearchBench.java, plain and with
#      the five default facets, SEARCH_WARMUPS + SEARCH_RUNS times each; totals and first pages
#      compared with the peer's answers, ratio = SQL p50 / MatBank p50 from this run. Then the
#      export of every material run as CSV and as Parquet (records/s). SEARCH_EXPORT=0 skips it.
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
reindex="${SEARCH_REINDEX:-1}"
export_formats="${SEARCH_EXPORT:-1}"
sql_peer="${SEARCH_SQL:-1}"
pages="${SEARCH_PAGES:-0}"
heap=()
if [[ -n "${SEARCH_HEAP:-}" ]]; then heap=("-Xmx$SEARCH_HEAP"); fi
jar="${MATBANK_JAR:-$root/target/matbank.jar}"
results="$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/search-$n-$stamp"
server_log="$(dirname "$data")/$(basename "$data")-server.log"
mkdir -p "$results" "$(dirname "$data")"

# 1. build
# shellcheck source=bench/common.sh
source "$root/bench/common.sh"
bench_classpath

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
port="${SEARCH_PORT:-$(free_port)}"
api="http://localhost:$port"
server_pid=""

start_server() {
    java "${heap[@]}" -jar "$jar" serve --data-dir "$data" --port "$port" >> "$server_log" 2>&1 &
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

# 2. data
if [[ ! -f "$data/search-data.done" ]]; then
    start_server
    echo "# MatBank up on port $port (pid $server_pid) to generate the data" | tee -a "$out.txt"
    existing="$(java -cp "$cp" "$root/bench/SqlPeer.java" --data-dir "$data" --only none 2>/dev/null | sed -n 's/^# objects by kind \(.*\), database.*/\1/p')"
    if [[ "$existing" == *material_run* ]]; then
        echo "$data holds materials but no search-data.done marker (a cut-off load?): $existing" >&2
        exit 1
    fi
    java -Xmx1g -cp "$cp" "$root/bench/SearchData.java" load --n "$n" --seed "$seed" --api "$api" --data-dir "$data" \
        2>&1 | tee "$out.load.txt"
    echo "n=$n seed=$seed commit=$(git -C "$root" rev-parse --short HEAD) finished=$(date -u +%FT%TZ)" > "$data/search-data.done"
    stop_server
fi
echo "# data: $(cat "$data/search-data.done")" | tee -a "$out.txt"

# 3. search index, rebuilt from PostgreSQL with the server stopped (reindex opens the data dir itself)
if [[ "$reindex" == 1 ]]; then
    echo "# reindex: start $(date -u +%T), load $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out.txt"
    /usr/bin/time -v java "${heap[@]}" -jar "$jar" reindex --data-dir "$data" > "$out.reindex.txt" 2>&1
    echo "# reindex: end $(date -u +%T), load $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out.txt"
    {
        echo "# reindex: $(grep -a '^Indexed' "$out.reindex.txt")"
        echo "# reindex: wall $(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out.reindex.txt"), user $(sed -n 's/.*User time (seconds): //p' "$out.reindex.txt") s, system $(sed -n 's/.*System time (seconds): //p' "$out.reindex.txt") s, peak RSS $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.reindex.txt") kB"
    } | tee -a "$out.txt"
fi
echo "# index: $(du -sh "$data/search" | cut -f 1) in $data/search ($(find "$data/search" -type f | wc -l) files)" | tee -a "$out.txt"

# 4. server
start_server
for _ in $(seq 1 7200); do
    status="$(curl -sf --max-time 5 "$api/api/search/status" || true)"
    [[ "$status" == *'"rebuilding":false'* ]] && break
    sleep 1
done
echo "# MatBank up on port $port (pid $server_pid), PostgreSQL on port $(sed -n 4p "$data/postgres/postmaster.pid"); search status $status" | tee -a "$out.txt"

# 5. SQL peer
bench_args=(--runs "$runs" --warmups "$warmups" --results "$out.matbank.tsv")
if [[ "$sql_peer" == 1 ]]; then
    java -cp "$cp" "$root/bench/SqlPeer.java" --data-dir "$data" --runs "$runs" --warmups "$warmups" \
        --explain "$out.plans.txt" --results "$out.sql-answers.tsv" --timings "$out.sql-timings.tsv" 2>&1 | tee -a "$out.txt"
    bench_args+=(--sql-answers "$out.sql-answers.tsv" --sql-timings "$out.sql-timings.tsv")
fi

# 6. MatBank's search over HTTP, compared with the peer of this run; then the pages and the exports
if [[ "$pages" == 1 ]]; then bench_args+=(--pages); fi
if [[ "$export_formats" == 1 ]]; then bench_args+=(--export); fi
java -cp "$cp" "$root/bench/SearchBench.java" "$api" "${bench_args[@]}" 2>&1 | tee -a "$out.txt"

echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$out.txt"
echo "# outputs: $out.*"

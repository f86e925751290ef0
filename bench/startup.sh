#!/usr/bin/env bash
# MatBank start-up and demo-load benchmark. One command, prints each run and the medians.
#
#   bench/startup.sh [RUNS]        RUNS defaults to 5; the jar is built first if missing
#   MATBANK_JAR=path bench/startup.sh
#
# Each run starts three server processes, one after the other, each with `java -jar target/matbank.jar
# serve --data-dir DIR --port PORT` on a free port:
#   cold  fresh, empty data dir: JVM start + Spring + embedded PostgreSQL initdb + create database +
#         Flyway migrations + Tomcat. Measured from just before `java` is launched until the first
#         HTTP 200 from GET /api/templates (polled every 0.1 s, so figures carry up to ~0.1 s of
#         polling granularity).
#   warm  the same data dir again (cluster and schema exist): same clock, same end point.
#   demo  `serve --demo` on another fresh data dir. The demo-load figure is the time between the
#         stdout lines "Started MatBankCli" (Spring context up, Tomcat listening) and "Loaded the
#         demo data: N objects" (DemoLoader.loadIfAbsent returned), both time-stamped by this
#         script as they arrive. Between these two lines the program does nothing but the demo
#         load, so the start-up cost is not counted. objects/s = N / that time.
# Not measured: the one-off extraction of the PostgreSQL binaries into /tmp/embedded-pg (cached
# across runs and processes, so already present after the first ever start on the machine).
#
# Servers are stopped with SIGTERM after each measurement (the JVM shutdown hook stops PostgreSQL);
# a trap stops the current server, and any PostgreSQL left on a benchmark data dir, on any exit.
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${MATBANK_JAR:-$root/target/matbank.jar}"
timeout_seconds=300

if [[ ! -f "$jar" ]]; then
    echo "building $jar ..." >&2
    (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package)
fi

work="$(mktemp -d /tmp/matbank-bench.XXXXXX)"
server_pid=""
server_dir=""

# Stops the current server: SIGTERM, wait, SIGKILL if it hangs; then any PostgreSQL it left behind.
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "$server_dir" && -f "$server_dir/postgres/postmaster.pid" ]]; then
        local pg_pid
        pg_pid="$(head -n 1 "$server_dir/postgres/postmaster.pid")"
        if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
            kill -TERM "$pg_pid" 2>/dev/null || true   # smart shutdown of the orphaned postmaster
            for _ in $(seq 1 100); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.1; done
        fi
    fi
    server_pid=""
    server_dir=""
}

cleanup() {
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Prefixes every line with the time it arrived (seconds since the epoch, microseconds).
stamp() {
    local line
    while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done
}

# start_server LOG DIR PORT [--demo]: launches the jar; sets server_pid and start_time.
start_server() {
    local log="$1" dir="$2" port="$3"; shift 3
    server_dir="$dir"
    start_time="$EPOCHREALTIME"
    java -jar "$jar" serve --data-dir "$dir" --port "$port" "$@" > >(stamp > "$log") 2>&1 &
    server_pid=$!
}

# wait_for_200 PORT: prints the seconds since start_time at the first HTTP 200 from /api/templates.
wait_for_200() {
    local port="$1" deadline=$((SECONDS + timeout_seconds)) code
    while ((SECONDS < deadline)); do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/api/templates" || true)"
        if [[ "$code" == 200 ]]; then
            awk -v a="$start_time" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "server exited before answering" >&2; return 1; }
        sleep 0.1
    done
    echo "no HTTP 200 within ${timeout_seconds}s" >&2
    return 1
}

# wait_for_line LOG TEXT: waits until a line containing TEXT has been logged.
wait_for_line() {
    local log="$1" text="$2" deadline=$((SECONDS + timeout_seconds))
    while ((SECONDS < deadline)); do
        grep -qF -- "$text" "$log" 2>/dev/null && return 0
        kill -0 "$server_pid" 2>/dev/null || { echo "server exited before logging '$text'" >&2; return 1; }
        sleep 0.1
    done
    echo "'$text' not logged within ${timeout_seconds}s" >&2
    return 1
}

# line_time LOG TEXT: arrival time of the first line containing TEXT.
line_time() { grep -F -m 1 -- "$2" "$1" | cut -d ' ' -f 1; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "MatBank start-up benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "machine: $(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "java:    $(java -version 2>&1 | head -n 1)"
echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "jar:     $jar ($(du -m "$jar" | cut -f 1) MB), runs: $runs"
echo
# load1: the 1-minute load average when the run began (this machine may be shared: a load above
# the CPU count means other work competed with the measurement).
printf '%-5s %9s %9s %13s %9s %11s %6s\n' run cold_s warm_s demo_load_s objects objects/s load1
: > "$work/cold"; : > "$work/warm"; : > "$work/load"; : > "$work/rate"

for run in $(seq 1 "$runs"); do
    load1="$(cut -d ' ' -f 1 /proc/loadavg)"
    dir="$work/run$run"
    port="$(free_port)"
    start_server "$work/cold$run.log" "$dir" "$port"
    cold="$(wait_for_200 "$port")"
    stop_server

    port="$(free_port)"
    start_server "$work/warm$run.log" "$dir" "$port"
    warm="$(wait_for_200 "$port")"
    stop_server

    demo_dir="$work/demo$run"
    port="$(free_port)"
    log="$work/demo$run.log"
    start_server "$log" "$demo_dir" "$port" --demo
    wait_for_line "$log" "MatBank is running"
    started="$(line_time "$log" "Started MatBankCli")"
    loaded_line="$(grep -F -m 1 "Loaded the demo data" "$log")"
    loaded="${loaded_line%% *}"
    objects="$(sed -E 's/.*Loaded the demo data: ([0-9]+) objects.*/\1/' <<<"$loaded_line")"
    stop_server
    load="$(awk -v a="$started" -v b="$loaded" 'BEGIN { printf "%.2f", b - a }')"
    rate="$(awk -v n="$objects" -v t="$load" 'BEGIN { printf "%.0f", n / t }')"

    printf '%-5s %9s %9s %13s %9s %11s %6s\n' "$run" "$cold" "$warm" "$load" "$objects" "$rate" "$load1"
    echo "$cold" >> "$work/cold"; echo "$warm" >> "$work/warm"
    echo "$load" >> "$work/load"; echo "$rate" >> "$work/rate"
    rm -rf "$dir" "$demo_dir"
done

printf '%-5s %9s %9s %13s %9s %11s\n' median "$(median < "$work/cold")" "$(median < "$work/warm")" \
    "$(median < "$work/load")" "$objects" "$(median < "$work/rate" | cut -d . -f 1)"
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"

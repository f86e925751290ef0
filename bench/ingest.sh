#!/usr/bin/env bash
# MatBank bulk-ingest benchmark (issue "Standard templates and bulk ingest"). One command, prints figures.
#
#   bench/ingest.sh [ROWS...]          default: 10000 100000
#   MATBANK_JFR=1 bench/ingest.sh ...  also record a JFR (settings=default, ~1 % overhead) of each import into BENCH_WORK
#   BENCH_WORK=/tmp/x bench/ingest.sh  where CSVs and data dirs go (default /tmp/matbank-ingest)
#
# For each size N:
#   1. java bench/GenerateAlloys.java N  -> deterministic synthetic CSV (seeded; cached per N)
#   2. matbank import CSV --mapping bench/alloys-mapping.json --data-dir <fresh dir>, with -Xmx512m
#      and -Xlog:gc. Import time = the "took X s" of the summary (the import job alone: from the job's
#      start to its commit; JVM, Spring and PostgreSQL start-up not counted).
#      rows/s = CSV rows (= records = material histories) / import s; objects/s = objects created / s;
#      DB rows/s = rows in the five history tables / s.
#   3. bench/CopyPeer.java on the same data dir: COPY each of the five tables out (untimed), into an
#      empty "like ... including all" copy (timed, one transaction, commit included). ratio = import s / COPY s.
#   4. peak heap after GC = the largest "after" figure of the GC log's pause lines.
# Raw outputs go to bench/results/ingest-N-<utc stamp>.{txt,gc.log}.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${MATBANK_JAR:-$root/target/matbank.jar}"
work="${BENCH_WORK:-/tmp/matbank-ingest}"
results="$root/bench/results"
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(10000 100000)
mkdir -p "$work" "$results"

if [[ ! -f "$jar" ]]; then
    (cd "$root" && mvn -q -B -o -DskipTests package)
fi
cpfile="$work/classpath.txt"
if [[ ! -s "$cpfile" ]]; then
    (cd "$root" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$cpfile") >/dev/null
fi
cp="$root/target/classes:$(cat "$cpfile")"

summary=()
for n in "${sizes[@]}"; do
    stamp="$(date -u +%Y%m%dT%H%M%SZ)"
    out="$results/ingest-$n-$stamp.txt"
    gclog="$results/ingest-$n-$stamp.gc.log"
    csv="$work/alloys-$n.csv"
    data="$work/data-$n"
    [[ -f "$csv" ]] || java "$root/bench/GenerateAlloys.java" "$n" "$csv"
    rm -rf "$data"
    jfr=()
    if [[ "${MATBANK_JFR:-}" == 1 ]]; then
        jfr=("-XX:StartFlightRecording=filename=$work/ingest-$n-$stamp.jfr,settings=default")
    fi
    {
        echo "# bulk ingest, $n rows; $(date -u)"
        echo "# host: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
        echo "# load before: $(uptime)"
        echo "# csv: $csv ($(stat -c %s "$csv") bytes, sha256 $(sha256sum "$csv" | cut -c1-16))"
    } | tee "$out"
    # the progress bar goes to stderr; keep it (its last line gives a partial rate if the run is cut short)
    java -Xmx512m "-Xlog:gc:file=$gclog" "${jfr[@]}" -jar "$jar" import "$csv" \
        --mapping "$root/bench/alloys-mapping.json" --data-dir "$data" 2>"$work/progress-$n.log" | tee -a "$out"
    echo "# load after import: $(uptime)" | tee -a "$out"
    java -cp "$cp" "$root/bench/CopyPeer.java" "$data" 2>/dev/null | grep '^copy' | tee -a "$out"
    echo "# load after copy: $(uptime)" | tee -a "$out"

    secs="$(sed -n 's/.*took \([0-9.]*\) s.*/\1/p' "$out" | tail -1)"
    objects="$(sed -n 's/.*objects created \([0-9]*\),.*/\1/p' "$out" | tail -1)"
    dbrows="$(sed -n 's/^copy total rows \([0-9]*\)/\1/p' "$out")"
    copys="$(sed -n 's/^copy total seconds \([0-9.]*\)/\1/p' "$out")"
    # G1 lines: "... Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 5.1ms"
    peak="$(grep -o '[0-9]*M->[0-9]*M' "$gclog" | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1)"
    line="$(awk -v n="$n" -v o="$objects" -v d="$dbrows" -v s="$secs" -v c="$copys" -v p="${peak:-?}" 'BEGIN {
        printf "%9d %10d %11d %9.1f %8.0f %10.0f %10.0f %7.2f %6.1f %7s MB", n, o, d, s, n/s, o/s, d/s, c, s/c, p }')"
    echo "result: $line" | tee -a "$out"
    summary+=("$line")
done

echo
printf '%9s %10s %11s %9s %8s %10s %10s %7s %6s %10s\n' rows objects "DB rows" "import s" "rows/s" "objects/s" "DBrows/s" "COPY s" ratio "peak heap"
for l in "${summary[@]}"; do echo "$l"; done

# Sourced by the benchmarks that run Java programs on target/classes (ml.sh, design.sh, search.sh).
# Needs `root` (the repository) set by the caller.

# Builds MatBank (unless MATBANK_JAR names a built jar) and sets `cp` to target/classes and the
# dependencies, kept in target/bench-classpath.txt and made again when the pom is newer (an older
# classpath misses new dependencies).
bench_classpath() {
    if [[ -z "${MATBANK_JAR:-}" ]]; then
        (cd "$root" && mvn -q -B -o -Dstyle.color=never -DskipTests package)
    fi
    local cpfile="$root/target/bench-classpath.txt"
    if [[ ! -s "$cpfile" || "$root/pom.xml" -nt "$cpfile" ]]; then
        (cd "$root" && mvn -q -B -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$cpfile") >/dev/null
    fi
    cp="$root/target/classes:$(cat "$cpfile")"
}

# bench_header TITLE HEAP DATA ARGS: the lines every results file starts with (what ran, where, when).
bench_header() {
    echo "# $1, $(date -u '+%Y-%m-%d %H:%M:%S UTC'), commit $(git -C "$root" rev-parse --short HEAD)"
    echo "# machine: $(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
    echo "# java:    $(java -version 2>&1 | head -n 1), -Xmx$2"
    echo "# data:    $3; args: ${4:-(defaults)}"
    echo "# load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
}

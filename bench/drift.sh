#!/usr/bin/env bash
# The drift check at scale: ArchUnit's import time versus the compliance kit's rule evaluation time, on generated
# codebases of about 300, 3,000 and 10,000 classes. Goal: evaluation <= 25 % of import, and linear growth.
#
#   bash bench/drift.sh                 # 300 3000 10000 classes, 5 timed runs each (after 1 warm-up)
#   bash bench/drift.sh 300 1000        # other sizes
#   RUNS=9 bash bench/drift.sh          # more runs
#   WARMUP=1 bash bench/drift.sh        # warm-up runs per size (default: enough to import ~10,000 classes, 1 to 10)
#   PER_RULE=1 bash bench/drift.sh      # also split evaluation into ArchUnit's dependency graph and the kit's own
#                                       # work, rule by rule (DriftCheckTimer --per-rule; about doubles the time)
#   JAVA_OPTS=-Xmx2g bash bench/drift.sh
#
# Run from anywhere; works in the repository root. Needs bench/target/benchmarks.jar (built here if missing, with
# `mvn -pl bench -am package -DskipTests`; rebuild it yourself after changing the kit). Sources are generated into
# bench/target/drift/<N>/src and compiled once into bench/target/drift/<N>/classes; both are reused while the
# classes directory exists (delete bench/target/drift to start over). The table goes to stdout and to
# bench/target/drift/results.md; each size's full log to bench/target/drift/<N>/timer.log.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(300 3000 10000)
RUNS=${RUNS:-5}
JAR=${JAR:-bench/target/benchmarks.jar}
POLICY=content/privacy/policy.yaml
OUT=${OUT:-bench/target/drift}
M2=${M2_REPO:-$HOME/.m2/repository}
GOAL=0.25

if [ ! -f "$JAR" ]; then
  echo "building $JAR" >&2
  mvn -B -ntp -q -pl bench -am package -DskipTests
fi

# The first existing jar among the candidates (a module's target/ first, then the local Maven repository).
first_jar() {
  local what=$1; shift
  local f
  for f in "$@"; do
    if [ -f "$f" ]; then echo "$f"; return 0; fi
  done
  echo "drift.sh: no jar for $what; build the project first (mvn -B -ntp install -DskipTests)" >&2
  exit 1
}
ANNOTATIONS=$(first_jar policy-annotations annotations/target/policy-annotations-0.1.0-SNAPSHOT.jar \
  "$M2/tech/openfactory/policy/policy-annotations/0.1.0-SNAPSHOT/policy-annotations-0.1.0-SNAPSHOT.jar")
SDKS=$(first_jar vendor-sdk-stand-ins examples/vendor-sdks/target/vendor-sdk-stand-ins-0.1.0-SNAPSHOT.jar \
  "$M2/tech/openfactory/policy/vendor-sdk-stand-ins/0.1.0-SNAPSHOT/vendor-sdk-stand-ins-0.1.0-SNAPSHOT.jar")
JPA=$(first_jar jakarta.persistence-api "$M2/jakarta/persistence/jakarta.persistence-api/3.2.0/jakarta.persistence-api-3.2.0.jar")
SERVLET=$(first_jar jakarta.servlet-api "$M2/jakarta/servlet/jakarta.servlet-api/6.1.0/jakarta.servlet-api-6.1.0.jar")
CP="$ANNOTATIONS:$SDKS:$JPA:$SERVLET"

TIME=()
if [ -x /usr/bin/time ]; then TIME=(/usr/bin/time -v); fi

RESULTS=()
for N in "${SIZES[@]}"; do
  DIR=$OUT/$N
  if [ ! -d "$DIR/classes" ]; then
    echo "== $N classes: generating and compiling" >&2
    rm -rf "$DIR/src" "$DIR/classes.tmp"
    java -cp "$JAR" tech.openfactory.policy.bench.CodebaseGenerator "$N" "$DIR/src" >&2
    find "$DIR/src" -name '*.java' | LC_ALL=C sort > "$DIR/sources.txt"
    mkdir -p "$DIR/classes.tmp"
    start=$(date +%s)
    javac -J-Xmx2g --release 17 -nowarn -proc:none -implicit:none -encoding UTF-8 -cp "$CP" -d "$DIR/classes.tmp" \
      @"$DIR/sources.txt"
    mv "$DIR/classes.tmp" "$DIR/classes"
    echo "   compiled $(wc -l < "$DIR/sources.txt") sources in $(( $(date +%s) - start )) s" >&2
  else
    echo "== $N classes: reusing $DIR/classes" >&2
  fi
  # One warm-up run leaves the JIT cold for small sizes (300 classes import in about a second): warm up on
  # about 10,000 classes' worth of imports, at least once and at most 10 times.
  W=${WARMUP:-$(( (10000 + N - 1) / N ))}
  if [ "$W" -gt 10 ] && [ -z "${WARMUP:-}" ]; then W=10; fi
  echo "== $N classes: timing ($RUNS runs after $W warm-up runs)" >&2
  EXTRA=(--warmup="$W")
  if [ -n "${PER_RULE:-}" ]; then EXTRA+=(--per-rule); fi
  set +e
  "${TIME[@]}" java ${JAVA_OPTS:-} -cp "$JAR" tech.openfactory.policy.bench.DriftCheckTimer "$POLICY" "$DIR/classes" \
    "$RUNS" "${EXTRA[@]}" > "$DIR/timer.log" 2> "$DIR/time.log"
  rc=$?
  set -e
  cat "$DIR/timer.log" >&2
  if [ $rc -ne 0 ]; then
    cat "$DIR/time.log" >&2
    echo "drift.sh: DriftCheckTimer failed for $N classes (exit $rc)" >&2
    exit 1
  fi
  RESULT=$(grep '^RESULT ' "$DIR/timer.log")
  SPLIT=$(grep '^PER_RULE ' "$DIR/timer.log" | sed 's/^PER_RULE classes=[0-9]*//' || true)
  RSS=$(awk -F': *' '/Maximum resident set size/ {print int($2/1024)}' "$DIR/time.log")
  RESULTS+=("$RESULT rss_mb=${RSS:-?} warmup=$W$SPLIT")
done

{
  echo
  echo "Drift check: ArchUnit import vs. the kit's evaluation ($RUNS runs after warm-up, $(nproc) CPUs, $(java -version 2>&1 | head -1))"
  echo
  printf '%s\n' "${RESULTS[@]}" | awk -v goal=$GOAL -v perrule="${PER_RULE:-}" '
    function get(line, key,    n, i, kv) {
      n = split(line, kv, " ")
      for (i = 1; i <= n; i++) if (index(kv[i], key "=") == 1) return substr(kv[i], length(key) + 2)
      return ""
    }
    BEGIN {
      h = "| classes | import ms, median (min–max) | evaluation ms, median (min–max) | evaluation / import | same, main-thread CPU | vs. 25 % goal | import µs/class | evaluation µs/class | classes × | import × | evaluation × | peak RSS MB |"
      l = "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
      if (perrule != "") {
        h = h " evaluation CPU ms: ArchUnit dependency graph | evaluation CPU ms: kit |"
        l = l "---:|---:|"
      }
      print h; print l
    }
    {
      c = get($0, "classes"); im = get($0, "import_ms_median"); ev = get($0, "eval_ms_median")
      ratio = ev / im
      growth = "–"; gi = "–"; ge = "–"
      if (NR > 1) {
        growth = sprintf("%.2f", c / pc); gi = sprintf("%.2f", im / pim); ge = sprintf("%.2f", ev / pev)
      }
      printf "| %d | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.1f %% | %.1f %% | %.2f× the budget, %s | %.0f | %.0f | %s | %s | %s | %s |", \
        c, im, get($0, "import_ms_min"), get($0, "import_ms_max"), ev, get($0, "eval_ms_min"), get($0, "eval_ms_max"), \
        100 * ratio, 100 * get($0, "cpu_ratio"), ratio / goal, (ratio <= goal ? "met" : "missed"), 1000 * im / c, \
        1000 * ev / c, growth, gi, ge, get($0, "rss_mb")
      if (perrule != "") printf " %.0f | %.0f |", get($0, "archunit_dependencies_cpu_ms"), get($0, "kit_cpu_ms")
      printf "\n"
      pc = c; pim = im; pev = ev
    }'
  echo
  echo "Evaluation is PolicyCheck.run() on the imported classes (no report), including ArchUnit's dependency graph,"
  echo "which ArchUnit computes lazily when a rule first asks for a class's dependencies. The growth columns compare"
  echo "each row with the one above (time(N) / time(previous N)): linear growth means import × and evaluation ×"
  echo "near classes ×. Peak RSS is the whole JVM's (/usr/bin/time -v), including the per-rule pass if any."
} | tee "$OUT/results.md"

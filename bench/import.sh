#!/usr/bin/env bash
# The kit as a product's test runs it, on the fixture codebases (examples/fixtures): PolicyCheck with packages(...)
# on each fixture's own test classpath, warm, with library classes resolved from the classpath (ArchUnit's default)
# and without (the kit's default), interleaved in one JVM. Goal: import of a ~100-class app <= 0.8 s warm.
#
#   bash bench/import.sh            # 10 timed runs after 5 warm-up runs per fixture
#   RUNS=20 WARMUP=10 bash bench/import.sh
#
# Needs the reactor built (mvn -B -ntp install -DskipTests). Writes bench/target/import/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-5}
OUT=bench/target/import
mkdir -p "$OUT"
[ -d bench/target/classes ] || mvn -B -ntp -q -pl bench -am compile

declare -A PACKAGES=([jpa-app]=com.example.tickets [mybatis-app]=com.example.forum [javax-app]=com.brookmere.booking)
ROWS=()
for F in jpa-app mybatis-app javax-app; do
  DIR=examples/fixtures/$F
  mvn -B -ntp -q -f "$DIR/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$OUT/$F.cp" >&2
  CP="bench/target/classes:$DIR/target/test-classes:$DIR/target/classes:$(cat "$OUT/$F.cp")"
  echo "== $F" >&2
  java -cp "$CP" tech.openfactory.policy.bench.ImportTimer "$DIR/src/test/resources/privacy/policy.yaml" \
    "${PACKAGES[$F]}" "$RUNS" "$WARMUP" | tee "$OUT/$F.log" >&2
  ROWS+=("$F $(grep '^RESULT ' "$OUT/$F.log")")
done
# All three together, about 130 classes, on one classpath holding the three fixtures' libraries (the import reads
# class files, so mixing Spring 5 and 6 jars does not matter; the verdicts are those of the JPA app's policy).
ALL_CP="bench/target/classes"
for F in jpa-app mybatis-app javax-app; do
  ALL_CP="$ALL_CP:examples/fixtures/$F/target/classes:$(cat "$OUT/$F.cp")"
done
echo "== all three" >&2
java -cp "$ALL_CP" tech.openfactory.policy.bench.ImportTimer examples/fixtures/jpa-app/src/test/resources/privacy/policy.yaml \
  com.example.tickets,com.example.forum,com.brookmere.booking "$RUNS" "$WARMUP" | tee "$OUT/all.log" >&2
ROWS+=("all-three $(grep '^RESULT ' "$OUT/all.log")")
{
  echo "Kit import and evaluation on the fixtures, warm ($RUNS runs after $WARMUP warm-up runs, $(nproc) CPUs, $(java -version 2>&1 | head -1))"
  echo
  echo "| fixture | classes | import ms, libraries resolved (ArchUnit default) | import ms, not resolved (kit default) | ratio | evaluation ms, resolved / not | same verdicts | load average |"
  echo "|---|---:|---:|---:|---:|---:|---|---:|"
  for R in "${ROWS[@]}"; do
    echo "$R" | awk '{
      f=$1; for (i=2;i<=NF;i++){split($i,kv,"="); v[kv[1]]=kv[2]}
      printf "| %s | %s | %s | %s | %.2f | %s / %s | %s | %s |\n", f, v["classes"], v["resolved_import_ms"],
        v["unresolved_import_ms"], v["unresolved_import_ms"]/(v["resolved_import_ms"]>0?v["resolved_import_ms"]:1),
        v["resolved_eval_ms"], v["unresolved_eval_ms"], v["same_verdicts"], v["load_average"] }'
  done
} | tee "$OUT/results.md"

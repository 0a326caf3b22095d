#!/usr/bin/env bash
# Speed and scale, measured side by side; writes bench/RESULTS.md. Run from anywhere:  bash bench/run.sh
# Needs: Java 17, Maven, python3, and Debian's hugo and hyperfine (installed here when missing, as root).
# Every figure is a median of several runs with its spread (min–max), and each ratio is taken within this run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=bench/target/run
RUNS=${RUNS:-10}
mkdir -p "$WORK"

if ! command -v hugo >/dev/null || ! command -v hyperfine >/dev/null; then
  apt-get update -qq && apt-get install -y -qq hugo hyperfine >/dev/null
fi
mvn -B -ntp -q package -DskipTests -pl bench -am
JAR=generator/target/policy.jar
BENCH=bench/target/benchmarks.jar

# The JVM that prints one line, and the Hugo site of the same policy.
mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
rm -rf "$WORK/hugo" && java -cp "$BENCH" tech.openfactory.policy.bench.HugoSiteWriter content/privacy/policy.yaml "$WORK/hugo" >/dev/null

# 1. Cold build, whole process: a fresh output folder every run, so nothing is reused; the plain jar and bin/policy
# (the class-data archive mvn package made, and its start-up flags; its daemon off, so that each run is a fresh JVM:
# bench/startup.sh measures it with its daemon).
for _ in $(seq "$(( ${SETTLE:-120} / 5 ))"); do # up to SETTLE seconds for the load the build left to ebb
  awk '{ exit !($1 < 1.0) }' /proc/loadavg && break
  sleep 5
done
LOAD_COLD=$(cut -d' ' -f1-3 /proc/loadavg)
hyperfine --style none --warmup 2 --runs "$RUNS" --export-json "$WORK/cold.json" \
  --prepare "rm -rf $WORK/cold-site" --prepare "true" --prepare "rm -rf $WORK/hugo-out" --prepare "rm -rf $WORK/cold-site" \
  -n "policy build" "java -jar $JAR build --out $WORK/cold-site" \
  -n "java Hello" "java -cp $WORK/hello Hello" \
  -n "hugo" "hugo --quiet -s $WORK/hugo -d $ROOT/$WORK/hugo-out" \
  -n "bin/policy build" "env POLICY_DAEMON=off bin/policy build --out $WORK/cold-site" >/dev/null

# 2. Start-up: check and a fresh build against the JVM's hello, plain jar and bin/policy (bench/startup.sh).
bash bench/startup.sh >/dev/null

# 3. Warm re-render in-process (what serve does on save), JMH.
java -jar "$BENCH" RenderBenchmark -rf json -rff "$WORK/jmh.json" >"$WORK/jmh.txt" 2>&1

# 4. Scale with history: generated histories, whole-process builds into a fresh folder, time and peak memory.
: > "$WORK/history.tsv"
for n in 10 100 1000; do
  dir="$WORK/history-$n"
  [ -d "$dir" ] || java -cp "$BENCH" tech.openfactory.policy.bench.HistoryGenerator "$n" content/privacy/policy.yaml "$dir" >/dev/null
  runs=3; [ "$n" = 1000 ] && runs=${HISTORY_RUNS_1000:-2}
  for i in $(seq "$runs"); do
    rm -rf "$WORK/history-site-$n"
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java -jar "$JAR" build --content "$dir" --out "$WORK/history-site-$n" \
      --as-of 2130-01-01 >/dev/null
    echo "$n cold $(cat "$WORK/time.txt")" >> "$WORK/history.tsv"
  done
  # Rebuilt over the previous site: published versions' PDFs are reused.
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java -jar "$JAR" build --content "$dir" --out "$WORK/history-site-$n" \
    --as-of 2130-01-01 >/dev/null
  echo "$n rebuild $(cat "$WORK/time.txt")" >> "$WORK/history.tsv"
done

# 5. The drift check on generated codebases (bench/drift.sh prints its own table).
DRIFT=$(bash bench/drift.sh 2>/dev/null | sed -n '/^|/,$p' || true)

python3 - "$WORK" "$DRIFT" "$LOAD_COLD" <<'PY'
import json, statistics, sys, subprocess, platform, datetime, os
work, drift, load_cold = sys.argv[1], sys.argv[2], sys.argv[3]
def hf(path):
    return {r["command"] if not r.get("name") else r["name"]: r for r in json.load(open(path))["results"]}
def fig(r): return r["median"] * 1000, r["min"] * 1000, r["max"] * 1000
def cell(r):
    m, lo, hi = fig(r); return f"{m:.0f} ms ({lo:.0f}–{hi:.0f})"
names = {r.get("command"): r for r in json.load(open(f"{work}/cold.json"))["results"]}
res = json.load(open(f"{work}/cold.json"))["results"]
build, hello, hugo, cdsr = res[0], res[1], res[2], res[3]
jmh = {b["benchmark"].split(".")[-1]: b for b in json.load(open(f"{work}/jmh.json"))}
def jmh_cell(b):
    p = b["primaryMetric"]["scorePercentiles"]
    return p["50.0"], p["0.0"], p["99.0"]
rows = [l.split() for l in open(f"{work}/history.tsv") if l.strip()]
hist = {}
for n, kind, secs, kb in rows:
    hist.setdefault((int(n), kind), []).append((float(secs), int(kb)))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
out = []
out.append("# Benchmark results\n")
out.append(f"- Date: {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC")
out.append(f"- Machine: {os.cpu_count()} cores ({cpu}), {int(mem)//1024} MiB memory; {java}; {subprocess.run(['hugo','version'],capture_output=True,text=True).stdout.split()[1]} hugo")
out.append("- Command: `bash bench/run.sh` (RUNS=%s runs per whole-process figure after 2 warm-ups; medians with min–max)\n" % os.environ.get("RUNS", "10"))
out.append("## 1. Cold build of the real site, whole process\n")
out.append(f"Load average (1, 5, 15 min) at the start: {load_cold}.\n")
b, h, g, c = fig(build)[0], fig(hello)[0], fig(hugo)[0], fig(cdsr)[0]
out.append("| command | median (min–max) | ratio | goal | met |\n|---|---|---|---|---|")
out.append(f"| `policy build` (fresh output folder) | {cell(build)} | | | |")
out.append(f"| `java -cp . Hello` | {cell(hello)} | build / Hello = {b/h:.1f}× | ≤ 10× | {'yes' if b/h <= 10 else 'no'} |")
out.append(f"| `hugo` (same policy as Markdown) | {cell(hugo)} | build / Hugo = {b/g:.1f}× | ≤ 3× | {'yes' if b/g <= 3 else 'no'} |")
out.append(f"| `bin/policy build` (class-data archive, start-up flags, no daemon) | {cell(cdsr)} | vs Hello {c/h:.1f}×, vs Hugo {c/g:.1f}× | ≤ 10× Hello | {'yes' if c/h <= 10 else 'no'} |\n")
out.append("## 2. Start-up: `check` and a fresh `build`, plain jar and `bin/policy` (`bash bench/startup.sh`)\n")
out.append(open(f"{os.path.dirname(work)}/startup/startup.md").read())
out.append("## 3. Warm re-render of the real policy (what `serve` does on save), JMH sample time\n")
out.append("| benchmark | median | min | p99 | goal | met |\n|---|---|---|---|---|---|")
for name in ("warmRerender", "loadPolicy"):
    if name in jmh:
        m, lo, p99 = jmh_cell(jmh[name])
        goal = "< 50 ms" if name == "warmRerender" else ""
        met = ("yes" if m < 50 else "no") if goal else ""
        out.append(f"| {name} | {m:.1f} ms | {lo:.1f} ms | {p99:.1f} ms | {goal} | {met} |")
out.append("\n## 4. Scale with history (generated versions, each changing prose and facts), whole process\n")
out.append("| versions | cold build, median (min–max) | peak memory | rebuild over the previous site | files |\n|---|---|---|---|---|")
med = {}
for n in (10, 100, 1000):
    cold_runs = hist.get((n, "cold"), [])
    if not cold_runs: continue
    t = [s for s, _ in cold_runs]; m = [k for _, k in cold_runs]
    med[n] = statistics.median(t)
    rb = hist.get((n, "rebuild"), [(0, 0)])[0]
    files = 4 * n - 1 + 4
    out.append(f"| {n} | {statistics.median(t):.2f} s ({min(t):.2f}–{max(t):.2f}) | {max(m)//1024} MiB | {rb[0]:.2f} s, {rb[1]//1024} MiB | {files} |")
if 100 in med and 1000 in med:
    r = med[1000] / med[100]
    out.append(f"\ntime(1,000) / time(100) = {r:.1f} (goal ≤ 12: {'met' if r <= 12 else 'not met'}); "
               f"1,000 versions cold: {med[1000]:.1f} s (goal < 10 s: {'met' if med[1000] < 10 else 'not met'}).\n")
out.append("## 5. The drift check on generated codebases\n")
out.append(drift if drift.strip() else "(bench/drift.sh printed no table)")
open("bench/RESULTS.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY

#!/usr/bin/env bash
# Start-up, measured side by side in one hyperfine run: a JVM that prints one line, `check` and a fresh `build` of
# the real content, each as the plain jar, through bin/policy in a fresh JVM (the class-data archive and start-up
# flags) and through bin/policy's daemon, warmed first, with the load average before and after. Run from anywhere:
#   bash bench/startup.sh
# Writes bench/target/startup/startup.md (a Markdown section, bench/run.sh puts it in bench/RESULTS.md) and prints it.
# Needs: Java 17, hyperfine, and generator/target/policy.jar with its archive (made when missing, by mvn package).
# WARMUP and RUNS (minimum runs per command) default to 3 and 10; SETTLE (seconds to wait for a quiet machine) to 120.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/target/startup
WARMUP=${WARMUP:-3}
RUNS=${RUNS:-10}
JAR=generator/target/policy.jar
mkdir -p "$WORK"

command -v hyperfine >/dev/null || { echo "bench/startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
[ -f "$JAR" ] && [ -f generator/target/policy.archive ] || mvn -B -ntp -q package -DskipTests -pl generator -am

mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

# What bin/policy runs, split into its two parts: the start-up flags and the archive's flags.
mapfile -t LAUNCH < <(POLICY_ARCHIVE=print bin/policy check)
SPEED=$(sed -n 's/^speed=(\(.*\))$/\1/p' bin/policy)
ARCHIVE_FLAGS=""
for word in "${LAUNCH[@]:1}"; do
  [ "$word" = -jar ] && break
  case " $SPEED " in *" $word "*) ;; *) ARCHIVE_FLAGS="$ARCHIVE_FLAGS $word" ;; esac
done
ARCHIVE_FLAGS=${ARCHIVE_FLAGS# }
ARCHIVE=$(cut -d' ' -f1 generator/target/policy.archive 2>/dev/null || echo none)
[ -n "$ARCHIVE_FLAGS" ] || ARCHIVE="none usable"
# Every build writes into a folder that does not exist yet: --prepare removes it before each run.
OUT=$WORK/out

load() { cut -d' ' -f1-3 /proc/loadavg; }
# bin/policy's daemon, in a runtime folder of this run's own: started by a first command, then warmed by twenty
# more (its own warm-up holds the commands back while it lasts), stopped at the end.
RUN=$(mktemp -d "${TMPDIR:-/tmp}/policy-bench.XXXXXX") && chmod 700 "$RUN"
DAEMON="env POLICY_DAEMON=on XDG_RUNTIME_DIR=$RUN bin/policy"
trap '$DAEMON --stop-daemon; rm -rf "$RUN"' EXIT
$DAEMON check >/dev/null
for _ in $(seq 60); do $DAEMON --daemon-status | grep -q '^policy daemon: serving' && break; sleep 1; done
$DAEMON --daemon-status | grep -q '^policy daemon: serving' || { echo "bench/startup.sh: the daemon did not start" >&2; exit 1; }
for _ in $(seq 10); do $DAEMON check >/dev/null; rm -rf "$OUT"; $DAEMON build --out "$OUT" >/dev/null; done
SERVED_BEFORE=$($DAEMON --daemon-status)
# Start on a quiet machine where it becomes one: wait up to SETTLE seconds (default 120) for the 1-minute load
# average to fall below 1.0 (the build and the daemon's warm-up above raise it); the table states it either way.
for _ in $(seq "$(( ${SETTLE:-120} / 5 ))"); do
  awk '{ exit !($1 < 1.0) }' /proc/loadavg && break
  sleep 5
done

LOAD_BEFORE=$(load)
hyperfine -N --style none --warmup "$WARMUP" --min-runs "$RUNS" --export-json "$WORK/startup.json" \
  -n "java Hello" --prepare true "java -cp $WORK/hello Hello" \
  -n "java Hello, bin/policy's flags" --prepare true "java $SPEED -cp $WORK/hello Hello" \
  -n "check, plain jar" --prepare true "java -jar $JAR check" \
  -n "check, plain jar + the flags" --prepare true "java $SPEED -jar $JAR check" \
  -n "check, plain jar + the archive" --prepare true "java $ARCHIVE_FLAGS -jar $JAR check" \
  -n "check, bin/policy" --prepare true "env POLICY_DAEMON=off bin/policy check" \
  -n "build, plain jar" --prepare "rm -rf $OUT" "java -jar $JAR build --out $OUT" \
  -n "build, plain jar + the flags" --prepare "rm -rf $OUT" "java $SPEED -jar $JAR build --out $OUT" \
  -n "build, plain jar + the archive" --prepare "rm -rf $OUT" "java $ARCHIVE_FLAGS -jar $JAR build --out $OUT" \
  -n "build, bin/policy" --prepare "rm -rf $OUT" "env POLICY_DAEMON=off bin/policy build --out $OUT" \
  -n "check, bin/policy with its daemon" --prepare true "$DAEMON check" \
  -n "build, bin/policy with its daemon" --prepare "rm -rf $OUT" "$DAEMON build --out $OUT" >/dev/null
LOAD_AFTER=$(load)
SERVED_AFTER=$($DAEMON --daemon-status)
rm -rf "$OUT"

python3 - "$WORK" "$LOAD_BEFORE" "$LOAD_AFTER" "$ARCHIVE" "$SPEED" "$WARMUP" "$SERVED_BEFORE" "$SERVED_AFTER" <<'PY'
import json, re, sys, subprocess, os
work, before, after, archive, speed, warmup, served_before, served_after = sys.argv[1:9]
res = {r["command"]: r for r in json.load(open(f"{work}/startup.json"))["results"]}
def ms(r): return r["median"] * 1000
def cell(r): return f"{ms(r):.0f} ms ({r['min']*1000:.0f}–{r['max']*1000:.0f})"
def cpu(r): return f"{(r['user'] + r['system']) * 1000:.0f} ms"
hello, hello_flags = res["java Hello"], res["java Hello, bin/policy's flags"]
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
goals = {"check": 5, "build": 10}
out = []
out.append(f"Load average (1, 5, 15 min) before: **{before}**, after: **{after}**; {os.cpu_count()} cores; {java}; "
           f"archive: {archive}; bin/policy's flags: `{speed}`; hyperfine, medians with min–max, "
           f"{min(len(r['times']) for r in res.values())}+ runs each after {warmup} warm-ups, all in one hyperfine run.\n")
out.append("| command | median (min–max) | CPU, user+sys | ÷ java Hello | ÷ Hello with the flags | goal (issue #14) | met |")
out.append("|---|---|---|---|---|---|---|")
for name, r in res.items():
    goal = goals.get(name.split(",")[0]) if name.endswith(("bin/policy", "plain jar", "its daemon")) else None
    ratio = ms(r) / ms(hello)
    out.append(f"| {name} | {cell(r)} | {cpu(r)} | {ratio:.1f}× | {ms(r) / ms(hello_flags):.1f}× | "
               f"{f'≤ {goal}× Hello' if goal else ''} | {('yes' if ratio <= goal else 'no') if goal else ''} |")
def count(status):
    m = re.search(r"; (\d+) commands? run$", status.strip())
    return int(m.group(1)) if m else None
daemon_runs = sum(len(r["times"]) + int(warmup) for n, r in res.items() if n.endswith("its daemon"))
ran = (count(served_after) or 0) - (count(served_before) or 0)
out.append(f"\n\"With its daemon\": bin/policy with POLICY_DAEMON=on, its daemon started and warmed by 21 commands before"
           f" the run; by its own count (`bin/policy --daemon-status` before and after) it ran {ran} of the"
           f" {daemon_runs} commands of those two rows. \"bin/policy\" is POLICY_DAEMON=off: a fresh JVM each time, as"
           f" the first command in a folder runs, and every command in CI, where the daemon is off by default.")
text = "\n".join(out) + "\n"
open(f"{work}/startup.md", "w").write(text)
print(text)
PY

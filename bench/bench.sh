#!/usr/bin/env bash
# Start-up benchmark (issue 6), run through the launcher as a person runs qorgan:
#   (a) java -cp DIR Hello                          the floor: a JVM hello world, default flags
#   (b) ./qorgan assess --lang en </dev/null        the first question (exits 130 there)
#   (c) ./qorgan plan --answers SAMPLE >/dev/null   a whole plan and report
#   (d) ./qorgan validate --exhaustive              every combination of answers
# (a), (b) and (c) are paired: each round runs the three once, in turn, on the same JDK, so that a
# busy moment slows all three alike. Prints the medians, b/a and c/a, the peak RSS of (b) and (c)
# (median of their runs' wait4 maxrss, what /usr/bin/time -v reports), the median of (d), the
# machine and its load average. Needs python3. RUNS=20 rounds and EXHAUSTIVE_RUNS=10 by default.
# Where the Linux bundle has been built (mvn -Pdist package; or BUNDLE=FILE.tar.gz), it is unpacked
# into a temporary folder, run once so that it makes its archives (in a temporary cache folder),
# then measured in the same rounds (issue 14):
#   (e) BUNDLE/qorgan assess --lang en </dev/null   (f) BUNDLE/qorgan plan --answers SAMPLE
# Exits 1 if a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
exhaustive_runs="${EXHAUSTIVE_RUNS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 1; }

# Build the jar if needed, then let the launcher's background rehearsal make all its AppCDS
# archives: its marker file says "done" (or "failed") once the last one is in place.
./qorgan --version >/dev/null
rehearsed() { grep -qsxE 'done|failed' $(find target/cds -name '*.tried' -newer target/qorgan.jar 2>/dev/null) /dev/null; }
for _ in $(seq 240); do
  rehearsed && break
  sleep 0.5
done
rehearsed && grep -qsx done target/cds/*.tried \
  || echo "bench: the AppCDS archives were not all made; measuring without them" >&2

# No bundle built is no error: (e) and (f) are then left out (ls fails, and pipefail would stop us).
bundle="${BUNDLE:-$(ls target/dist/qorgan-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)}"
bundle_dir=""
if [ -n "$bundle" ]; then
  mkdir "$work/bundle"
  tar -xzf "$bundle" -C "$work/bundle"
  bundle_dir="$(echo "$work"/bundle/*)"
  export XDG_CACHE_HOME="$work/cache"
  "$bundle_dir/qorgan" --version >/dev/null
  for _ in $(seq 240); do
    [ -n "$(find "$XDG_CACHE_HOME" -name home 2>/dev/null)" ] && break
    sleep 0.5
  done
  [ -n "$(find "$XDG_CACHE_HOME" -name home 2>/dev/null)" ] \
    || echo "bench: the bundle's archives were not made; measuring it without them" >&2
fi

java_bin="$(readlink -f "$(command -v java)")"
javac_bin="$(dirname "$java_bin")/javac"
[ -x "$javac_bin" ] || javac_bin=javac
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
"$javac_bin" -d "$work" "$work/Hello.java"

python3 - "$work" "$runs" "$exhaustive_runs" "$java_bin" "$bundle_dir" <<'PY'
import os, statistics, subprocess, sys, time

work, runs, exhaustive_runs, java, bundle = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
sample = "bench/sample-answers.yaml"
commands = {
    "a": ["java", "-cp", work, "Hello"],
    "b": ["./qorgan", "assess", "--lang", "en"],
    "c": ["./qorgan", "plan", "--answers", sample],
    "d": ["./qorgan", "validate", "--exhaustive"],
}
paired = "abc"
if bundle:
    commands["e"] = [bundle + "/qorgan", "assess", "--lang", "en"]
    commands["f"] = [bundle + "/qorgan", "plan", "--answers", sample]
    paired = "abcef"

def run(argv):
    """Wall time in ms and peak RSS in MiB of one run; stdin, stdout and stderr are /dev/null."""
    with open(os.devnull, "r+b") as null:
        start = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, null.fileno(), fd) for fd in (0, 1, 2)])
        _, status, usage = os.wait4(pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    expected = 130 if argv[1:2] == ["assess"] else 0
    if code != expected:
        sys.exit(f"bench: {' '.join(argv)} exited {code}, expected {expected}")
    return elapsed, usage.ru_maxrss / 1024

load_before = os.getloadavg()
for _ in range(3):  # warm-up: file cache, launcher's checks
    for key in paired:
        run(commands[key])
times = {key: [] for key in paired}
rss = {key: [] for key in paired}
for _ in range(runs):
    for key in paired:
        ms, mib = run(commands[key])
        times[key].append(ms)
        rss[key].append(mib)
exhaustive = [run(commands["d"])[0] / 1000 for _ in range(exhaustive_runs)]
load_after = os.getloadavg()

a, b, c = (statistics.median(times[k]) for k in "abc")
rss_b, rss_c = statistics.median(rss["b"]), statistics.median(rss["c"])
d = statistics.median(exhaustive)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
ok = lambda good: "ok" if good else "MISSED"
print(f"machine: {os.cpu_count()} cores, {cpu}; {version}")
print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}; {runs} paired rounds, "
      f"{exhaustive_runs} runs of (d)")
print(f"(a) hello world           {a:7.0f} ms")
print(f"(b) first question        {b:7.0f} ms   b/a = {b / a:.2f} (<= 4: {ok(b / a <= 4)})   "
      f"peak RSS {rss_b:.0f} MiB (<= 64: {ok(rss_b <= 64)})")
print(f"(c) plan and report       {c:7.0f} ms   c/a = {c / a:.2f} (<= 4: {ok(c / a <= 4)})   "
      f"peak RSS {rss_c:.0f} MiB (<= 64: {ok(rss_c <= 64)})")
print(f"(d) validate --exhaustive {d:7.2f} s    (<= 10 s: {ok(d <= 10)})")
met = b / a <= 4 and c / a <= 4 and rss_b <= 64 and rss_c <= 64 and d <= 10
if bundle:
    e, f = statistics.median(times["e"]), statistics.median(times["f"])
    rss_e, rss_f = statistics.median(rss["e"]), statistics.median(rss["f"])
    print(f"(e) bundle, first question {e:6.0f} ms   e/a = {e / a:.2f} (<= 2.5: {ok(e / a <= 2.5)})   "
          f"peak RSS {rss_e:.0f} MiB (<= 64: {ok(rss_e <= 64)})")
    print(f"(f) bundle, plan           {f:6.0f} ms   f/a = {f / a:.2f} (<= 2.5: {ok(f / a <= 2.5)})   "
          f"peak RSS {rss_f:.0f} MiB (<= 64: {ok(rss_f <= 64)})")
    met = met and e / a <= 2.5 and f / a <= 2.5 and rss_e <= 64 and rss_f <= 64
sys.exit(0 if met else 1)
PY

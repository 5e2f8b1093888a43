#!/usr/bin/env bash
# Start-up benchmark (issue 6): paired in one run on the same JDK, medians of N runs each.
#   (a) java -cp DIR Hello                          the floor: a JVM hello world
#   (b) qorgan assess --lang en </dev/null          the first question (exits 130 there)
#   (c) qorgan plan --answers SAMPLE >/dev/null     a whole plan and report
#   (d) qorgan validate --exhaustive                every combination of answers
# Prints the medians, b/a and c/a, and the peak RSS of (b) and (c). Needs hyperfine and GNU time
# (Debian packages hyperfine and time); RUNS=20 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install hyperfine time)" >&2; exit 1; }
done

./qorgan --version >/dev/null   # builds the jar (and warms the launcher's caches) before measuring
./qorgan --version >/dev/null

cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"

sample="bench/sample-answers.yaml"
hyperfine --style basic --warmup 3 --runs "$runs" --ignore-failure --export-json "$work/times.json" \
  -n hello "java -cp $work Hello" \
  -n first_question "./qorgan assess --lang en </dev/null >/dev/null 2>&1" \
  -n plan "./qorgan plan --answers $sample >/dev/null" \
  >/dev/null
hyperfine --style basic --warmup 1 --runs 3 --export-json "$work/exhaustive.json" \
  -n exhaustive "./qorgan validate --exhaustive >/dev/null" >/dev/null

peak_rss() {  # median of 5 peak resident set sizes, in MiB
  for _ in 1 2 3 4 5; do
    /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {print $2}'
  done | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)] / 1024}'
}
rss_b="$(peak_rss "./qorgan assess --lang en </dev/null >/dev/null 2>&1 || true")"
rss_c="$(peak_rss "./qorgan plan --answers $sample >/dev/null")"

python3 - "$work/times.json" "$work/exhaustive.json" "$rss_b" "$rss_c" <<'PY'
import json, sys
times = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
exhaustive = json.load(open(sys.argv[2]))["results"][0]["median"]
a, b, c = times["hello"], times["first_question"], times["plan"]
print(f"(a) hello world           {a:7.0f} ms")
print(f"(b) first question        {b:7.0f} ms   b/a = {b / a:.1f}  (target <= 4)   peak RSS {sys.argv[3]} MiB (target <= 64)")
print(f"(c) plan and report       {c:7.0f} ms   c/a = {c / a:.1f}  (target <= 4)   peak RSS {sys.argv[4]} MiB (target <= 64)")
print(f"(d) validate --exhaustive {exhaustive:7.2f} s    (target <= 10 s)")
PY

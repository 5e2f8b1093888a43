#!/usr/bin/env bash
# A help desk in a real terminal: tmux runs `java -jar target/qorgan.jar --lang kk desk --out DIR
# --stats FILE [--print]` and serves two visitors, the first in English with a police report in Russian, the second in Russian (a
# third leaves with Ctrl-C at the first question: nothing is written for them). It
# checks, with the whole scrollback (capture-pane -S -), that nothing of the first visitor is left
# once the second starts, nor at the end; that each visitor has an owner-only folder of their own;
# that the end gives the count; and that the counts file holds two anonymous lines, one per visitor
# served, with nothing of theirs. Where a Chromium browser is installed the desk also runs with
# --print: the real browser makes the PDFs and an `lp` in front of the real one keeps a copy of each
# (pdftotext reads them when poppler-utils is there), then hands it to a cups-pdf queue where a
# CUPS scheduler is reachable (.ci/run starts one), whose two jobs must complete; elsewhere it
# stands in for lp. Run by DeskInTmuxIT (mvn verify), or by hand:
#   src/test/tmux/desk-two-visitors.sh target/qorgan.jar target/tmux
# The last screen is left in OUT_DIR/desk-screen.txt. Exit 0 when every check passed.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

start_run "$1" "$2"
session="qorgan-desk-$$"
desk="$work/desk"
spool="$work/spool"
screen="$out_dir/desk-screen.txt"
counts="$work/counts.jsonl"
incident="$(date -d '-3 days' +%F)"
first_traces=("FIRSTVISITOR" "Aigerim" "FIRST-STORY-UNIQUE" "701 234 56 78")

trap cleanup EXIT

# When a check fails, the print jobs are kept too.
on_fail() {
  if [ -d "$spool" ]; then
    rm -rf "$out_dir/desk-spool" && cp -r "$spool" "$out_dir/desk-spool"
  fi
}

# wait_cleared LINE: until the scrollback begins with LINE: the screen was cleared, then LINE shown.
wait_cleared() {
  local i
  for i in $(seq 1 200); do
    if [ "$(pane | grep -v '^[[:space:]]*$' | sed -n 1p)" = "$1" ]; then
      return 0
    fi
    sleep 0.1
  done
  fail "waited 20 s for a cleared screen beginning with \"$1\""
}

# wait_gone TEXT: until TEXT is nowhere in the pane, scrollback included (at most 20 s).
wait_gone() {
  local i
  for i in $(seq 1 200); do
    if ! shows "$1"; then
      return 0
    fi
    sleep 0.1
  done
  fail "\"$1\" is still in the scrollback after 20 s"
}

no_trace_of_the_first() {
  local trace
  for trace in "${first_traces[@]}"; do
    if shows "$trace"; then
      fail "$1: \"$trace\" of the first visitor is still in the scrollback"
    fi
  done
}

print=""
path="$PATH"
real_lp=""
queue=""
if command -v lp >/dev/null 2>&1 && [ "$(LC_ALL=C lpstat -r 2>/dev/null)" = "scheduler is running" ]; then
  queue="$(LC_ALL=C lpstat -v 2>/dev/null | sed -n 's/^device for \([^:]*\): cups-pdf:.*/\1/p' | head -1)"
  [ -n "$queue" ] && real_lp="$(command -v lp)"
fi
for browser in chromium chromium-browser google-chrome; do
  if command -v "$browser" >/dev/null 2>&1; then
    mkdir -p "$work/bin" "$spool"
    cat > "$work/bin/lp" <<'LP'
#!/bin/sh
for a in "$@"; do last="$a"; done
n=$(ls "$SPOOL" | grep -c '^job-')
cp "$last" "$SPOOL/job-$((n + 1)).pdf"
if [ -n "$REAL_LP" ]; then
  "$REAL_LP" "$@" > "$SPOOL/lp-$((n + 1)).out" 2>&1
  status=$?
  cat "$SPOOL/lp-$((n + 1)).out"
  exit $status
fi
echo "request id is stand-in-$((n + 1)) (1 file(s))"
LP
    chmod 700 "$work/bin/lp"
    print="--print"
    path="$work/bin:$PATH"
    break
  fi
done
started="$(date +%s)"

# LPDEST: the jobs go to the cups-pdf queue, never to a paper printer that is the default.
tmux new-session -d -s "$session" -x 120 -y 40 \
  "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PATH='$path' SPOOL='$spool' REAL_LP='$real_lp' LPDEST='$queue' java -jar '$jar' --lang kk desk --out '$desk' --stats '$counts' $print; echo \"EXIT=\$?\"; sleep 600"

wait_cleared "Көмек көрсету пункті. Әр келушінің құжаттары $desk ішіндегі жеке қалтаға жазылады."
wait_for "Келесі келуші?"
type_line ""                                           # the first visitor
wait_cleared "Тілді таңдаңыз · Выберите язык · Choose a language"
for answer in 3 2 "1 2" 2 3 3 2; do                   # the questions the plan needs
  type_line "$answer"
done
page_through "Enter: " "Enter: go on"                  # the plan, a page at a time
for answer in 1 "$incident" "" "" "Aigerim FIRSTVISITOR" "" "" "8 701 234 56 78" "" "" "FIRST-STORY-UNIQUE" "" ""; do
  type_line "$answer"                                  # the report's questions, then the review
done
wait_for "In which language should the draft police report be written?"
type_line 2                                            # a Russian report for the English speaker
wait_for "Жазылды: $desk/visitor-001/plan.html"
if [ -n "$print" ]; then
  wait_for "Принтерге жіберілді." 1 90
fi
wait_for "Келесі келуші?"
shows "Start now with the first step" || fail "the first visitor's plan is not on screen"
shows "Aigerim FIRSTVISITOR" || fail "the first visitor's answers were not on screen"

type_line ""                                           # the second visitor
wait_gone "Келесі келуші?"
wait_cleared "Тілді таңдаңыз · Выберите язык · Choose a language"
no_trace_of_the_first "as the second visitor starts"
for answer in 2 2 8 2 2 1 1; do
  type_line "$answer"
done
page_through "Enter — " "Enter — продолжить"
for answer in 2 ""; do                                 # no report; the review
  type_line "$answer"
done
wait_for "Жазылды: $desk/visitor-002/plan.md"
if [ -n "$print" ]; then
  wait_for "Принтерге жіберілді." 1 90
fi
wait_for "Начните прямо сейчас с первого шага"
no_trace_of_the_first "with the second visitor's plan on screen"

type_line ""                                           # a third visitor, who leaves at once
wait_gone "Келесі келуші?"
wait_cleared "Тілді таңдаңыз · Выберите язык · Choose a language"
type_line 3
wait_for "1 / 6"
wait_prompt
tmux send-keys -t "$session" -l -- "THIRD-TYPED"
tmux send-keys -t "$session" C-c                        # Ctrl-C: this visitor only is abandoned
wait_for "Сұхбат тоқтатылды: бұл келуші үшін ештеңе сақталған жоқ."
wait_for "Келесі келуші?"
if shows "THIRD-TYPED" || shows "1 / 6"; then
  fail "the abandoned visitor's screen was not cleared"
fi
[ ! -e "$desk/visitor-003" ] || fail "a folder was written for the abandoned visitor"

type_line "q"
wait_for "EXIT="
pane > "$screen"
grep -qF "EXIT=0" "$screen" || fail "the desk did not end with exit 0"
grep -qF "Қызмет көрсетілген келушілер: 2. Тоқтатылған сұхбаттар: 1." "$screen" || fail "no count at the end"
no_trace_of_the_first "at the end"
if grep -qF "Начните прямо сейчас" "$screen"; then
  fail "the second visitor's plan is still in the scrollback at the end"
fi

[ "$(stat -c %a "$desk")" = "700" ] || fail "the desk's folder is not owner-only"
for visitor in visitor-001 visitor-002; do
  [ "$(stat -c %a "$desk/$visitor")" = "700" ] || fail "$visitor is not owner-only"
  for file in "$desk/$visitor"/*; do
    [ "$(stat -c %a "$file")" = "600" ] || fail "$file is not owner-only"
  done
done
grep -qF "Aigerim FIRSTVISITOR" "$desk/visitor-001/report.md" || fail "the first visitor's report lacks their name"
[ ! -e "$desk/visitor-002/report.md" ] || fail "the second visitor asked for no report"
[ "$(stat -c %a "$counts")" = "600" ] || fail "the counts file is not owner-only"
[ "$(wc -l < "$counts")" = "2" ] || fail "expected one counts line per visitor served, not for the one who left"
for trace in "${first_traces[@]}" "$incident" "Aigerim FIRSTVISITOR"; do
  if grep -qF -- "$trace" "$counts"; then
    fail "the counts file holds \"$trace\""
  fi
done
grep -q '"lang":"en".*"report":"yes"' <(sed -n 1p "$counts") || fail "the first counts line is not the first visitor's"
grep -q '"lang":"ru".*"report":"no"' <(sed -n 2p "$counts") || fail "the second counts line is not the second visitor's"
if [ -n "$print" ]; then
  [ "$(ls "$spool" | grep -c '^job-')" = "2" ] || fail "expected one print job per visitor"
  for job in "$spool"/job-1.pdf "$spool"/job-2.pdf; do
    head -c 4 "$job" | grep -q "%PDF" || fail "$job is not a PDF"
  done
  if command -v pdftotext >/dev/null 2>&1; then
    # Read whole first: grep -q stopping early would make pdftotext fail on a closed pipe.
    first_text="$(pdftotext "$spool/job-1.pdf" -)"
    second_text="$(pdftotext "$spool/job-2.pdf" -)"
    grep -qF "Aigerim FIRSTVISITOR" <<< "$first_text" || fail "the first print lacks the visitor's name"
    grep -qF "ЗАЯВЛЕНИЕ" <<< "$first_text" || fail "the first print lacks the Russian report the visitor chose"
    grep -qF "Если вы сообщили мошенникам код" <<< "$second_text" || fail "the second print lacks its plan"
  fi
  if [ -n "$real_lp" ]; then
    for n in 1 2; do
      job="$(sed -n 's/^request id is \([^ ]*\).*/\1/p' "$spool/lp-$n.out")"
      [ -n "$job" ] || fail "lp gave no request id for job $n: $(cat "$spool/lp-$n.out")"
      for _ in $(seq 1 300); do
        completed="$(LC_ALL=C lpstat -W completed -o "$queue")"
        grep -q "^$job " <<< "$completed" && break
        sleep 0.2
      done
      grep -q "^$job " <<< "$completed" || fail "the queue did not complete $job"
    done
    # cups-pdf names its PDF after the job's title (qorgan), so the second job replaces the first.
    out="$(sed -n 's/^Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | head -1 | sed "s|\${HOME}|$HOME|")"
    [ -n "$out" ] || out="$HOME/PDF"
    printed="$(find "$out" -maxdepth 1 -name '*.pdf' -newermt "@$started" 2>/dev/null | head -1)"
    [ -n "$printed" ] || fail "cups-pdf wrote no PDF in $out"
    if command -v pdfinfo >/dev/null 2>&1; then
      info="$(pdfinfo "$printed")"
      grep -Eq 'Page size: +59[45](\.[0-9]+)? x 84[12]' <<< "$info" || fail "$printed is not A4"
    fi
    rm -f "$printed"
    echo "desk-two-visitors: printed through the browser and the CUPS queue $queue (jobs completed)"
  else
    echo "desk-two-visitors: printed through the browser and the stand-in lp"
  fi
fi
echo "desk-two-visitors: two counts lines, nothing personal in them"
echo "desk-two-visitors: two visitors served, nothing of the first left; screen in $screen"

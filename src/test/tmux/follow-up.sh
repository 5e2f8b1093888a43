#!/usr/bin/env bash
# A real terminal run of `qorgan follow-up`: tmux records that the bank was called today and the
# number of its application, and saves; `plan` then shows the step ticked with the number and the
# police report quotes it. Then two runs that are cut short, by Ctrl-C and by SIGTERM, after a
# step was answered: the case file must be exactly as it was. Run by FollowUpInTmuxIT, or by hand:
#   src/test/tmux/follow-up.sh target/qorgan.jar target/tmux-follow-up
# The last screen is left in OUT_DIR/screen.txt, the plan in OUT_DIR/plan.md. Exit 0 when every check passed.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

start_run "$1" "$2"
screen="$out_dir/screen.txt"
case_file="$work/case.yaml"
incident="$(date -d '-3 days' +%F)"
trap cleanup EXIT

cat > "$case_file" <<YAML
lang: en
answers:
  in_contact: false
  disclosed: [egov_code]
  money_lost: true
  loans: "no"
  impersonated: bank
  channel: messenger_call
  want_report: true
  incident_date: $incident
YAML
chmod 600 "$case_file"

# follow_up NAME: a tmux session NAME running follow-up on the case file in a 100×35 terminal.
follow_up() {
  session="$1"
  tmux new-session -d -s "$session" -x 100 -y 35 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color java -jar '$jar' follow-up '$case_file'; echo \"EXIT=\$?\"; sleep 600"
}

follow_up "qorgan-fu-$$"
wait_for "Type the number of what you did"
shows "1. [ ] Call your bank" || fail "call your bank is not the first step, open"
type_line 1
wait_for "When did you do it: «Call your bank»?"
type_line today
wait_for "The number they gave you"
type_line "KB-778812"
wait_for "· No. KB-778812"
type_line ""
wait_for "Save the changes to"
type_line 1
wait_for "EXIT=0"
shows "Saved to $case_file" || fail "no word that the case file was saved"
pane > "$screen"
tmux kill-session -t "$session"
[ "$(stat -c %a "$case_file")" = 600 ] || fail "the case file is not readable by its owner only"
grep -q "reference: KB-778812" "$case_file" || fail "the number is not in the case file"

java -jar "$jar" plan --answers "$case_file" --lang en > "$out_dir/plan.md"
grep -qF -- "- [x] **Call your bank.**" "$out_dir/plan.md" || fail "the plan does not tick the bank's step"
grep -qF -- "Number: **KB-778812**" "$out_dir/plan.md" || fail "the plan does not show the number"
grep -qF -- "**My application to the bank:** No. KB-778812" "$out_dir/plan.md" || fail "the police report does not quote the number"

cp -p "$case_file" "$work/before.yaml"

# Ctrl-C once a step is answered: nothing is written.
follow_up "qorgan-fu-int-$$"
wait_for "Type the number of what you did"
type_line 2
wait_for "When did you do it"
tmux send-keys -t "$session" C-c
wait_for "EXIT=130"
shows "Interrupted: the case file was not changed." || fail "no word after Ctrl-C"
cmp -s "$case_file" "$work/before.yaml" || fail "Ctrl-C changed the case file"
tmux kill-session -t "$session"

# SIGTERM (a closed window, a killed session) once a step is answered: nothing is written.
follow_up "qorgan-fu-term-$$"
wait_for "Type the number of what you did"
type_line 2
wait_for "When did you do it"
type_line today
wait_for "The number they gave you"
qorgan_pid="$(pgrep -P "$(tmux display-message -p -t "$session" '#{pane_pid}')" java)" \
  || fail "no qorgan to send SIGTERM to"
kill -TERM "$qorgan_pid"
wait_for "EXIT="
shows "Interrupted: the case file was not changed." || fail "no word after SIGTERM"
cmp -s "$case_file" "$work/before.yaml" || fail "SIGTERM changed the case file"
[ -z "$(find "$work" -name '.qorgan-*')" ] || fail "a temporary file was left beside the case file"
pane > "$screen"
echo "follow-up: every check passed"

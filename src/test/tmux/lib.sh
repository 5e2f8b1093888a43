# Helpers shared by the tmux scripts, sourced from the script's own folder. The script calls
# start_run with its two arguments, sets `session` (the tmux session) and `screen` (where the
# last screen is left), and may define `on_fail` to keep more evidence when a check fails.

# start_run JAR OUT_DIR: `jar` and `out_dir` as absolute paths (OUT_DIR made if missing), and
# `work`, a new temporary folder that cleanup removes.
start_run() {
  jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  mkdir -p "$2"
  out_dir="$(cd "$2" && pwd)"
  work="$(mktemp -d)"
}

# What the pane holds, the whole scrollback included, wrapped lines joined.
pane() {
  tmux capture-pane -p -J -S - -t "$session"
}

# lines_showing TEXT: how many lines of the pane hold TEXT. (Not `pane | grep -q`: with pipefail,
# grep stopping early fails the pipeline, and a check for a trace that must not be there would
# then pass.)
lines_showing() {
  local now
  now="$(pane)"
  grep -cF -- "$1" <<< "$now" || true
}

# shows TEXT: whether the pane holds TEXT.
shows() {
  [ "$(lines_showing "$1")" -ge 1 ]
}

# fail MESSAGE: keeps the screen in $screen, says what failed and shows the screen's end; exit 1.
fail() {
  local name
  name="$(basename "$0" .sh)"
  pane > "$screen" 2>/dev/null || true
  echo "$name: $*" >&2
  echo "$name: the screen is in $screen" >&2
  if declare -F on_fail > /dev/null; then
    on_fail
  fi
  tail -25 "$screen" >&2 || true
  exit 1
}

cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -rf "$work"
}

# wait_for TEXT [COUNT [SECONDS]]: until TEXT is on COUNT lines of the pane (default 1), at most
# SECONDS (default 20).
wait_for() {
  local text="$1" count="${2:-1}" seconds="${3:-20}" i
  for i in $(seq 1 $(( seconds * 10 ))); do
    if [ "$(lines_showing "$text")" -ge "$count" ]; then
      return 0
    fi
    sleep 0.1
  done
  fail "waited $seconds s for \"$text\" (x$count)"
}

# Until the input line is on screen, empty: the last line shown is the prompt alone.
wait_prompt() {
  local i
  for i in $(seq 1 200); do
    if [ "$(pane | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -1)" = ">" ]; then
      return 0
    fi
    sleep 0.05
  done
  fail "waited 10 s for the input line"
}

# type_line TEXT: at the prompt, types the text literally, then Enter.
type_line() {
  wait_prompt
  if [ -n "$1" ]; then
    tmux send-keys -t "$session" -l -- "$1"
  fi
  tmux send-keys -t "$session" Enter
}

# page_through HINT END: the plan, shown a page at a time: Enter on each page once its hint is
# on screen (the Nth page's hint is the Nth line holding HINT, the scrollback being this
# person's alone), until the page whose hint holds END.
page_through() {
  local hint="$1" end="$2" i
  for i in $(seq 1 20); do
    wait_for "$hint" "$i"
    if shows "$end"; then
      type_line ""
      return 0
    fi
    type_line ""
  done
  fail "more than 20 pages of the plan"
}

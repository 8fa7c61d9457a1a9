#!/usr/bin/env bash
# ./bench watch [saves]: "within a second of the save" (issue #15). qa --watch on a copy of
# samples/translations, checking in its own process and then through a running serve: each save is
# one `sed -i` on one unit of one file (a different word each time, so LanguageTool has a new text),
# timed from just before the save to the moment the watch's summary line is read from its output.
# Prints the median of `saves` saves (default 7) for each, every save's figure, the watch's own
# "checked in" time beside it (the rest is noticing the save and letting the burst settle), and the
# load average. The first save after the start is not counted: LanguageTool may still be warming.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../../.."
saves=${1:-7}
./passerelle --version >/dev/null
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
cp -r samples/translations "$work/t"
cp samples/termbase.tbx "$work/termbase.tbx"
edited="$work/t/000_78e9962cff1393cc.en.xlf"
export PASSERELLE_CACHE_DIR="$work/cache"
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s%N; }
# Each output line with the time it was read, in nanoseconds.
stamp() { while IFS= read -r line; do echo "$(now) $line"; done; }
summaries() { grep -c ' saved, checked in ' "$1" || true; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
wait_for() { # file, pattern, seconds
  for _ in $(seq $(($3 * 10))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for '$2' in $1" >&2; cat "$1" "$1.err" >&2 2>/dev/null; exit 3
}

# label, qa options...: one watch session; prints "label: median ms (each save: wall/checked-in ...)"
session() {
  local label=$1 log="$work/$1.log"
  shift
  ./passerelle qa "$work/t" --termbase "$work/termbase.tbx" --watch "$@" > >(stamp >"$log") 2>"$log.err" &
  local pid=$!
  pids+=("$pid")
  wait_for "$log" "watching " 600
  local walls=() each=""
  for i in $(seq 0 "$saves"); do
    local n
    n=$(summaries "$log")
    local start
    start=$(now)
    sed -i "s/held talks\( on day [0-9]*\)\?\./held talks on day $i./" "$edited"
    for _ in $(seq 1200); do [ "$(summaries "$log")" -gt "$n" ] && break; sleep 0.05; done
    local line
    line=$(grep ' saved, checked in ' "$log" | tail -1)
    local ms=$(((${line%% *} - start) / 1000000))
    local checked
    checked=$(echo "$line" | sed 's/.*checked in \([0-9.]*\) s.*/\1/')
    if [ "$i" -gt 0 ]; then walls+=("$ms"); each+="${ms}/$(echo "$checked * 1000" | bc | cut -d. -f1) "; fi
    sleep 1 # apart, so that two saves are two bursts
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "| watch ($label): save → changes printed | $(printf '%s\n' "${walls[@]}" | median) ms | $each|"
  if [ -s "$log.err" ]; then sed 's/^/  stderr: /' "$log.err" >&2; fi
}

before=$(load)
rows=()
rows+=("$(session "in process" --server off)")
cp samples/translations/000_78e9962cff1393cc.en.xlf "$edited"
./passerelle serve --port 0 --root "$work" --termbase "$work/termbase.tbx" --warm-up fr-FR,en-GB,vi \
    >"$work/serve.log" 2>&1 &
pids+=("$!")
wait_for "$work/serve.log" "listening on" 600
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/serve.log")
for _ in $(seq 1200); do curl -sf "${url}v1/health" | grep -q '"warmingUp":\[\]' && break; sleep 0.5; done
rows+=("$(session "through serve" --server "$url")")

echo
echo "qa --watch, $(nproc) cores, $saves saves each after one not counted (median; each save: wall ms / watch's own check ms)"
echo "load average before: $before; after: $(load)"
echo
echo "| what | median | each save (wall / checked in) |"
echo "| --- | --- | --- |"
printf '%s\n' "${rows[@]}"

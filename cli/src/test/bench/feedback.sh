#!/usr/bin/env bash
# ./bench feedback [runs] [seconds]: what a user waits for, as whole processes on this machine, side
# by side: plain LanguageTool on the same texts, qa cold (with and without the class-data archive; one
# article, also with C2 as well as C1, PASSERELLE_JIT=full),
# qa cached, qa after a one-unit edit, publish after qa, and a warm serve's latency for 1 and 20
# clients. Each figure is the median wall time of `runs` runs (default 3); the load average is
# printed before and after, because other builds on the machine change everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../../.."
runs=${1:-3}
seconds=${2:-60}
./passerelle --version >/dev/null
mvn -B -q -o -Dstyle.color=never -pl cli -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="cli/target/test-classes:cli/target/classes:$(cat cli/target/bench-classpath.txt)"
work="$(mktemp -d)"
serve_pid=""
trap '[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT
cp -r samples/translations "$work/t"
cp samples/termbase.tbx "$work/termbase.tbx"
qa=(./passerelle qa "$work/t" --termbase "$work/termbase.tbx" --server off)
load() { cut -d' ' -f1-3 /proc/loadavg; }

# wall SECONDS of one run of a command (output discarded, findings' exit 1 is not a failure)
wall() {
  local start end
  start=$(date +%s%N)
  local rc=0
  "$@" >/dev/null 2>&1 || rc=$?
  end=$(date +%s%N)
  # Exit 1 is findings; anything else means the command did not do its work, and its time is no figure.
  if [ "$rc" -gt 1 ]; then echo "failed (exit $rc): $*" >&2; echo "failed"; return; fi
  echo "scale=2; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
declare -a rows
row() { rows+=("$(printf '| %-46s | %8s s | %s |' "$1" "$2" "$3")"); echo "  $1: $2 s ($3)" >&2; }
series() { # label, setup-function, command...
  local label=$1 setup=$2 all=()
  shift 2
  for i in $(seq "$runs"); do
    $setup "$i"
    all+=("$(wall "$@")")
  done
  row "$label" "$(printf '%s\n' "${all[@]}" | median)" "$(printf '%s ' "${all[@]}")"
}
none() { :; }
fresh_cache() { PASSERELLE_CACHE_DIR="$(mktemp -d -p "$work" cold.XXXX)"; export PASSERELLE_CACHE_DIR; }
warm_cache() { export PASSERELLE_CACHE_DIR="$work/warm"; }
edited() { # one unit's target changed, a different word each run: that file and that text are new
  export PASSERELLE_CACHE_DIR="$work/warm"
  cp samples/translations/000_78e9962cff1393cc.en.xlf "$work/t/000_78e9962cff1393cc.en.xlf"
  sed -i "0,/the two sides held talks/s//the two sides held talks on day $1/" "$work/t/000_78e9962cff1393cc.en.xlf"
}

echo "load average before: $(load)" >&2
before=$(load)
series "plain LanguageTool, same texts (whole process)" none java -cp "$cp" org.passerelle.cli.bench.PlainLanguageTool "$work/t"
series "qa cold (empty cache, class-data archive)" fresh_cache "${qa[@]}"
PASSERELLE_CDS=off series "qa cold, without the archive" fresh_cache "${qa[@]}"
# The issue's measure: one article in EN and VI, first run.
series "qa cold, one article (000 en + vi)" fresh_cache ./passerelle qa "$work/t/000_78e9962cff1393cc.en.xlf" \
    "$work/t/000_78e9962cff1393cc.vi.xlf" --termbase "$work/termbase.tbx" --server off
PASSERELLE_JIT=full series "qa cold, one article, with C2 (PASSERELLE_JIT=full)" fresh_cache \
    ./passerelle qa "$work/t/000_78e9962cff1393cc.en.xlf" "$work/t/000_78e9962cff1393cc.vi.xlf" \
    --termbase "$work/termbase.tbx" --server off
warm_cache 0; "${qa[@]}" >/dev/null 2>&1 || true
series "qa cached (unchanged files)" warm_cache "${qa[@]}"
PASSERELLE_CDS=off series "qa cached, without the archive" warm_cache "${qa[@]}"
series "qa after a one-unit edit (en)" edited "${qa[@]}"
cp samples/translations/000_78e9962cff1393cc.en.xlf "$work/t/"
warm_cache 0; "${qa[@]}" >/dev/null 2>&1 || true
series "publish after qa (same files)" warm_cache ./passerelle publish "$work"/t/*.xlf -o "$work/out" --termbase "$work/termbase.tbx" --server off

export PASSERELLE_CACHE_DIR="$work/serve"
./passerelle serve --port 0 --root "$work" --termbase "$work/termbase.tbx" >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 600); do grep -q "listening on" "$work/serve.log" && break; sleep 0.5; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/serve.log")
for _ in $(seq 600); do curl -sf "${url}v1/health" | grep -q '"en-GB|all"' && break; sleep 0.5; done
java -cp "$cp" org.passerelle.cli.bench.ServeLatency "$url" 1 5 fresh >/dev/null  # warm the JIT
single_fresh=$(java -cp "$cp" org.passerelle.cli.bench.ServeLatency "$url" 1 20 fresh)
single=$(java -cp "$cp" org.passerelle.cli.bench.ServeLatency "$url" 1 20)
many=$(java -cp "$cp" org.passerelle.cli.bench.ServeLatency "$url" 20 "$seconds")
rss=$(ps -o rss= -p "$serve_pid" | tr -d ' ')
rows+=("| serve, 1 client, new text each request | $(echo "$single_fresh" | sed 's/.*requests, //') |")
rows+=("| serve, 1 client, repeated texts | $(echo "$single" | sed 's/.*requests, //') |")
rows+=("| serve, 20 clients for ${seconds} s | $(echo "$many" | sed 's/.*s: //'); service RSS $((rss / 1024)) MB |")
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""

echo
echo "Passerelle feedback benchmark, $(nproc) cores, $runs runs each (median; all runs in brackets)"
echo "load average before: $before; after: $(load)"
echo
echo "| what | median wall | runs |"
echo "| --- | --- | --- |"
printf '%s\n' "${rows[@]}"

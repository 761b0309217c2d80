#!/usr/bin/env bash
# Benchmarks HGNC's REST routes under /rest on this machine and prints a Markdown table, each figure as the
# median and the spread (min–max) of RUNS runs:
#   GET /rest/fetch/symbol/BRAF (JSON, and XML) with wrk against the HTTP ceiling (CEILING_PATH, GET /q/health/live),
#     runs taken in turns so that each sees the same machine; the API's CPU time per request in each run; how many
#     commands Redis served during the fetch runs (a fetch reads the in-memory view, not Redis);
#   GET /rest/fetch/status/Approved (every record, streamed): time, size, and the API's peak RSS during it, read at
#     full speed and by a client reading at SLOW_RATE.
# Usage: docs/bench/rest-bench.sh [hgnc_complete_set.json.gz]   (RUNS=5 by default; knobs in docs/bench/README.md)
# It installs wrk, redis-server, redis-tools (and curl, python3, a JDK) from Debian's packages when missing, starts its
# own Redis and the API (HGNC_ROLE=api, prod mode) on loopback ports, and stops both at the end.
set -euo pipefail
source "$(dirname "$0")/harness.sh"
bench_start "$@"
RUNS=${RUNS:-5}
WRK_SECONDS=${WRK_SECONDS:-10}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
CEILING_PATH=${CEILING_PATH:-/q/health/live}
SLOW_RATE=${SLOW_RATE:-2M}
REDIS_PORT_USED=${BENCH_REDIS_PORT:-6413}
APP_PORT=${BENCH_APP_PORT:-8094}
BASE=http://127.0.0.1:$APP_PORT
FETCH=/rest/fetch/symbol/BRAF

install_missing wrk:wrk redis-server:redis-server redis-cli:redis-tools curl:curl python3:python3 \
  java:openjdk-17-jdk-headless
start_redis_and_api

echo "loading the set and waiting for the API's view of it" >&2
curl -sSf -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$DATA" "$BASE/data"
VERSION=$(curl -sSf "$BASE/info" | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')
view_version() { curl -s -o /dev/null -D - "$BASE/rest/info" | tr -d '\r' | awk 'tolower($1) == "x-data-version:" {print $2}'; }
for _ in $(seq 1 600); do [ "$(view_version)" = "$VERSION" ] && break; sleep 0.5; done
[ "$(view_version)" = "$VERSION" ] || die "the API's view did not reach data version $VERSION within 5 minutes"
GENES=$(curl -sSf -H 'Accept: application/json' "$BASE/rest/info" | python3 -c 'import json, sys; print(json.load(sys.stdin)["numDoc"])')
[ "$(curl -sSf -H 'Accept: application/json' "$BASE$FETCH" | python3 -c 'import json, sys; print(json.load(sys.stdin)["response"]["docs"][0]["symbol"])')" = BRAF ] \
  || die "GET $FETCH did not answer BRAF"

TCK=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$TCK" '{printf "%.2f\n", ($14 + $15) / t}' "/proc/$APP_PID/stat"; }
redis_calls() { redis-cli -p "$REDIS_PORT_USED" info commandstats | awk -F'[=,]' '/^cmdstat_/ {n += $2} END {print n + 0}'; }
# One wrk run; prints req/s, p50 and p99 in ms, and the API's CPU µs per request. Fails on any non-2xx answer.
wrk_run() {
  local out c0 c1
  c0=$(cpu_seconds)
  out=$(wrk -t2 -c"$WRK_CONNECTIONS" -d"$2" --latency -H "Accept: ${3:-application/json}" "$1")
  c1=$(cpu_seconds)
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$out" >&2
    die "wrk saw errors on $1"
  fi
  awk -v c0="$c0" -v c1="$c1" 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
       /requests in/ {n = $1} /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
       END {printf "%.0f %.3f %.3f %.1f\n", rps, p50, p99, (c1 - c0) * 1e6 / n}' <<<"$out"
}
echo "warm-up: wrk on $FETCH (JSON and XML) and $CEILING_PATH" >&2
wrk_run "$BASE$FETCH" 10s >/dev/null
wrk_run "$BASE$FETCH" 5s application/xml >/dev/null
wrk_run "$BASE$CEILING_PATH" 5s >/dev/null
echo "$RUNS rounds of $WRK_SECONDS s each: $CEILING_PATH, $FETCH JSON, $FETCH XML, in turns" >&2
CEILINGS="" FETCHES="" XMLS="" REDIS_DURING_FETCHES=0
for _ in $(seq 1 "$RUNS"); do
  CEILINGS+="$(wrk_run "$BASE$CEILING_PATH" "${WRK_SECONDS}s")"$'\n'
  r0=$(redis_calls)
  FETCHES+="$(wrk_run "$BASE$FETCH" "${WRK_SECONDS}s")"$'\n'
  XMLS+="$(wrk_run "$BASE$FETCH" "${WRK_SECONDS}s" application/xml)"$'\n'
  REDIS_DURING_FETCHES=$((REDIS_DURING_FETCHES + $(redis_calls) - r0))
done
FETCHED=$(awk '{s += $1 * '"$WRK_SECONDS"' * 2} END {printf "%.0f", s}' <<<"$FETCHES$XMLS")

# Every record, streamed: at full speed, and read slowly so that the answer has to wait for the client.
SLOW_RUNS=$((RUNS < 3 ? RUNS : 3))
echo "GET /rest/fetch/status/Approved: $RUNS runs at full speed and $SLOW_RUNS at $SLOW_RATE/s" >&2
all_run() {
  reset_peak_rss "$APP_PID" || true
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total} %{size_download}' ${1:+--limit-rate "$1"} \
    -H 'Accept: application/json' "$BASE/rest/fetch/status/Approved")
  [ "${out%% *}" = 200 ] || die "GET /rest/fetch/status/Approved answered ${out%% *}"
  read -r _ seconds bytes <<<"$out"
  echo "$seconds $(rss_mib "$APP_PID" | cut -d' ' -f1) $bytes"
}
all_run >/dev/null
FAST=$(for _ in $(seq 1 "$RUNS"); do all_run; done)
SLOW=$(for _ in $(seq 1 "$SLOW_RUNS"); do all_run "$SLOW_RATE"; done)
if reset_peak_rss "$APP_PID"; then PEAK_NOTE="reset before each run"; else PEAK_NOTE="since start: the kernel refused a reset"; fi
LOADAVG_END=$(cut -d' ' -f1-3 /proc/loadavg)

col() { awk -v c="$1" 'NF {print $c}'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f%%", 100 * a / b; else printf "–"}'; }
CEILING_RPS=$(col 1 <<<"$CEILINGS" | median)
PAIRED=$(paste -d' ' <(col 1 <<<"$FETCHES") <(col 1 <<<"$CEILINGS") | awk 'NF == 2 {printf "%.0f\n", 100 * $1 / $2}' | median_range %.0f)
ALL_MIB=$(col 3 <<<"$FAST" | median | awk '{printf "%.0f", $1 / 1048576}')

echo "## HGNC REST routes"
echo
machine_facts api
echo "- load average at the end: $LOADAVG_END"
echo "- set: $GENES genes from $(basename "$DATA"); wrk -t2 -c$WRK_CONNECTIONS, $WRK_SECONDS s a run, the three routes in turns"
echo
echo "Median across $RUNS runs and min–max. Latency from wrk --latency; CPU from /proc/<pid>/stat of the API."
echo
echo "| measure | median | min–max | p50 ms | p99 ms | API CPU µs/request | compared |"
echo "|---|---|---|---|---|---|---|"
echo "| GET $FETCH, JSON (req/s) | $(col 1 <<<"$FETCHES" | median_spread %.0f) | $(col 2 <<<"$FETCHES" | median_range %.2f) | $(col 3 <<<"$FETCHES" | median_range %.2f) | $(col 4 <<<"$FETCHES" | median_range %.1f) | $(percent "$(col 1 <<<"$FETCHES" | median)" "$CEILING_RPS") of GET $CEILING_PATH (run by run: $PAIRED) |"
echo "| GET $FETCH, XML (req/s) | $(col 1 <<<"$XMLS" | median_spread %.0f) | $(col 2 <<<"$XMLS" | median_range %.2f) | $(col 3 <<<"$XMLS" | median_range %.2f) | $(col 4 <<<"$XMLS" | median_range %.1f) | $(percent "$(col 1 <<<"$XMLS" | median)" "$CEILING_RPS") of GET $CEILING_PATH |"
echo "| HTTP ceiling: GET $CEILING_PATH (req/s) | $(col 1 <<<"$CEILINGS" | median_spread %.0f) | $(col 2 <<<"$CEILINGS" | median_range %.2f) | $(col 3 <<<"$CEILINGS" | median_range %.2f) | $(col 4 <<<"$CEILINGS" | median_range %.1f) | |"
echo "| commands Redis served during the $FETCHED fetches | $REDIS_DURING_FETCHES | | | | | the view's periodic version check only |"
echo "| GET /rest/fetch/status/Approved, $ALL_MIB MiB, full speed (s) | $(col 1 <<<"$FAST" | median_spread) | | | | | |"
echo "| the same, client reading at $SLOW_RATE/s (s; $SLOW_RUNS runs) | $(col 1 <<<"$SLOW" | median_spread) | | | | | |"
echo "| API peak RSS during it, full speed (MiB; VmHWM $PEAK_NOTE) | $(col 2 <<<"$FAST" | median_spread %.0f) | | | | | |"
echo "| API peak RSS during it, at $SLOW_RATE/s (MiB; VmHWM $PEAK_NOTE; $SLOW_RUNS runs) | $(col 2 <<<"$SLOW" | median_spread %.0f) | | | | | |"

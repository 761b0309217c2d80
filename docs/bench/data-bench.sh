#!/usr/bin/env bash
# Benchmarks the data routes on this machine and prints a Markdown table, each figure as the median and
# the spread (min–max) of RUNS runs:
#   load of the full set by upload, and its floor: redis-cli --pipe of the same records as one SET each;
#   GET /genes/HGNC:5 with wrk (req/s, p50, p99), against two ceilings: a trivial route (CEILING_PATH,
#     GET /q/health/live by default) and redis-benchmark HGET of the same stored record;
#   GET /data of the full set (time), in a fresh API process;
#   the API's RSS after start, and its peak RSS during one load and during one GET /data.
# Usage: docs/bench/data-bench.sh [hgnc_complete_set.json.gz]   (RUNS=5 by default; knobs in docs/bench/README.md)
# It installs wrk, redis-server, redis-tools (and curl, python3, a JDK) from Debian's packages when missing, starts its
# own Redis and the API (HGNC_ROLE=api, prod mode) on loopback ports, and stops both at the end.
set -euo pipefail
source "$(dirname "$0")/harness.sh"
bench_start "$@"
RUNS=${RUNS:-5}
LOAD_WARMUP=${LOAD_WARMUP:-40}
LOAD_RUNS=${LOAD_RUNS:-$((RUNS * 3))}
WRK_SECONDS=${WRK_SECONDS:-10}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
CEILING_PATH=${CEILING_PATH:-/q/health/live}
REDIS_PORT_USED=${BENCH_REDIS_PORT:-6411}
APP_PORT=${BENCH_APP_PORT:-8091}
BASE=http://127.0.0.1:$APP_PORT

install_missing wrk:wrk redis-server:redis-server redis-cli:redis-tools redis-benchmark:redis-tools curl:curl \
  python3:python3 java:openjdk-17-jdk-headless
start_redis_and_api
START_RSS=$(rss_mib "$APP_PID" | cut -d' ' -f2)

# One upload of the full set; prints its time in seconds and the API's peak RSS (MiB) during it.
load() {
  reset_peak_rss "$APP_PID" || true
  local out
  out=$(curl -sS -o "$BENCH_WORK/load.json" -w '%{http_code} %{time_total}' -X POST \
    -H 'Content-Type: application/json' --data-binary @"$DATA" "$BASE/data")
  [ "${out%% *}" = 201 ] || die "POST /data answered ${out%% *}: $(cat "$BENCH_WORK/load.json")"
  echo "${out#* } $(rss_mib "$APP_PID" | cut -d' ' -f1)"
}
echo "loading the set: $LOAD_WARMUP warm-up loads, then $LOAD_RUNS timed" >&2
FIRST_LOAD=$(load | cut -d' ' -f1)
for _ in $(seq 2 "$LOAD_WARMUP"); do load >/dev/null; done
LOADS=$(for _ in $(seq 1 "$LOAD_RUNS"); do load; done)
GENES=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["loaded"])' "$BENCH_WORK/load.json")

# The floor: the same records as one SET each, piped into Redis (db 5) by redis-cli.
python3 - "$DATA" "$BENCH_WORK/sets.resp" <<'PY'
import gzip, json, sys
docs = json.load(gzip.open(sys.argv[1]))["response"]["docs"]
with open(sys.argv[2], "wb") as out:
    for doc in docs:
        key = ("floor:" + doc["hgnc_id"]).encode()
        value = json.dumps(doc, separators=(",", ":")).encode()
        parts = [b"SET", key, value]
        out.write(b"*3\r\n" + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts))
PY
echo "the floor: redis-cli --pipe, $RUNS runs" >&2
FLOORS=$(for _ in $(seq 1 "$RUNS"); do
  redis-cli -p "$REDIS_PORT_USED" -n 5 flushdb >/dev/null
  s=$(date +%s%N)
  redis-cli -p "$REDIS_PORT_USED" -n 5 --pipe <"$BENCH_WORK/sets.resp" >/dev/null
  e=$(date +%s%N)
  awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", (e - s) / 1e9}'
done)
redis-cli -p "$REDIS_PORT_USED" -n 5 flushdb >/dev/null

echo "GET /genes/HGNC:5 and GET $CEILING_PATH with wrk: $RUNS runs of $WRK_SECONDS s each" >&2
curl -sf "$BASE/genes/HGNC:5" >/dev/null || die "GET /genes/HGNC:5 failed after the load"
wrk_run "$BASE/genes/HGNC:5" 5s >/dev/null # warm-up
LOOKUPS=$(for _ in $(seq 1 "$RUNS"); do wrk_run "$BASE/genes/HGNC:5" "${WRK_SECONDS}s"; done)
wrk_run "$BASE$CEILING_PATH" 5s >/dev/null
CEILINGS=$(for _ in $(seq 1 "$RUNS"); do wrk_run "$BASE$CEILING_PATH" "${WRK_SECONDS}s"; done)

# The Redis ceiling: the stored record of HGNC:5, read as the route's script reads it (HGET on the current version).
VERSION=$(redis-cli -p "$REDIS_PORT_USED" get hgnc:current)
[ -n "$(redis-cli -p "$REDIS_PORT_USED" hget "hgnc:v$VERSION:genes" 5)" ] \
  || die "no record 5 in hgnc:v$VERSION:genes: the key scheme changed (GeneKeys); update this script"
echo "redis-benchmark HGET: $RUNS runs" >&2
REDIS_GETS=$(for _ in $(seq 1 "$RUNS"); do
  redis-benchmark -p "$REDIS_PORT_USED" -c "$WRK_CONNECTIONS" -n 200000 --csv HGET "hgnc:v$VERSION:genes" 5 2>/dev/null \
    | awk -F'","' 'NR == 2 {printf "%.0f %s %s\n", $2, $5, $7}'
done)

# GET /data in a fresh API process, so that its RSS shows the export and not the heap the loads left.
echo "GET /data in a fresh API process: 2 warm-up runs, then $RUNS timed" >&2
stop_process "$APP_PID"
start_service api-export "$APP_PORT" HGNC_ROLE=api
APP_PID=$STARTED_PID
EXPORT_START_RSS=$(rss_mib "$APP_PID" | cut -d' ' -f2)
for _ in 1 2; do curl -sf -o /dev/null "$BASE/data" || die "GET /data failed"; done
DATA_TIMES=$(for _ in $(seq 1 "$RUNS"); do
  reset_peak_rss "$APP_PID" || true
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total} %{size_download}' "$BASE/data")
  [ "${out%% *}" = 200 ] || die "GET /data answered ${out%% *}"
  read -r _ seconds bytes <<<"$out"
  echo "$seconds $(rss_mib "$APP_PID" | cut -d' ' -f1) $bytes"
done)
if reset_peak_rss "$APP_PID"; then PEAK_NOTE="reset before each run"; else PEAK_NOTE="since start: the kernel refused a reset"; fi

col() { awk -v c="$1" '{print $c}'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f%%", 100 * a / b; else printf "–"}'; }
LOAD_S=$(col 1 <<<"$LOADS" | median)
FLOOR_S=$(median <<<"$FLOORS")
LOOKUP_RPS=$(col 1 <<<"$LOOKUPS" | median)
EXPORT_MIB=$(col 3 <<<"$DATA_TIMES" | median | awk '{printf "%.0f", $1 / 1048576}')

echo "## Data routes"
echo
machine_facts api
echo "- set: $GENES genes from $(basename "$DATA") ($(du -m "$DATA" | cut -f1) MB gzip'd); wrk -t2 -c$WRK_CONNECTIONS, $WRK_SECONDS s a run"
echo
echo "Median across $RUNS runs and min–max. Latency from wrk --latency and redis-benchmark --csv."
echo
echo "| measure | median | min–max | p50 ms | p99 ms | compared |"
echo "|---|---|---|---|---|---|"
echo "| first load after the API started, cold JVM (s; one run) | $FIRST_LOAD | | | | |"
echo "| load full set by upload (s; $LOAD_RUNS loads) | $(col 1 <<<"$LOADS" | median_spread) | | | $(awk -v a="$LOAD_S" -v b="$FLOOR_S" 'BEGIN {printf "%.1f", a / b}')× the floor |"
echo "| floor: redis-cli --pipe of the same $GENES records as SETs (s) | $(median_spread <<<"$FLOORS") | | | |"
echo "| GET /genes/HGNC:5 (req/s) | $(col 1 <<<"$LOOKUPS" | median_spread %.0f) | $(col 2 <<<"$LOOKUPS" | median_range %.2f) | $(col 3 <<<"$LOOKUPS" | median_range %.2f) | $(percent "$LOOKUP_RPS" "$(col 1 <<<"$CEILINGS" | median)") of GET $CEILING_PATH, $(percent "$LOOKUP_RPS" "$(col 1 <<<"$REDIS_GETS" | median)") of Redis HGET |"
echo "| HTTP ceiling: GET $CEILING_PATH (req/s) | $(col 1 <<<"$CEILINGS" | median_spread %.0f) | $(col 2 <<<"$CEILINGS" | median_range %.2f) | $(col 3 <<<"$CEILINGS" | median_range %.2f) | |"
echo "| Redis ceiling: redis-benchmark HGET of the same record, $WRK_CONNECTIONS clients (req/s) | $(col 1 <<<"$REDIS_GETS" | median_spread %.0f) | $(col 2 <<<"$REDIS_GETS" | median_range %.2f) | $(col 3 <<<"$REDIS_GETS" | median_range %.2f) | |"
echo "| GET /data, full set, $EXPORT_MIB MiB, fresh API after 2 warm-up exports (s) | $(col 1 <<<"$DATA_TIMES" | median_spread) | | | |"
echo "| API RSS after start, before any request (MiB) | $START_RSS | | | | |"
echo "| API peak RSS during one load (MiB; VmHWM $PEAK_NOTE; $LOAD_RUNS loads) | $(col 2 <<<"$LOADS" | median_spread %.0f) | | | |"
echo "| fresh API's peak RSS during one GET /data, after 2 warm-up exports (MiB; VmHWM $PEAK_NOTE) | $(col 2 <<<"$DATA_TIMES" | median_spread %.0f) | | | $EXPORT_START_RSS MiB after start |"

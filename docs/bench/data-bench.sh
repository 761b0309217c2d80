#!/usr/bin/env bash
# Benchmarks the data routes on this machine and prints a Markdown table:
#   load of the full set by upload (and the redis-cli --pipe floor of the same SETs),
#   GET /genes/HGNC:5 throughput and latency with wrk (and a trivial endpoint, and redis-benchmark GET),
#   GET /data of the full set (time and the API's peak RSS).
# Usage: docs/bench/data-bench.sh [hgnc_complete_set.json.gz]   (RUNS=5 by default)
# It installs wrk, redis-server and redis-tools from Debian's packages when they are missing, starts its
# own Redis and the service (prod mode) on loopback ports, and stops both at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=$(realpath "${1:-../shared/data/hgnc_complete_set.json.gz}")
RUNS=${RUNS:-5}
REDIS_PORT=${BENCH_REDIS_PORT:-6411}
APP_PORT=${BENCH_APP_PORT:-8091}
WORK=$(mktemp -d)

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2" >&2; apt-get install -y -q "$2" >/dev/null; }; }
need wrk wrk
need bc bc
need redis-server redis-server
need redis-cli redis-tools
need redis-benchmark redis-tools

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
spread() { sort -n | awk 'NR==1{min=$1} {max=$1} END {printf "%s–%s", min, max}'; }

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" --daemonize yes \
  --logfile "$WORK/redis.log"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
REDIS_HOST=127.0.0.1 REDIS_PORT=$REDIS_PORT QUARKUS_HTTP_PORT=$APP_PORT LOG_LEVEL=WARN \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && break; sleep 0.2; done
BASE="http://localhost:$APP_PORT"

load() { curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' --data-binary @"$DATA" "$BASE/data"; }
for _ in 1 2 3 4 5 6; do load >/dev/null; done   # warm-up: JIT
LOADS=$(for _ in $(seq 1 "$RUNS"); do load; done)

# The floor: the same records as one SET each, piped into Redis by redis-cli.
python3 - "$DATA" "$WORK/sets.resp" <<'PY'
import gzip, json, sys
docs = json.load(gzip.open(sys.argv[1]))["response"]["docs"]
with open(sys.argv[2], "wb") as out:
    for doc in docs:
        key = ("floor:" + doc["hgnc_id"]).encode()
        value = json.dumps(doc, separators=(",", ":")).encode()
        parts = [b"SET", key, value]
        out.write(b"*3\r\n" + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts))
PY
FLOORS=$(for _ in $(seq 1 "$RUNS"); do
  redis-cli -p "$REDIS_PORT" -n 5 flushdb >/dev/null
  s=$(date +%s.%N); redis-cli -p "$REDIS_PORT" -n 5 --pipe < "$WORK/sets.resp" >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc -l | awk '{printf "%.3f\n", $1}'
done)
redis-cli -p "$REDIS_PORT" -n 5 flushdb >/dev/null

wrk_rps() { wrk -t2 -c16 -d"$2" --latency "$1" | awk '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} END {print rps, p50, p99}'; }
wrk -t2 -c16 -d5s "$BASE/genes/HGNC:5" >/dev/null   # warm-up
LOOKUPS=$(for _ in $(seq 1 "$RUNS"); do wrk_rps "$BASE/genes/HGNC:5" 10s; done)
wrk -t2 -c16 -d5s "$BASE/help" >/dev/null
CEILINGS=$(for _ in $(seq 1 "$RUNS"); do wrk_rps "$BASE/help" 10s; done)
redis-cli -p "$REDIS_PORT" set bench:gene "$(curl -s "$BASE/genes/HGNC:5")" >/dev/null
REDIS_GET=$(redis-benchmark -p "$REDIS_PORT" -c 16 -n 200000 -t get --csv 2>/dev/null | awk -F'","' '/^"GET/ {print $2}')

DATA_TIMES=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE/data"; done)
RSS_PEAK=$(awk '/VmHWM/ {printf "%d MiB", $2/1024}' /proc/$APP_PID/status)

printf '| measure | median | spread (%s runs) |\n|---|---|---|\n' "$RUNS"
printf '| load full set by upload (s) | %s | %s |\n' "$(echo "$LOADS" | median)" "$(echo "$LOADS" | spread)"
printf '| floor: redis-cli --pipe of the same SETs (s) | %s | %s |\n' "$(echo "$FLOORS" | median)" "$(echo "$FLOORS" | spread)"
printf '| GET /genes/HGNC:5 (req/s) | %s | %s |\n' "$(echo "$LOOKUPS" | awk '{print $1}' | median)" "$(echo "$LOOKUPS" | awk '{print $1}' | spread)"
printf '| GET /genes/HGNC:5 p50 / p99 latency per run | %s / %s | |\n' "$(echo "$LOOKUPS" | awk '{print $2}' | paste -sd' ')" "$(echo "$LOOKUPS" | awk '{print $3}' | paste -sd' ')"
printf '| HTTP ceiling: GET /help (req/s) | %s | %s |\n' "$(echo "$CEILINGS" | awk '{print $1}' | median)" "$(echo "$CEILINGS" | awk '{print $1}' | spread)"
printf '| Redis ceiling: redis-benchmark GET -c 16 (req/s) | %s | |\n' "$REDIS_GET"
printf '| GET /data, full set (s) | %s | %s |\n' "$(echo "$DATA_TIMES" | median)" "$(echo "$DATA_TIMES" | spread)"
printf '| API peak RSS (VmHWM) after the runs above | %s | |\n' "$RSS_PEAK"

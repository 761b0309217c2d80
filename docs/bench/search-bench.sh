#!/usr/bin/env bash
# Benchmarks the read view and the routes it serves on this machine and prints a Markdown table, each figure
# as the median and the spread (min–max) of RUNS runs:
#   the view of the full set: built after a load (the replica's log line), and from the end of POST /data
#     until GET /search answers from the new version (X-Data-Version);
#   GET /genes/HGNC:5, GET /rest/fetch/symbol/BRAF (JSON) and GET /search?q=ZNF*&facets=locus_type with wrk
#     (req/s, p50, p99), against the HTTP ceiling (CEILING_PATH, GET /q/health/live by default);
#   POST /genes/resolve of RESOLVE_INPUTS inputs (approved, previous and alias symbols and unknown names
#     mixed, drawn from the data file), JSON answer, warm;
#   the API's RSS after start and its peak RSS over the loads and view builds, with the pod's heap.
# Usage: docs/bench/search-bench.sh [hgnc_complete_set.json.gz]   (RUNS=5; knobs in docs/bench/README.md)
# Installs wrk, redis-server, redis-tools, curl, python3 and a JDK from Debian's packages when missing; starts its
# own Redis and one API (HGNC_ROLE=api, prod mode, API_JAVA_OPTS=-Xmx768m: 75% of the pod's API_MEMORY_LIMIT, 1024 MiB, as
# the image's -XX:MaxRAMPercentage=75.0 gives it) on loopback ports; stops both at the end.
set -euo pipefail
source "$(dirname "$0")/harness.sh"
bench_start "$@"
RUNS=${RUNS:-5}
VIEW_RUNS=${VIEW_RUNS:-$RUNS}
VIEW_WARMUP=${VIEW_WARMUP:-10}
WRK_SECONDS=${WRK_SECONDS:-10}
WRK_WARMUP=${WRK_WARMUP:-30}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
CEILING_PATH=${CEILING_PATH:-/q/health/live}
RESOLVE_INPUTS=${RESOLVE_INPUTS:-20000}
API_MEMORY_LIMIT=${API_MEMORY_LIMIT:-1024}
API_JAVA_OPTS=${API_JAVA_OPTS:--Xmx$((API_MEMORY_LIMIT * 3 / 4))m}
REDIS_PORT_USED=${BENCH_REDIS_PORT:-6412}
APP_PORT=${BENCH_APP_PORT:-8092}
BASE=http://127.0.0.1:$APP_PORT

install_missing wrk:wrk redis-server:redis-server redis-cli:redis-tools curl:curl python3:python3 \
  java:openjdk-17-jdk-headless
start_redis_and_api
START_RSS=$(rss_mib "$APP_PID" | cut -d' ' -f2)
reset_peak_rss "$APP_PID" || true

# The data version GET /search answers from (its X-Data-Version header); empty while the replica has no view.
view_version() {
  curl -s -o /dev/null -D - "$BASE/search?limit=0" | awk 'tolower($1) == "x-data-version:" {print $2 + 0}'
}

# One load, then the wait for the view: prints the ms from the end of POST /data until GET /search serves the
# new version, and the build time the replica logged for it.
load_and_wait() {
  local out version waited_from now
  out=$(curl -sS -o "$BENCH_WORK/load.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data-binary @"$DATA" "$BASE/data")
  [ "$out" = 201 ] || die "POST /data answered $out: $(cat "$BENCH_WORK/load.json")"
  waited_from=$(date +%s%N)
  version=$(redis-cli -p "$REDIS_PORT_USED" get hgnc:current)
  # the log line first, read every 20 ms by the shell itself: a curl every 10 ms while the view is built took a
  # good part of a core from the build it measures; then GET /search until it answers from the new version
  for _ in $(seq 1 300); do
    [[ "$(<"$BENCH_WORK/api.log")" == *"Search view of data version $version built"* ]] && break
    sleep 0.02
  done
  for _ in $(seq 1 600); do
    [ "$(view_version)" = "$version" ] && break
    sleep 0.01
  done
  [ "$(view_version)" = "$version" ] || die "the view did not reach version $version within about 6 s"
  now=$(date +%s%N)
  local built
  built=$(grep -o "Search view of data version $version built: [0-9]* records in [0-9]* ms" "$BENCH_WORK/api.log" \
    | awk '{print $(NF - 1)}' | tail -n 1)
  echo "$(( (now - waited_from) / 1000000 )) ${built:-0}"
}
echo "loading the full set and waiting for the view: $VIEW_WARMUP warm-up loads, then $VIEW_RUNS timed" >&2
for _ in $(seq 1 "$VIEW_WARMUP"); do load_and_wait >/dev/null; done
VIEWS=$(for _ in $(seq 1 "$VIEW_RUNS"); do load_and_wait; done)
GENES=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["loaded"])' "$BENCH_WORK/load.json")
PEAK_RSS=$(rss_mib "$APP_PID" | cut -d' ' -f1)

# wrk over one route: RUNS runs after a WRK_WARMUP-second warm-up. Arguments: path, then wrk options.
wrk_route() {
  local path=$1
  shift
  curl -sf "$@" -o /dev/null "$BASE$path" || die "GET $path failed before the wrk runs (the -H options are curl's too)"
  wrk_run "$BASE$path" "${WRK_WARMUP}s" "$@" >/dev/null
  for _ in $(seq 1 "$RUNS"); do wrk_run "$BASE$path" "${WRK_SECONDS}s" "$@"; done
}
echo "wrk: $RUNS runs of $WRK_SECONDS s per route, after $WRK_WARMUP s of warm-up" >&2
CEILINGS=$(wrk_route "$CEILING_PATH")
LOOKUPS=$(wrk_route /genes/HGNC:5)
FETCHES=$(wrk_route /rest/fetch/symbol/BRAF -H 'Accept: application/json')
SEARCHES=$(wrk_route '/search?q=ZNF*&facets=locus_type')

# RESOLVE_INPUTS inputs from the data file: a quarter each approved, previous and alias symbols (in random case)
# and names in no field, shuffled with a fixed seed.
python3 - "$DATA" "$RESOLVE_INPUTS" "$BENCH_WORK/resolve.json" <<'PY'
import gzip, json, random, sys
docs = json.load(gzip.open(sys.argv[1]))["response"]["docs"]
n = int(sys.argv[2])
rng = random.Random(20261206)
approved = [d["symbol"] for d in docs]
previous = [s for d in docs for s in d.get("prev_symbol", [])]
alias = [s for d in docs for s in d.get("alias_symbol", [])]
unknown = ["NOTAGENE%d" % i for i in range(n)]
inputs = []
for pool in (approved, previous, alias, unknown):
    inputs += [rng.choice(pool) for _ in range(n // 4)]
inputs += [rng.choice(approved) for _ in range(n - len(inputs))]
rng.shuffle(inputs)
inputs = [s.lower() if rng.random() < 0.3 else s for s in inputs]
json.dump(inputs, open(sys.argv[3], "w"))
PY
resolve_once() {
  local out
  out=$(curl -sS -o "$BENCH_WORK/resolved.json" -w '%{http_code} %{time_total}' -X POST -H 'Content-Type: application/json' \
    -H 'Accept: application/json' --data-binary @"$BENCH_WORK/resolve.json" "$BASE/genes/resolve")
  [ "${out%% *}" = 200 ] || die "POST /genes/resolve answered ${out%% *}: $(head -c 300 "$BENCH_WORK/resolved.json")"
  awk -v s="${out#* }" 'BEGIN {printf "%.0f\n", s * 1000}'
}
echo "POST /genes/resolve of $RESOLVE_INPUTS inputs: 10 warm-up runs, then $((RUNS * 3)) timed" >&2
for _ in $(seq 1 10); do resolve_once >/dev/null; done
RESOLVES=$(for _ in $(seq 1 $((RUNS * 3))); do resolve_once; done)

col() { awk -v c="$1" '{print $c}'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f%%", 100 * a / b; else printf "–"}'; }
CEILING_RPS=$(col 1 <<<"$CEILINGS" | median)
row() { # name, wrk lines
  echo "| $1 (req/s) | $(col 1 <<<"$2" | median_spread %.0f) | $(col 2 <<<"$2" | median_range %.2f) | $(col 3 <<<"$2" | median_range %.2f) | $(percent "$(col 1 <<<"$2" | median)" "$CEILING_RPS") of the ceiling |"
}

echo "## Read view, search and resolve"
echo
machine_facts api
echo "- set: $GENES genes from $(basename "$DATA"); wrk -t2 -c$WRK_CONNECTIONS, $WRK_SECONDS s a run after $WRK_WARMUP s of warm-up per route; API heap $API_JAVA_OPTS"
echo
echo "Median across the runs and min–max. Latency from wrk --latency; resolve time from curl (request sent to answer read)."
echo
echo "| measure | median | min–max | p50 ms | p99 ms | compared |"
echo "|---|---|---|---|---|---|"
echo "| view of the full set built, as the replica logs it (ms; $VIEW_RUNS loads after $VIEW_WARMUP warm-up loads) | $(col 2 <<<"$VIEWS" | median_spread %.0f) | | | |"
echo "| end of POST /data until GET /search answers from the new version (ms) | $(col 1 <<<"$VIEWS" | median_spread %.0f) | | | |"
row "HTTP ceiling: GET $CEILING_PATH" "$CEILINGS"
row "GET /genes/HGNC:5" "$LOOKUPS"
row "GET /rest/fetch/symbol/BRAF, JSON" "$FETCHES"
row "GET /search?q=ZNF*&facets=locus_type" "$SEARCHES"
echo "| POST /genes/resolve, $RESOLVE_INPUTS inputs, JSON (ms; $((RUNS * 3)) runs) | $(median_spread %.0f <<<"$RESOLVES") | | | |"
echo "| API RSS after start (MiB) | $START_RSS | | | | |"
echo "| API peak RSS over $((VIEW_WARMUP + VIEW_RUNS)) loads and view builds (MiB; VmHWM) | $PEAK_RSS | | | | limit $API_MEMORY_LIMIT MiB |"

#!/usr/bin/env bash
# Benchmarks analysis jobs on this machine and prints Markdown tables:
#   job turnaround p50/p99 (submit → finished, chart included), one job at a time, for counts by chromosome
#     (target ≤ 300 ms), counts by gene_group, approvals_by_year split by locus_group and completeness;
#   sustained throughput in jobs/s with 1 and with 2 worker processes (target ≥ 20 jobs/s with one);
#   peak and final RSS of the API and of every worker process under that load.
# Usage: docs/bench/jobs-bench.sh [hgnc_complete_set.json.gz]   (RUNS=5 by default; knobs in docs/bench/README.md)
# It installs redis-server, redis-tools (and curl, python3, a JDK) from Debian's packages when missing, starts its own Redis,
# one API process (HGNC_ROLE=api) and the worker processes (HGNC_ROLE=worker) on loopback ports in prod mode,
# loads the full set, measures with docs/bench/jobs-bench.py, and stops every process it started.
set -euo pipefail
source "$(dirname "$0")/harness.sh"
bench_start "$@"
RUNS=${RUNS:-5}
REDIS_PORT_USED=${BENCH_REDIS_PORT:-6412}
API_PORT=${BENCH_API_PORT:-8092}
WORKER_PORT=${BENCH_WORKER_PORT:-8093}
export WORKER_CONCURRENCY=${WORKER_CONCURRENCY:-2}
TURNAROUND_WARMUP=${TURNAROUND_WARMUP:-10}
TURNAROUND_JOBS=${TURNAROUND_JOBS:-30}
POLL_MS=${POLL_MS:-5}
THROUGHPUT_JOBS=${THROUGHPUT_JOBS:-300}
THROUGHPUT_WARMUP=${THROUGHPUT_WARMUP:-100}
SUBMIT_CLIENTS=${SUBMIT_CLIENTS:-8}
mapfile -t WORKER_COUNTS < <(printf '%s\n' ${THROUGHPUT_WORKERS:-1 2} | sort -nu)
MAX_WORKERS=${WORKER_COUNTS[-1]}
[ "${WORKER_COUNTS[0]}" -ge 1 ] || die "THROUGHPUT_WORKERS must list counts of 1 or more"
DRIVER=docs/bench/jobs-bench.py
RESULTS=$BENCH_WORK/results.jsonl
BASE=http://127.0.0.1:$API_PORT

install_missing redis-server:redis-server redis-cli:redis-tools curl:curl python3:python3 java:openjdk-17-jdk-headless
require_free_port "$REDIS_PORT_USED" BENCH_REDIS_PORT
require_free_port "$API_PORT" BENCH_API_PORT
for i in $(seq 0 $((MAX_WORKERS - 1))); do require_free_port $((WORKER_PORT + i)) BENCH_WORKER_PORT; done
prepare_app

echo "starting Redis on $REDIS_PORT_USED and the API on $API_PORT" >&2
start_redis "$REDIS_PORT_USED"
start_service api "$API_PORT" HGNC_ROLE=api
PIDS="api=$STARTED_PID"
LOADED=$(curl -sS -X POST -H 'Content-Type: application/json' --data-binary @"$DATA" -w '\n%{http_code}' "$BASE/data")
[ "$(tail -n 1 <<<"$LOADED")" = 201 ] || die "POST /data answered: $LOADED"
GENES=$(head -n 1 <<<"$LOADED" | python3 -c 'import json, sys; print(json.load(sys.stdin)["loaded"])')
echo "loaded $GENES genes from $DATA" >&2

WORKERS=0
start_worker() {
  WORKERS=$((WORKERS + 1))
  echo "starting worker $WORKERS on port $((WORKER_PORT + WORKERS - 1))" >&2
  start_service "worker$WORKERS" $((WORKER_PORT + WORKERS - 1)) HGNC_ROLE=worker
  PIDS="$PIDS,worker$WORKERS=$STARTED_PID"
}
start_worker

KINDS=(
  'counts by chromosome|{"analysis":"counts","group_by":"chromosome"}'
  'counts by gene_group|{"analysis":"counts","group_by":"gene_group"}'
  'approvals_by_year split by locus_group|{"analysis":"approvals_by_year","split_by":"locus_group"}'
  'completeness|{"analysis":"completeness"}'
)
for run in $(seq 1 "$RUNS"); do
  for kind in "${KINDS[@]}"; do
    echo "run $run/$RUNS: turnaround of ${kind%%|*}" >&2
    python3 "$DRIVER" turnaround "$BASE" "${kind%%|*}" "${kind#*|}" --warmup "$TURNAROUND_WARMUP" \
      --count "$TURNAROUND_JOBS" --poll-ms "$POLL_MS" >>"$RESULTS"
  done
done

COUNTS='{"analysis":"counts","group_by":"chromosome"}'
for n in "${WORKER_COUNTS[@]}"; do
  while [ "$WORKERS" -lt "$n" ]; do start_worker; done
  if [ "$THROUGHPUT_WARMUP" -gt 0 ]; then
    echo "throughput with $n worker process(es): warm-up burst of $THROUGHPUT_WARMUP jobs" >&2
    python3 "$DRIVER" throughput "$BASE" "$COUNTS" --jobs "$THROUGHPUT_WARMUP" --clients "$SUBMIT_CLIENTS" \
      --poll-ms "$POLL_MS" --workers "$n" --pids "$PIDS" --warmup >>"$RESULTS"
  fi
  for run in $(seq 1 "$RUNS"); do
    echo "run $run/$RUNS: throughput of $THROUGHPUT_JOBS jobs with $n worker process(es)" >&2
    python3 "$DRIVER" throughput "$BASE" "$COUNTS" --jobs "$THROUGHPUT_JOBS" --clients "$SUBMIT_CLIENTS" \
      --poll-ms "$POLL_MS" --workers "$n" --pids "$PIDS" >>"$RESULTS"
  done
done

echo "## Analysis jobs"
echo
machine_facts worker
echo "- set: $GENES genes from $(basename "$DATA"); WORKER_CONCURRENCY=$WORKER_CONCURRENCY job threads per worker process"
echo "- targets: counts by chromosome turnaround ≤ 300 ms; ≥ 20 jobs/s with one worker process"
echo
python3 "$DRIVER" report "$RESULTS" --poll-ms "$POLL_MS"

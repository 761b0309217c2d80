# Shared by the benchmark scripts (sourced, never run): installs the tools, checks the ports, starts Redis and
# the service on loopback, stops every process it started, and prints the machine and the median and spread of
# a column of figures. Source it after `set -euo pipefail`, then call bench_start with the script's arguments.

shopt -s inherit_errexit
BENCH_PIDS=()
BENCH_LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/hgnc-bench.XXXXXX")

die() {
  echo "error: $*" >&2
  exit 1
}

# Installs the Debian packages of the commands that are missing. Arguments: command:package pairs.
# Uses sudo when not root; runs apt-get update only when the first install fails.
install_missing() {
  local pair packages=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || packages+=("${pair#*:}")
  done
  [ ${#packages[@]} -eq 0 ] && return 0
  mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${packages[*]}, and neither root nor sudo to install them"
    sudo=(sudo)
  fi
  echo "installing ${packages[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q "${packages[@]}" >/dev/null; } \
    || die "could not install ${packages[*]} with apt-get"
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || die "${pair%%:*} is still missing after installing ${pair#*:}"
  done
}

# Resolves the data file (the first argument, else ../shared/data/hgnc_complete_set.json.gz from the repository
# root) and KEEP_LOGS against the caller's folder, then moves to the repository root. Sets DATA. Arguments: the
# script's.
bench_start() {
  local data_arg=${1:+$(realpath -m "$1")}
  KEEP_LOGS=${KEEP_LOGS:+$(realpath -m "$KEEP_LOGS")}
  cd "$(dirname "${BASH_SOURCE[0]}")/../.."
  DATA=$(data_file "${data_arg:-../shared/data/hgnc_complete_set.json.gz}")
}

# Fails unless the gzip'd HGNC set exists; prints its absolute path. Argument: the path (relative to the
# caller's directory, so resolve it before any cd).
data_file() {
  [ -f "$1" ] || die "no data file at '$1'; give the path of hgnc_complete_set.json.gz as the first argument"
  realpath "$1"
}

# Fails when a loopback port is taken. Arguments: port, the env variable that sets it.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "port $1 is in use; choose another with $2=<port>"
  fi
}

# Copies target/quarkus-app (building it first when missing or when BUILD=1) into the work directory, so
# that a rebuild during the run does not change the jar under the running processes. Sets APP_JAR.
prepare_app() {
  if [ "${BUILD:-0}" = 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    echo "building the application (./mvnw -B -q package -DskipTests)" >&2
    ./mvnw -B -q package -DskipTests
  elif [ -n "$(find src src-worker pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
    echo "warning: target/quarkus-app is older than the sources; BUILD=1 rebuilds it first" >&2
  fi
  cp -r target/quarkus-app "$BENCH_WORK/app"
  APP_JAR=$BENCH_WORK/app/quarkus-run.jar
}

# Starts a throw-away Redis (no persistence; replaced sets freed off the main thread, as the cluster's
# redis.conf has it) on 127.0.0.1. Argument: port. Sets REDIS_PID.
start_redis() {
  redis-server --port "$1" --bind 127.0.0.1 --save '' --appendonly no --lazyfree-lazy-expire yes --dir "$BENCH_WORK" \
    --logfile "$BENCH_WORK/redis.log" &
  REDIS_PID=$!
  BENCH_PIDS+=("$REDIS_PID")
  local _
  for _ in $(seq 1 50); do
    [ "$(redis-cli -p "$1" ping 2>/dev/null)" = PONG ] && return 0
    kill -0 "$REDIS_PID" 2>/dev/null || { tail -n 20 "$BENCH_WORK/redis.log" >&2; die "redis-server exited during start"; }
    sleep 0.1
  done
  die "redis-server is not answering on port $1 after 5 s"
}

# Starts the service in prod mode on 127.0.0.1 and waits until it is ready. Arguments: a name (for its
# log), its HTTP port, then VAR=value settings (e.g. HGNC_ROLE=api). JVM options: JAVA_OPTS, then
# WORKER_JAVA_OPTS for HGNC_ROLE=worker or API_JAVA_OPTS otherwise. Needs REDIS_PORT_USED and APP_JAR.
# Sets STARTED_PID.
start_service() {
  local name=$1 port=$2 role_opts=${API_JAVA_OPTS:-}
  shift 2
  [[ " $* " == *" HGNC_ROLE=worker "* ]] && role_opts=${WORKER_JAVA_OPTS:-}
  env REDIS_HOST=127.0.0.1 REDIS_PORT="$REDIS_PORT_USED" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    LOG_LEVEL="${LOG_LEVEL:-INFO}" "$@" java ${JAVA_OPTS:-} $role_opts -jar "$APP_JAR" >"$BENCH_WORK/$name.log" 2>&1 &
  STARTED_PID=$!
  BENCH_PIDS+=("$STARTED_PID")
  local _
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$STARTED_PID" 2>/dev/null || { tail -n 30 "$BENCH_WORK/$name.log" >&2; die "$name exited during start (log above)"; }
    sleep 0.2
  done
  tail -n 30 "$BENCH_WORK/$name.log" >&2
  die "$name is not ready on port $port after 60 s (log above)"
}

# Checks that REDIS_PORT_USED and APP_PORT are free (BENCH_REDIS_PORT, BENCH_APP_PORT), copies the application,
# then starts Redis and one API (HGNC_ROLE=api) on them. Sets APP_PID.
start_redis_and_api() {
  require_free_port "$REDIS_PORT_USED" BENCH_REDIS_PORT
  require_free_port "$APP_PORT" BENCH_APP_PORT
  prepare_app
  echo "starting Redis on $REDIS_PORT_USED and the API on $APP_PORT${API_JAVA_OPTS:+ ($API_JAVA_OPTS)}" >&2
  start_redis "$REDIS_PORT_USED"
  start_service api "$APP_PORT" HGNC_ROLE=api
  APP_PID=$STARTED_PID
}

# Stops one process started here: TERM, then KILL after 15 s. Argument: pid.
stop_process() {
  local _
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}

# Stops the processes started here (TERM, then KILL after 15 s), keeps the logs and raw results when
# KEEP_LOGS names a directory, and deletes the work directory. Installed as the EXIT trap.
stop_all() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do stop_process "$pid"; done
  if [ -n "${KEEP_LOGS:-}" ]; then
    mkdir -p "$KEEP_LOGS"
    cp "$BENCH_WORK"/*.log "$BENCH_WORK"/*.jsonl "$KEEP_LOGS"/ 2>/dev/null || true
    echo "logs kept in $KEEP_LOGS" >&2
  fi
  rm -rf "$BENCH_WORK"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Resets a process's peak RSS (VmHWM) so that the next read is the peak of what follows. Argument: pid.
# Returns non-zero when the kernel refuses; the peak then counts from the process's start.
reset_peak_rss() {
  { echo 5 >"/proc/$1/clear_refs"; } 2>/dev/null
}

# Prints a process's peak RSS (VmHWM) and current RSS (VmRSS) in MiB. Argument: pid.
rss_mib() {
  awk '/^VmHWM/ {hwm=$2} /^VmRSS/ {rss=$2} END {printf "%.0f %.0f\n", hwm/1024, rss/1024}' "/proc/$1/status"
}

# Reads figures one a line; prints "median | min–max" with a printf format (default %.3f).
median_spread() {
  sort -g | awk -v f="${1:-%.3f}" '{a[NR]=$1} END {
    if (NR == 0) { print "– | –"; exit }
    m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf f " | " f "–" f "\n", m, a[1], a[NR] }'
}

# Reads figures one a line; prints "median (min–max)" with a printf format (default %.3f).
median_range() {
  median_spread "$@" | awk -F' [|] ' '{print $1 " (" $2 ")"}'
}

# Reads figures one a line; prints their median.
median() {
  sort -g | awk '{a[NR]=$1} END { if (NR) print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Prints the JVM's maximum heap with JAVA_OPTS and the given options. Arguments: JVM options.
max_heap() {
  java ${JAVA_OPTS:-} "$@" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}'
}

# Prints the machine and the software as a Markdown list. Argument: api, or worker to show the worker's heap too.
machine_facts() {
  local cpu ram
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  ram=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  echo "- machine: $(nproc) cores ($cpu), $ram RAM, $(uname -sr), load average at start $BENCH_LOADAVG"
  local heaps options=${JAVA_OPTS:+; JAVA_OPTS=$JAVA_OPTS}
  heaps="API $(max_heap ${API_JAVA_OPTS:-})"
  options+=${API_JAVA_OPTS:+; API_JAVA_OPTS=$API_JAVA_OPTS}
  if [ "${1:-}" = worker ]; then
    heaps+=", worker $(max_heap ${WORKER_JAVA_OPTS:-})"
    options+=${WORKER_JAVA_OPTS:+; WORKER_JAVA_OPTS=$WORKER_JAVA_OPTS}
  fi
  echo "- java: $(java -version 2>&1 | head -n 1); max heap: $heaps$options"
  echo "- redis: $(redis-server --version | awk '{print $3}' | cut -d= -f2)"
  echo "- service: commit $(git describe --always --dirty 2>/dev/null || echo unknown), prod mode, LOG_LEVEL=${LOG_LEVEL:-INFO}"
}

# One wrk run; prints req/s, p50 and p99 in ms. Fails on any non-2xx answer or socket error. Arguments: the
# URL, the duration (e.g. 10s), then further wrk options (e.g. -H 'Accept: application/json').
wrk_run() {
  local out url=$1 duration=$2
  shift 2
  out=$(wrk -t2 -c"$WRK_CONNECTIONS" -d"$duration" --latency "$@" "$url")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$out" >&2
    die "wrk saw errors on $url"
  fi
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
       /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
       END {printf "%.0f %.3f %.3f\n", rps, p50, p99}' <<<"$out"
}

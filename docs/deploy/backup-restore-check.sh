#!/usr/bin/env bash
# Proves the Redis backup and restore procedure on this machine, with a real Redis and the very lines
# the cluster runs:
#   1. starts redis-server with the configuration of src/main/kubernetes/redis.yml (AOF + RDB snapshots)
#      on a free loopback port, with its data in a temporary directory;
#   2. loads keys into databases 0-3 (genes, queue, jobs, results) and takes their fingerprint;
#   3. runs the backup lines of the CronJob (src/main/kubernetes/redis-backup.yml), retention included;
#   4. wipes Redis (FLUSHALL, which the AOF records too) and stops it;
#   5. runs the restore lines of docs/deploy/redis-restore-job.yml on the data directory;
#   6. starts Redis again with its normal configuration and checks that the fingerprint is the same.
# Exits 0 when the data is back, non-zero otherwise; gives up after BACKUP_CHECK_TIMEOUT seconds (120).
# Installs redis-server and redis-tools with apt-get when they are missing. Removes everything it made.
# Usage: docs/deploy/backup-restore-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${BACKUP_CHECK_BOUNDED:-}" ]; then
  BACKUP_CHECK_BOUNDED=1 exec timeout --kill-after=10 "${BACKUP_CHECK_TIMEOUT:-120}" bash "$0" "$@"
fi

log() { echo "backup-restore-check: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 && return
  log "installing $2"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$2" >/dev/null
  command -v "$1" >/dev/null 2>&1 || fail "$1 is missing and could not be installed"
}
need redis-server redis-server
need redis-cli redis-tools
# The cluster runs redis:7, whose append-only file is a directory with a manifest (Redis 6 wrote one file).
REDIS_MAJOR=$(redis-server --version | sed -n 's/.* v=\([0-9]*\)\..*/\1/p')
[ "${REDIS_MAJOR:-0}" -ge 7 ] || fail "needs Redis 7 or later, as in the cluster; found $(redis-server --version)"

WORK=$(mktemp -d)
DATA=$WORK/data
BACKUP=$WORK/backup
mkdir -p "$DATA" "$BACKUP"
PORT=""

stop_redis() {
  [ -n "$PORT" ] || return 0
  redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do
    redis-cli -p "$PORT" ping >/dev/null 2>&1 || return 0
    sleep 0.1
  done
}
cleanup() {
  stop_redis
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 124' TERM INT

# The lines between "# >>> NAME" and "# <<< NAME" in FILE, without the markers' indentation.
block() {
  awk -v name="$2" '
    $0 ~ "# >>> " name "$" { indent = match($0, /[^ ]/) - 1; on = 1; next }
    $0 ~ "# <<< " name "$" { on = 0 }
    on { print substr($0, indent + 1) }' "$1"
}
block src/main/kubernetes/redis.yml redis.conf > "$WORK/redis.conf"
block src/main/kubernetes/redis-backup.yml backup > "$WORK/backup.sh"
block docs/deploy/redis-restore-job.yml restore > "$WORK/restore.sh"
grep -q '^appendonly yes' "$WORK/redis.conf" || fail "no redis.conf block in src/main/kubernetes/redis.yml"
grep -q -- '--rdb' "$WORK/backup.sh" || fail "no backup block in src/main/kubernetes/redis-backup.yml"
grep -q 'config set appendonly yes' "$WORK/restore.sh" || fail "no restore block in docs/deploy/redis-restore-job.yml"

# A port below the kernel's ephemeral range: one inside it may be taken by any outgoing connection
# between this probe and Redis's bind, or while Redis is stopped for the restore ("Address already in use").
free_port() {
  local p below
  below=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for _ in $(seq 1 100); do
    p=$((10000 + RANDOM % (below - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# Starts Redis as the cluster does (the ConfigMap's redis.conf), on loopback, with its data in $DATA.
start_redis() {
  redis-server "$WORK/redis.conf" --port "$PORT" --bind 127.0.0.1 --dir "$DATA" \
    --daemonize yes --logfile "$WORK/redis.log"
  for _ in $(seq 1 200); do
    redis-cli -p "$PORT" ping 2>/dev/null | grep -q PONG && return 0
    sleep 0.1
  done
  cat "$WORK/redis.log" >&2
  fail "Redis did not start"
}

# What must survive: every key's name and value in databases 0-3 (one redis-cli pipeline per step).
fingerprint() {
  local keys
  for db in 0 1 2 3; do
    echo "db$db size $(redis-cli -p "$PORT" -n "$db" dbsize)"
    keys=$(redis-cli -p "$PORT" -n "$db" --scan | sort)
    [ -n "$keys" ] || continue
    for key in $keys; do echo "TYPE $key"; done | redis-cli -p "$PORT" -n "$db" | paste -d' ' <(echo "$keys") - |
      while read -r key type; do
        case $type in
          string) echo "GET $key" ;;
          hash) echo "HGETALL $key" ;;
          list) echo "LRANGE $key 0 -1" ;;
          *) echo "ECHO unexpected-type-$type" ;;
        esac
      done | redis-cli -p "$PORT" -n "$db"
  done | md5sum | cut -d' ' -f1
}

PORT=$(free_port) || fail "no free loopback port"
log "Redis on 127.0.0.1:$PORT, data in $DATA"
start_redis

for db in 0 1 2 3; do
  {
    for i in $(seq 1 200); do echo "SET key:$db:$i value-$db-$i"; done
    echo "HSET hash:$db field-a a-$db field-b b-$db"
    echo "RPUSH list:$db first-$db second-$db third-$db"
  } | redis-cli -p "$PORT" -n "$db" >/dev/null
done
BEFORE=$(fingerprint)
[ "$(redis-cli -p "$PORT" -n 3 dbsize)" = 202 ] || fail "the data did not load"
log "loaded 4 x 202 keys, fingerprint $BEFORE"

# Two older snapshots, so the retention (KEEP=2) must remove exactly the oldest one.
echo old > "$BACKUP/dump-20000101T000000Z.rdb"
echo old > "$BACKUP/dump-20000102T000000Z.rdb"
REDIS_HOST=127.0.0.1 REDIS_PORT=$PORT BACKUP_DIR=$BACKUP KEEP=2 sh "$WORK/backup.sh" >&2 \
  || fail "the backup lines of the CronJob failed"
SNAPSHOTS=$(cd "$BACKUP" && ls -1 dump-*.rdb | sort)
[ "$(echo "$SNAPSHOTS" | wc -l)" = 2 ] || fail "retention kept: $SNAPSHOTS"
[ ! -e "$BACKUP/dump-20000101T000000Z.rdb" ] || fail "retention kept the oldest snapshot"
[ -e "$BACKUP/dump-20000102T000000Z.rdb" ] || fail "retention removed a snapshot it should keep"
log "backup taken and retention applied: $(echo "$SNAPSHOTS" | paste -sd' ')"

redis-cli -p "$PORT" flushall >/dev/null
for db in 0 1 2 3; do
  [ "$(redis-cli -p "$PORT" -n "$db" dbsize)" = 0 ] || fail "FLUSHALL left keys in db $db"
done
redis-cli -p "$PORT" shutdown >/dev/null 2>&1 || true   # saves the empty state: the disaster is on disk
for _ in $(seq 1 100); do redis-cli -p "$PORT" ping >/dev/null 2>&1 || break; sleep 0.1; done
log "wiped and stopped"

RESTORE_PORT=$(free_port) || fail "no free loopback port"
BACKUP_FILE=latest BACKUP_DIR=$BACKUP DATA_DIR=$DATA REDIS_HOST=127.0.0.1 REDIS_PORT=$PORT \
  RESTORE_PORT=$RESTORE_PORT sh "$WORK/restore.sh" >&2 || fail "the restore lines of the Job failed"
for _ in $(seq 1 100); do redis-cli -p "$RESTORE_PORT" ping >/dev/null 2>&1 || break; sleep 0.1; done

start_redis
redis-cli -p "$PORT" info persistence | tr -d '\r' | grep -q '^aof_enabled:1$' || fail "Redis runs without its AOF"
AFTER=$(fingerprint)
[ "$AFTER" = "$BEFORE" ] || fail "the restored data differs: fingerprint $AFTER, expected $BEFORE"
log "OK: restarted with its AOF, all 808 keys are back (fingerprint $AFTER)"
